/**
 * Scores the pages' outcomes with each corpus's own metric (../shared/bench/README.md): the
 * shingle metric on aeb-dev and on readability-pages (against expected.html's text), the
 * bag-of-words metric and snippet rates on wcxb-dev.
 */
import { bagScore, type BagScore } from './bag-metric';
import type { BenchPage } from './corpora';
import { pageScore, type PageScore } from './metric';
import type { PageOutcome } from './page-task';

export const SIDES = ['clearpage', 'readability', 'defuddle'] as const;
export type Side = (typeof SIDES)[number];
export const SIDE_NAMES: Record<Side, string> = {
  clearpage: 'Clearpage',
  readability: 'Readability',
  defuddle: 'Defuddle',
};

export interface ScoredPage {
  page: BenchPage;
  outcome: PageOutcome;
  /** aeb-dev, readability-pages: the shingle metric, per extractor that ran. */
  shingle?: Partial<Record<Side, PageScore>>;
  /** wcxb-dev: the bag-of-words metric, per extractor that ran. */
  bag?: Partial<Record<Side, BagScore>>;
  /** wcxb-dev, held back: rule id → Clearpage's bag F1 without that rule. */
  f1Without?: Record<string, number>;
}

function truthOf(page: BenchPage, outcome: PageOutcome): string {
  return page.corpus === 'readability-pages' ? (outcome.expected ?? '') : page.truth;
}

export function scorePage(page: BenchPage, outcome: PageOutcome): ScoredPage {
  const scored: ScoredPage = { page, outcome };
  const truth = truthOf(page, outcome);
  const sides = SIDES.filter((side) => outcome[side]);
  if (page.corpus === 'wcxb-dev') {
    const score = (text: string) => bagScore(truth, text, page.with, page.without);
    scored.bag = Object.fromEntries(sides.map((s) => [s, score(outcome[s]?.text ?? '')]));
    const without = Object.entries(outcome.without);
    if (without.length) {
      scored.f1Without = Object.fromEntries(without.map(([id, text]) => [id, score(text).f1]));
    }
  } else {
    const score = (text: string) => pageScore(truth, text);
    scored.shingle = Object.fromEntries(sides.map((s) => [s, score(outcome[s]?.text ?? '')]));
  }
  return scored;
}
