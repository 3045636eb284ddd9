/**
 * Extraction time on the same DOMs: each page parsed once, every extractor timed on its own
 * fresh copy; ratios of the totals and of the medians, per corpus and over all pages.
 */
import { col, fixed, median, sum } from './format';
import type { ScoredPage, Side } from './score';

export interface TimeRatio {
  total: number;
  median: number;
}

function times(pages: readonly ScoredPage[], side: Side): number[] {
  return pages.flatMap((p) => (p.outcome[side] && !p.outcome.error ? [p.outcome[side].ms] : []));
}

export function timeRatio(pages: readonly ScoredPage[], side: Side, base: Side): TimeRatio {
  const a = times(pages, side);
  const b = times(pages, base);
  return { total: sum(a) / sum(b), median: median(a) / median(b) };
}

function line(name: string, pages: readonly ScoredPage[]): string {
  const cp = timeRatio(pages, 'clearpage', 'readability');
  const withDefuddle = pages.some((p) => p.outcome.defuddle);
  const df = withDefuddle ? timeRatio(pages, 'defuddle', 'readability') : undefined;
  const rdTotal = sum(times(pages, 'readability')) / 1000;
  return (
    `  ${col(name, 19)}Clearpage ${fixed(cp.total, 2)}× total, ${fixed(cp.median, 2)}× median` +
    (df ? `; Defuddle ${fixed(df.total, 2)}× total, ${fixed(df.median, 2)}× median` : '') +
    `  (Readability ${fixed(rdTotal, 1)} s)`
  );
}

export function timeSection(groups: readonly [string, readonly ScoredPage[]][]): string[] {
  return [
    "extraction time / Readability's, on fresh copies of one parse per page (linkedom):",
    ...groups.filter(([, pages]) => pages.length).map(([name, pages]) => line(name, pages)),
  ];
}
