/**
 * The popup: reading settings (settings-form.ts; the open reader follows through storage events),
 * save / copy / close for the reader in its tab, and a plain explanation where no reader can run.
 */
import browser from '../shared/browser';
import { fillMessages, localize, t } from '../shared/i18n';
import { sendToTab, type ReaderStatus } from '../shared/messages';
import { enableExportButtons, wireExportButtons } from './export-buttons';
import { wireReadSelection } from './read-selection';
import { wirePickArticle } from './pick-article';
import { wireAutoOpen } from './auto-open';
import { initSettingsForm } from './settings-form';
import { targetTab } from './target-tab';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const message = $<HTMLParagraphElement>('message');

function showStatus(status: ReaderStatus | null) {
  const open = status?.open === true;
  const article = open && status.kind === 'article';
  $('save').toggleAttribute('disabled', !article);
  $('copy').toggleAttribute('disabled', !article);
  enableExportButtons(article);
  $('close').hidden = !open;
  $('open').hidden = open || status === null;
  $('reading').textContent = article
    ? // The title is isolated (FSI…PDI): a title in another script must not reorder the line.
      `\u2068${status.title ?? ''}\u2069 · ${t('minutesRead', status.readingMinutes ?? 1)}`
    : open
      ? t('noArticle')
      : '';
}

/** Asks the tab's reader for its state; it may still be starting when the popup appears. */
async function readerStatus(tabId: number): Promise<ReaderStatus | null> {
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      return await sendToTab(tabId, 'reader-status');
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return null;
}

/**
 * Why no reader can run in the tab, or null when one can. Scripts are refused on browser
 * pages, the store, view-source: and file:// without file access; XML and SVG documents take
 * the script but cannot show a reader (no HTML elements, so no shadow root).
 */
async function cannotRunReason(tabId: number): Promise<string | null> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => document.createElement('div') instanceof HTMLElement,
    });
    return frame?.result === false ? t('notAPage') : null;
  } catch {
    const files = await browser.extension.isAllowedFileSchemeAccess().catch(() => true);
    return files ? t('cannotRun') : `${t('cannotRun')} ${t('fileAccess')}`;
  }
}

async function main() {
  // The UI's words and direction before anything else is shown.
  fillMessages(document);
  localize(document.documentElement);
  const { tabId, ownWindow } = await targetTab();
  await initSettingsForm();

  const shortcut = (await browser.commands.getAll()).find((c) => c.name === 'toggle-reader');
  $('shortcut').textContent = $('shortcut-help').textContent =
    shortcut?.shortcut || t('shortcutNotSet');

  if (tabId === undefined) return showStatus(null);
  const cannotRun = await cannotRunReason(tabId);
  if (cannotRun) {
    message.textContent = cannotRun;
    return showStatus(null);
  }
  let status = (await readerStatus(tabId)) ?? { open: false };
  showStatus(status);

  $('save').addEventListener('click', async () => {
    const { ok } = await sendToTab(tabId, 'save-as', { format: 'text' });
    message.textContent = ok ? t('savedCleanText') : t('nothingToSave');
  });
  $('copy').addEventListener('click', async () => {
    const result = await sendToTab(tabId, 'get-export', { format: 'text' });
    if (!result) return;
    await navigator.clipboard.writeText(result.text);
    message.textContent = t('copiedCleanText');
  });
  wireExportButtons(tabId, (text) => (message.textContent = text));
  void wireAutoOpen(tabId, (text) => (message.textContent = text));
  void wireReadSelection(
    tabId,
    (text) => (message.textContent = text),
    async () => showStatus(await readerStatus(tabId)),
  );
  wirePickArticle(
    tabId,
    (text) => (message.textContent = text),
    async () => (ownWindow ? window.close() : showStatus(await readerStatus(tabId))),
  );
  $('close').addEventListener('click', async () => {
    status = await sendToTab(tabId, 'reader-close');
    if (ownWindow) window.close();
    else showStatus(status);
  });
  $('open').addEventListener('click', async () => {
    await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
    showStatus(await readerStatus(tabId));
  });
}

void main();
