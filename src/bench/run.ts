/** Runs both extractors over a corpus and scores them, page by page. */
import type { CorpusPage } from './corpus';
import { diffSample } from './diff-sample';
import { clearpage, parseMs, readability, type Extracted, type Extractor } from './extractors';
import { pageScore, type PageScore } from './metric';

export type Scored = Extracted & PageScore;

export interface PageResult {
  id: string;
  url: string | null;
  parseMs: number;
  clearpage: Scored;
  readability: Scored;
  /** Samples of Clearpage's extra and missing text against the truth. */
  extra: string[];
  missing: string[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Runs `extractor` `runs` times on fresh parses; the text is the first run's, the time the median. */
function repeat(extractor: Extractor, html: string, runs: number): Extracted {
  const results = Array.from({ length: runs }, () => extractor(html));
  const first = results[0] ?? extractor(html);
  return {
    ...first,
    ms: median(results.map((r) => r.ms)),
    cpuMs: median(results.map((r) => r.cpuMs)),
  };
}

/** Untimed passes so both extractors are JIT-compiled before anything is measured. */
export function warmUp(pages: readonly CorpusPage[], count: number): void {
  for (const page of pages.slice(0, count)) {
    const html = page.html();
    readability(html);
    clearpage(html);
  }
}

/** Alternates which extractor goes first, so neither always pays for the other's garbage. */
export function benchPage(page: CorpusPage, index: number, runs: number): PageResult {
  const html = page.html();
  const first = index % 2 === 0;
  const r1 = first ? repeat(readability, html, runs) : undefined;
  const cp = repeat(clearpage, html, runs);
  const rd = r1 ?? repeat(readability, html, runs);
  const { extra, missing } = diffSample(page.truth, cp.text);
  return {
    id: page.id,
    url: page.url,
    parseMs: parseMs(html),
    clearpage: { ...cp, ...pageScore(page.truth, cp.text) },
    readability: { ...rd, ...pageScore(page.truth, rd.text) },
    extra,
    missing,
  };
}
