/**
 * Runs the content script in one tab. The script toggles the reader itself: the first injection
 * opens it, a later one (the shortcut, a second click) closes or reopens it.
 */
import browser from '../shared/browser';

export type InjectResult = { ok: true } | { ok: false; error: string };

export async function injectReader(tabId: number): Promise<InjectResult> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
    return { ok: true };
  } catch (error) {
    // Browser pages, the extension store and the PDF viewer refuse scripts; the popup explains.
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
