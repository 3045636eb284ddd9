/**
 * Injects export.js (the Markdown/HTML exporter, with Turndown) next to the content script that
 * asks for it: same tab, same frame, same isolated world. The tab's activeTab grant from the
 * click (or shortcut, or context menu) that opened the reader still covers it.
 */
import browser, { type Runtime } from '../shared/browser';

export async function injectExporter(sender: Runtime.MessageSender): Promise<{ ok: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false };
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: ['export.js'],
    });
    return { ok: true };
  } catch {
    // The grant is gone (the tab navigated) or the page refuses scripts: the save says it failed.
    return { ok: false };
  }
}
