/**
 * "Copy" from the extension's own context (issue 12). A page served with
 * `Permissions-Policy: clipboard-write=()` (or over plain http) refuses the content script's
 * navigator.clipboard, and the old fallback, execCommand('copy') in the page, fired a `copy`
 * event whose clipboardData the page's listener could rewrite. Here the text is written by an
 * offscreen document (Chromium's `offscreen` API, reason CLIPBOARD), a page of the extension
 * that no page script can see, made for the one copy and closed after it.
 */
import browser, { type OffscreenApi } from '../shared/browser';
import { sendOffscreen } from '../shared/messages';

const URL = 'offscreen.html';

/** One copy at a time: an extension has at most one offscreen document. */
let queue: Promise<unknown> = Promise.resolve();

async function copyOnce(text: string): Promise<{ ok: boolean }> {
  const { offscreen } = browser as unknown as { offscreen?: OffscreenApi };
  if (!offscreen) return { ok: false };
  try {
    await offscreen.createDocument({
      url: browser.runtime.getURL(URL),
      reasons: ['CLIPBOARD'],
      justification: 'Copies the article the user asked to copy.',
    });
  } catch {
    // Left open by a copy cut short (the worker stopped): it still answers.
  }
  try {
    return await sendOffscreen('offscreen-copy', { text });
  } catch {
    return { ok: false };
  } finally {
    await offscreen.closeDocument().catch(() => undefined);
  }
}

export function copyFromExtension(text: unknown): Promise<{ ok: boolean }> {
  if (typeof text !== 'string') return Promise.resolve({ ok: false });
  const result = queue.then(() => copyOnce(text));
  queue = result.catch(() => undefined);
  return result;
}
