/**
 * Runs the content script in one tab. The script toggles the reader itself: the first injection
 * opens it, a later one (the shortcut, a second click) closes or reopens it.
 */
import browser from '../shared/browser';
import type { ReaderSource } from '../shared/messages';

export type InjectResult = { ok: true } | { ok: false; error: string };

/**
 * Chromium now and then answers a fresh click's executeScript with "Cannot access contents of the
 * page" and accepts the same call a moment later (seen in ~5 % of clicks in headless Chromium 156,
 * with a bare extension too); a real refusal (browser pages, the store) stays refused.
 */
const RETRIES = [50, 150];

/**
 * Leaves the reader's source where the content script looks for it (same isolated world), under
 * the Symbol key of src/content/world.ts. Serialised into the tab, so it names the key itself.
 */
function setSource(source: ReaderSource): void {
  (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('clearpage.source')] = source;
}

export async function injectReader(
  tabId: number,
  source: ReaderSource = 'page',
): Promise<InjectResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      if (source !== 'page') {
        await browser.scripting.executeScript({
          target: { tabId },
          func: setSource,
          args: [source],
        });
      }
      await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
      return { ok: true };
    } catch (error) {
      const delay = RETRIES[attempt];
      if (delay === undefined) {
        // Browser pages, the extension store and the PDF viewer refuse scripts; the popup explains.
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
