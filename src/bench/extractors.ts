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
}

export type Extractor = (html: string) => Extracted;

export const readability: Extractor = (html) => {
  const doc = parsePage(html);
  const start = performance.now();
  // Keep Readability's element instead of its innerHTML, to read its text without a reparse.
  const result = new Readability(doc, { serializer: (el: Node) => el }).parse();
  const ms = performance.now() - start;
  const content = result?.content;
  return { text: content ? blockText(content) : '', ok: Boolean(content), ms };
};

export const clearpage: Extractor = (html) => {
  const doc = parsePage(html);
  const window = purifyWindow();
  const start = performance.now();
  const result = extractArticle(doc, { isPrivateCopy: true, purifyWindow: window });
  const ms = performance.now() - start;
  return { text: result.ok ? result.article.text : '', ok: result.ok, ms };
};

/** Time to parse the page alone, for context beside the extraction times. */
export function parseMs(html: string): number {
  const start = performance.now();
  parsePage(html);
  return performance.now() - start;
}
