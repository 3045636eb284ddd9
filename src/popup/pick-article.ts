/**
 * "Pick the article" in the popup (issue 11, item 1): the page of its tab becomes the picker.
 * The background injects the content script if it is not there yet (the popup opened from the
 * toolbar button, so the tab has the activeTab grant) and asks it for the picker; the popup
 * then closes out of the way, as the picker needs the page.
 */
import { t } from '../shared/i18n';
import { sendToBackground } from '../shared/messages';

export function wirePickArticle(
  tabId: number,
  say: (message: string) => void,
  started: () => void,
): void {
  const button = document.getElementById('pick-article') as HTMLButtonElement;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const { ok } = await sendToBackground('pick-article', { tabId });
    if (ok) started();
    else say(t('cannotPick'));
  });
}
