/**
 * "Read selection" in the popup: shown when the page has selected text, it opens the reader on
 * just that part (the same as the page's context-menu item) — the way out when the page is not
 * an article or extraction picked the wrong block.
 */
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { sendToBackground } from '../shared/messages';

/** Runs in the page's isolated world: does it have a selection with text? */
function hasSelection(): boolean {
  return (document.getSelection()?.toString() ?? '').trim() !== '';
}

export async function wireReadSelection(
  tabId: number,
  say: (message: string) => void,
  opened: () => void,
): Promise<void> {
  const button = document.getElementById('read-selection') as HTMLButtonElement;
  const [frame] = await browser.scripting
    .executeScript({ target: { tabId }, func: hasSelection })
    .catch(() => []);
  button.hidden = frame?.result !== true;
  button.dataset.checked = 'true'; // the answer is in (tests wait for it)
  button.addEventListener('click', async () => {
    const { ok } = await sendToBackground('read-selection', { tabId });
    if (ok) opened();
    else say(t('cannotReadSelection'));
  });
}
