/**
 * Closes the reader when what it shows no longer belongs to the page under it:
 * - a single-page app moved to another address (history.pushState fires no event a content
 *   script can hear, so the address is also checked on a timer); a change of #fragment only is
 *   the same article;
 * - the extension was reloaded or updated: Chromium leaves the old content script running but cut
 *   off (`runtime.id` is gone), and its reader could no longer save or follow settings.
 */
import browser from '../shared/browser';

const CHECK_EVERY_MS = 500;

const withoutFragment = (href: string) => href.split('#')[0];

export function watchPage(onStale: () => void, signal: AbortSignal): void {
  const address = withoutFragment(location.href);
  const check = () => {
    let connected = false;
    try {
      connected = Boolean(browser.runtime?.id);
    } catch {
      // Some builds throw on any access to a cut-off extension context.
    }
    if (!connected || withoutFragment(location.href) !== address) onStale();
  };
  window.addEventListener('popstate', check, { signal });
  const timer = setInterval(check, CHECK_EVERY_MS);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
