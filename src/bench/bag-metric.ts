/**
 * WCXB's metric, exactly as ../shared/bench/README.md gives its evaluate.py: bag-of-words
 * overlap of lower-cased word tokens, and the share of `with` / `without` snippets found in the
 * lower-cased output. Over a set of pages every value is the mean of the page values.
 */
import { tokenize } from './metric';

export interface BagScore {
  precision: number;
  recall: number;
  f1: number;
  /** Share of the `with` snippets found (null when the page has none). */
  withRate: number | null;
  /** Share of the `without` snippets found, lower is better (null when the page has none). */
  withoutRate: number | null;
}

function counts(tokens: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const t of tokens) map.set(t, (map.get(t) ?? 0) + 1);
  return map;
}

function overlapScore(truth: string, predicted: string) {
  const want = tokenize(truth.toLowerCase());
  const got = tokenize(predicted.toLowerCase());
  if (want.length === 0) {
    const v = got.length === 0 ? 1 : 0;
    return { precision: v, recall: v, f1: v };
  }
  if (got.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const wantCounts = counts(want);
  let overlap = 0;
  for (const [token, n] of counts(got)) overlap += Math.min(n, wantCounts.get(token) ?? 0);
  const precision = overlap / got.length;
  const recall = overlap / want.length;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function snippetRate(snippets: readonly string[], lowered: string): number | null {
  if (snippets.length === 0) return null;
  return snippets.filter((s) => lowered.includes(s.toLowerCase())).length / snippets.length;
}

export function bagScore(
  truth: string,
  predicted: string,
  withSnippets: readonly string[] = [],
  withoutSnippets: readonly string[] = [],
): BagScore {
  const lowered = predicted.toLowerCase();
  return {
    ...overlapScore(truth, predicted),
    withRate: snippetRate(withSnippets, lowered),
    withoutRate: snippetRate(withoutSnippets, lowered),
  };
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

export interface BagSummary {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  /** Means over the pages that have snippets of that kind. */
  withRate: number;
  withoutRate: number;
}

export function bagSummary(scores: readonly BagScore[]): BagSummary {
  const rates = (key: 'withRate' | 'withoutRate') =>
    mean(scores.map((s) => s[key]).filter((v): v is number => v !== null));
  return {
    pages: scores.length,
    precision: mean(scores.map((s) => s.precision)),
    recall: mean(scores.map((s) => s.recall)),
    f1: mean(scores.map((s) => s.f1)),
    withRate: rates('withRate'),
    withoutRate: rates('withoutRate'),
  };
}
