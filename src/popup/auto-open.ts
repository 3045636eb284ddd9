/**
 * "Always open on <site>" in the popup: for the http(s) page the popup is about. Turning it on
 * asks for that one origin's permission from inside the click (browsers only prompt from a
 * user's action) and then has the background register the site's script; turning it off gives
 * the permission back. Shown only where the popup can know the page's address (the toolbar
 * click's activeTab grant), at the end of "More reading settings".
 */
import browser from '../shared/browser';
import { loadSites, onSitesChanged, patternFor, siteOf } from '../shared/auto-open';
import { t } from '../shared/i18n';
import { sendToBackground } from '../shared/messages';

export async function wireAutoOpen(tabId: number, say: (text: string) => void): Promise<void> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const site = siteOf(tab?.url);
  if (!site) return;
  const box = document.getElementById('auto-open') as HTMLInputElement;
  const label = document.getElementById('auto-open-label')!;
  label.textContent = t('alwaysOpenOn', new URL(site).host);
  box.closest<HTMLElement>('.auto-open')!.hidden = false;
  const show = (sites: string[]) => (box.checked = sites.includes(site));
  const sites = await loadSites();
  show(sites);
  // In the folded settings, which open when this site is one of them.
  if (sites.includes(site)) box.closest('details')?.setAttribute('open', '');
  onSitesChanged(show, new AbortController().signal);

  box.addEventListener('change', () => {
    if (!box.checked) {
      void sendToBackground('auto-open-set', { site, on: false }).then(() => say(''));
      return;
    }
    // Straight from the click: after an await the browser would no longer prompt.
    const asked = browser.permissions.request({ origins: [patternFor(site)] });
    void asked
      .catch(() => false)
      .then(async (granted) => {
        const result = granted ? await sendToBackground('auto-open-set', { site, on: true }) : null;
        if (result?.ok) return say(t('autoOpenOnNote'));
        box.checked = false;
        say(t('autoOpenDenied'));
      });
  });
}
