// The action popup opened by a real click is not a Playwright page, so tests open popup.html
// in a tab instead. There "the active tab" would be the popup itself, hence ?tab=<id>.
import type { Page } from 'playwright-core';
import { serviceWorker, type ChromiumSession } from './chromium';

/**
 * The tabs API id of the tab showing `page`. Without the "tabs" permission a tab's URL is only
 * visible while it holds an activeTab grant, i.e. after the toolbar click.
 */
export async function tabIdOf(session: ChromiumSession, page: Page): Promise<number> {
  const tabs = await serviceWorker(session).evaluate(() => chrome.tabs.query({}));
  const match = tabs.filter((t) => t.url === page.url());
  if (match.length !== 1 || match[0]!.id === undefined) {
    throw new Error(`expected one granted tab showing ${page.url()}, found ${match.length}`);
  }
  return match[0]!.id;
}

/** Opens the popup UI in a new tab, aimed at the tab that shows `page`. */
export async function openPopupFor(session: ChromiumSession, page: Page): Promise<Page> {
  const tabId = await tabIdOf(session, page);
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** The stored settings object, read from the extension itself (sync, else local). */
export async function storedSettings(session: ChromiumSession): Promise<unknown> {
  return serviceWorker(session).evaluate(async () => {
    const sync = await chrome.storage.sync.get('settings').catch(() => ({}));
    if ('settings' in sync) return sync.settings;
    return (await chrome.storage.local.get('settings')).settings;
  });
}
