/**
 * The reader's parts that load on first use, each its own script (chunks/<name>.js): the
 * Markdown/HTML exporter (with Turndown), read aloud's speech engine, and "Show removed"'s view
 * of the article with its removed parts. Opening the reader never loads or parses them. The
 * background injects one into this frame's isolated world when it is first wanted
 * (scripting.executeScript, under the activeTab grant of the click that opened the reader): no
 * web-accessible resource a page could probe for, and no page CSP applies to it in either
 * browser. The chunk registers itself (chunk-slot.ts).
 */
import { sendToBackground, type ChunkName } from '../shared/messages';
import { loadedChunk, type Chunks } from './chunk-slot';

const loading = new Map<ChunkName, Promise<unknown>>();

async function inject<K extends ChunkName>(name: K): Promise<Chunks[K]> {
  const { ok } = await sendToBackground('load-chunk', { name });
  const api = loadedChunk(name);
  if (!ok || !api) throw new Error(`Clearpage could not load its ${name} part`);
  return api;
}

/** The chunk, injected once per frame; a failed load is tried again on the next call. */
export function loadChunk<K extends ChunkName>(name: K): Promise<Chunks[K]> {
  const api = loadedChunk(name);
  if (api) return Promise.resolve(api);
  let pending = loading.get(name) as Promise<Chunks[K]> | undefined;
  if (!pending) {
    pending = inject(name).finally(() => loading.delete(name));
    loading.set(name, pending);
  }
  return pending;
}
