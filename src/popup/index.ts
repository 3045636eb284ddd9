/**
 * The popup: reading settings (settings-form.ts; the open reader follows through storage events),
 * save / copy / close for the reader in its tab, and a plain explanation where no reader can run.
 */
import browser from '../shared/browser';
import { sendToTab, type ReaderStatus } from '../shared/messages';
import { enableExportButtons, wireExportButtons } from './export-buttons';
import { wireReadSelection } from './read-selection';
import { initSettingsForm } from './settings-form';
import { targetTab } from './target-tab';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const message = $<HTMLParagraphElement>('message');

const CANNOT_RUN =
  "Clearpage can't read this page: browsers don't let extensions into their own pages, the " +
  'extension store or the PDF viewer. Open an article on a website and try again.';

function showStatus(status: ReaderStatus | null) {
  const open = status?.open === true;
  const article = open && status.kind === 'article';
  $('save').toggleAttribute('disabled', !article);
  $('copy').toggleAttribute('disabled', !article);
  enableExportButtons(article);
  $('close').hidden = !open;
  $('open').hidden = open || status === null;
  $('reading').textContent = article
    ? `${status.title ?? ''} · ${status.readingMinutes ?? 1} min read`
    : open
      ? "Clearpage couldn't find an article on this page"
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

const NOT_A_PAGE =
  "Clearpage can't read this tab: it shows a file that is not a web page (an XML or SVG " +
  'document). Open an article on a website and try again.';
const FILE_ACCESS =
  ' If this is a file on your computer, turn on "Allow access to file URLs" for Clearpage on ' +
  'the extensions page.';

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
    return frame?.result === false ? NOT_A_PAGE : null;
  } catch {
    const files = await browser.extension.isAllowedFileSchemeAccess().catch(() => true);
    return files ? CANNOT_RUN : CANNOT_RUN + FILE_ACCESS;
  }
}

async function main() {
  const { tabId, ownWindow } = await targetTab();
  await initSettingsForm();

  const shortcut = (await browser.commands.getAll()).find((c) => c.name === 'toggle-reader');
  $('shortcut').textContent = $('shortcut-help').textContent = shortcut?.shortcut || 'not set';

  if (tabId === undefined) return showStatus(null);
  const cannotRun = await cannotRunReason(tabId);
  if (cannotRun) {
    message.textContent = cannotRun;
    return showStatus(null);
  }
  let status = (await readerStatus(tabId)) ?? { open: false };
  showStatus(status);

  $('save').addEventListener('click', async () => {
    const { ok } = await sendToTab(tabId, 'save-text');
    message.textContent = ok ? 'Saved the clean text to your downloads.' : 'Nothing to save.';
  });
  $('copy').addEventListener('click', async () => {
    const result = await sendToTab(tabId, 'get-text');
    if (!result) return;
    await navigator.clipboard.writeText(result.text);
    message.textContent = 'Copied the clean text.';
  });
  wireExportButtons(tabId, (text) => (message.textContent = text));
  void wireReadSelection(
    tabId,
    (text) => (message.textContent = text),
    async () => showStatus(await readerStatus(tabId)),
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
