/**
 * Background: turns a toolbar click or the shortcut into the reader, in that tab only.
 *
 * The click opens the reader itself, and only then the popup: an action popup needs ~300 ms
 * before any of its script runs, so waiting for it would make every reading start slow. While the reader is open in a tab, the button opens the popup
 * (tab-specific `setPopup`); when it closes, the button goes back to opening the reader.
 */
import browser, { popupNeedsUserAction, type Runtime, type Tabs } from '../shared/browser';
import { t } from '../shared/i18n';
import { handleMessages, type BackgroundMessages } from '../shared/messages';
import type { ReaderSource } from '../shared/messages';
import { copyFromExtension } from './clipboard';
import { injectChunk } from './chunks';
import { injectReader } from './inject';
import { setAutoOpen, syncAutoOpen } from './auto-open';

const POPUP = 'popup.html';
const READ_SELECTION = 'read-selection';

async function setReaderPopup(tabId: number, open: boolean): Promise<void> {
  await browser.action.setPopup({ tabId, popup: open ? POPUP : '' }).catch(() => undefined);
}

async function openReader(
  tab: Tabs.Tab,
  withPopup: boolean,
  source: ReaderSource = 'page',
): Promise<void> {
  if (tab.id === undefined) return;
  const tabId = tab.id;
  const injected = injectReader(tabId, source);
  if (withPopup) await setReaderPopup(tabId, true);
  // The popup (if any) opens once the reader is on screen, not beside it: an action popup starts
  // its own renderer, and on a 2-core machine starting both at once delayed the reader by ~80 ms
  // (scripts/bench-speed.mjs). Firefox only opens it from inside the click's handler, so there
  // it is asked for at once. On a page where injection is refused the popup explains why.
  if (withPopup && popupNeedsUserAction) await openPopup();
  const { ok } = await injected;
  if (withPopup && !popupNeedsUserAction) await openPopup();
  // Where no reader could start, the next click must try again rather than open the popup.
  if (!ok) await setReaderPopup(tabId, false);
}

/** Some browsers or headless modes refuse it; the reader is open either way. */
async function openPopup(): Promise<void> {
  await browser.action.openPopup().catch(() => undefined);
}

browser.action.onClicked.addListener((tab) => void openReader(tab, true));

browser.commands.onCommand.addListener((command, tab) => {
  if (command === 'toggle-reader' && tab) void openReader(tab, false);
});

// Menus persist with the extension; created once per install or update (Chromium's advice for
// service workers), with a fixed id so a second creation could not duplicate it.
browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.create({
    id: READ_SELECTION,
    title: t('contextMenuReadSelection'),
    contexts: ['selection'],
  });
});

// The menu click grants activeTab for its tab, as a toolbar click does.
browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === READ_SELECTION && tab) void openReader(tab, false, 'selection');
});

handleMessages<BackgroundMessages, Runtime.MessageSender>({
  'load-chunk': (payload, sender) => injectChunk(sender, payload?.name),
  'copy-text': (request) => copyFromExtension(request?.text),
  'read-selection': async ({ tabId }) => ({ ok: (await injectReader(tabId, 'selection')).ok }),
  'pick-article': async ({ tabId }) => ({ ok: (await injectReader(tabId, 'pick')).ok }),
  'reader-opened': async (_payload, sender) => {
    if (sender.tab?.id !== undefined) await setReaderPopup(sender.tab.id, true);
  },
  'reader-closed': async (_payload, sender) => {
    if (sender.tab?.id !== undefined) await setReaderPopup(sender.tab.id, false);
  },
  'auto-open-set': (request) => setAutoOpen(request?.site, request?.on),
  // Only from the top frame of a tab (registered scripts run there only), as a click would.
  'auto-open': async (_payload, sender) => {
    if (sender.tab && sender.frameId === 0) await openReader(sender.tab, false, 'auto');
  },
});

// The sites' scripts, permissions and list kept in step (a permission taken back drops its site).
browser.runtime.onStartup.addListener(() => void syncAutoOpen());
browser.runtime.onInstalled.addListener(() => void syncAutoOpen());
browser.permissions.onRemoved.addListener(() => void syncAutoOpen());

// A navigation replaces the page and with it the reader; the button must open the reader again.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void setReaderPopup(tabId, false);
});
