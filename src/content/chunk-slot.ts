/**
 * Where the reader's lazily loaded parts register when their script runs: each chunk
 * (chunks/<name>.js, injected by the background on first use, see chunks.ts) puts its API in
 * its slot in the tab's isolated world, which content.js shares. Symbol keys, as in world.ts:
 * no page element's id can shadow them. Only types come from the chunks here, so content.js
 * holds none of their code.
 */
import type { ChunkName } from '../shared/messages';
import type { Exporter } from './lazy/export';
import type { ReadAloudChunk } from './lazy/read-aloud';
import type { ShowRemovedChunk } from './lazy/show-removed';
import type { PickerChunk } from './lazy/picker';

export interface Chunks {
  export: Exporter;
  'read-aloud': ReadAloudChunk;
  'show-removed': ShowRemovedChunk;
  picker: PickerChunk;
}

const slots = globalThis as unknown as Record<symbol, unknown>;
const key = (name: ChunkName) => Symbol.for(`clearpage.chunk.${name}`);

/** The chunk's API when its script has run in this world, else undefined. */
export function loadedChunk<K extends ChunkName>(name: K): Chunks[K] | undefined {
  return slots[key(name)] as Chunks[K] | undefined;
}

/** Called once by each chunk's script; a chunk injected twice keeps its first registration. */
export function registerChunk<K extends ChunkName>(name: K, api: Chunks[K]): void {
  slots[key(name)] ??= api;
}
