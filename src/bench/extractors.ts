/**
 * The two extractors the bench compares, each on its own fresh parse of the page with the same
 * parser the CLI uses (linkedom), so the timings compare extraction and nothing else.
 */
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../core';
import { parsePage, purifyWindow } from '../cli/dom';
import { blockText } from './block-text';

export interface Extracted {
  /** Body text as scored: '' when the extractor found no article. */
  text: string;
  ok: boolean;
  /** Extraction only, parse excluded (performance.now()). */
  ms: number;
  /** The same span in this process's CPU time, which a busy machine inflates far less. */
  cpuMs: number;
}

function timed<T>(run: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = run();
  const ms = performance.now() - start;
  const { user, system } = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (user + system) / 1000 };
}

export type Extractor = (html: string) => Extracted;

export const readability: Extractor = (html) => {
  const doc = parsePage(html);
  // Keep Readability's element instead of its innerHTML, to read its text without a reparse.
  const { value, ms, cpuMs } = timed(() =>
    new Readability(doc, { serializer: (el: Node) => el }).parse(),
  );
  const content = value?.content;
  return { text: content ? blockText(content) : '', ok: Boolean(content), ms, cpuMs };
};

export const clearpage: Extractor = (html) => {
  const doc = parsePage(html);
  const window = purifyWindow();
  const { value, ms, cpuMs } = timed(() =>
    extractArticle(doc, { isPrivateCopy: true, purifyWindow: window }),
  );
  return { text: value.ok ? value.article.text : '', ok: value.ok, ms, cpuMs };
};

/** Time to parse the page alone, for context beside the extraction times. */
export function parseMs(html: string): number {
  const start = performance.now();
  parsePage(html);
  return performance.now() - start;
}
