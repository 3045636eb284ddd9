/**
 * Injects one of the reader's lazily loaded parts (chunks/<name>.js, see
 * src/content/chunks.ts) next to the content script that asks for it: same tab, same frame,
 * same isolated world. The tab's activeTab grant from the click (or shortcut, or context menu)
 * that opened the reader still covers it. The name comes from a content script and is checked
 * against the list, so no other file can be asked for.
 */
import browser, { type Runtime } from '../shared/browser';
import { CHUNKS, type ChunkName } from '../shared/messages';

export async function injectChunk(
  sender: Runtime.MessageSender,
  name: unknown,
): Promise<{ ok: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !CHUNKS.includes(name as ChunkName)) return { ok: false };
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: [`chunks/${name as ChunkName}.js`],
    });
    return { ok: true };
  } catch {
    // The grant is gone (the tab navigated) or the page refuses scripts: the action says it failed.
    return { ok: false };
  }
}
