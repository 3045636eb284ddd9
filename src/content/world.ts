/**
 * What Clearpage's scripts share in the tab's isolated world: the reader (content.js), the
 * request to read a selection (the background's setSource); the lazily loaded chunks have
 * theirs in chunk-slot.ts.
 *
 * Symbol keys, not window properties: an element with `id="clearpageReader"` is a named
 * property of `window`, and Chromium's isolated world sees the page's named properties too, so
 * such an element made the reader never open and `<a id="clearpageExporter">` stopped every
 * Markdown/HTML save (DOM clobbering, issue 12). `Symbol.for` is shared by every script of one
 * realm and by nothing outside it.
 */
import type { Reader } from './reader';
import type { ReaderSource } from '../shared/messages';

/** The key setSource (src/background/inject.ts) writes; it is serialised, so it spells it out. */
export const SOURCE_KEY = 'clearpage.source';

const keys = {
  reader: Symbol.for('clearpage.reader'),
  source: Symbol.for(SOURCE_KEY),
} as const;

interface Shared {
  reader: Reader;
  source: ReaderSource;
}

type Slots = { [K in keyof Shared as (typeof keys)[K]]?: Shared[K] };

const slots = globalThis as unknown as Record<symbol, unknown> & Slots;

export function getShared<K extends keyof Shared>(name: K): Shared[K] | undefined {
  return slots[keys[name]] as Shared[K] | undefined;
}

export function setShared<K extends keyof Shared>(name: K, value: Shared[K] | undefined): void {
  slots[keys[name]] = value;
}
