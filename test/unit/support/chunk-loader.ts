/**
 * Stands in for the background's executeScript of chunks/<name>.js in this frame: answers
 * 'load-chunk' by importing the chunk's module (which registers itself, chunk-slot.ts), or
 * refuses while `allow` is false. Call after vi.resetModules(), with the test's fake browser.
 */
import { CHUNKS } from '../../../src/shared/messages';

export interface ChunkLoader {
  /** The chunks asked for, in order. */
  asked: string[];
  allow: boolean;
}

const MODULES: Record<string, () => Promise<unknown>> = {
  export: () => import('../../../src/content/lazy/export'),
  'read-aloud': () => import('../../../src/content/lazy/read-aloud'),
  'show-removed': () => import('../../../src/content/lazy/show-removed'),
  picker: () => import('../../../src/content/lazy/picker'),
};

export async function stubChunkLoader(): Promise<ChunkLoader> {
  // No chunk loaded yet in this frame (chunk-slot.ts keeps them under these keys).
  for (const name of CHUNKS)
    delete (globalThis as Record<symbol, unknown>)[Symbol.for(`clearpage.chunk.${name}`)];
  const loader: ChunkLoader = { asked: [], allow: true };
  const { handleMessages } = await import('../../../src/shared/messages');
  handleMessages({
    'load-chunk': async (request: unknown) => {
      const name = (request as { name: string }).name;
      loader.asked.push(name);
      if (!loader.allow || !MODULES[name]) return { ok: false };
      await MODULES[name]();
      return { ok: true };
    },
  });
  return loader;
}
