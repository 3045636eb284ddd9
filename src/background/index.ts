/**
 * Background: turns a toolbar click or the shortcut into the reader, in that tab only.
 *
 * The click opens the reader itself (inject → extract → show takes a few ms), and only then the
 * popup: an action popup needs ~300 ms before any of its script runs, so waiting for it would
 * make every reading start slow. While the reader is open in a tab, the button opens the popup
 * (tab-specific `setPopup`); when it closes, the button goes back to opening the reader.
 */
import browser, { type Runtime, type Tabs } from '../shared/browser';
import { t } from '../shared/i18n';
import { handleMessages, type BackgroundMessages } from '../shared/messages';
import type { ReaderSource } from '../content/reader';
import { injectExporter } from './exporter';
import { injectReader } from './inject';

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
  // Both start at once: the popup (if any) appears while the reader is already on screen, and on
  // a page where injection is refused it is the popup that explains why.
  const injected = injectReader(tabId, source);
  if (withPopup) {
    await setReaderPopup(tabId, true);
    // openPopup needs the click's user gesture, which is why it is called before awaiting anything
    // slow. Some browsers or headless modes refuse it; the reader is open either way.
    await browser.action.openPopup().catch(() => undefined);
  }
  // Where no reader could start, the next click must try again rather than open the popup.
  if (!(await injected).ok) await setReaderPopup(tabId, false);
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
  'load-exporter': (_payload, sender) => injectExporter(sender),
  'read-selection': async ({ tabId }) => ({ ok: (await injectReader(tabId, 'selection')).ok }),
  'reader-opened': async (_payload, sender) => {
    if (sender.tab?.id !== undefined) await setReaderPopup(sender.tab.id, true);
  },
  'reader-closed': async (_payload, sender) => {
    if (sender.tab?.id !== undefined) await setReaderPopup(sender.tab.id, false);
  },
});

// A navigation replaces the page and with it the reader; the button must open the reader again.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void setReaderPopup(tabId, false);
});
