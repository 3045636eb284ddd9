/**
 * The article-extraction benchmark's metric, exactly as ../shared/bench/README.md defines it
 * (Scrapinghub's article-extraction-benchmark, evaluate.py): 4-token shingles compared as
 * multisets, per-page counts normalised so every page weighs the same, corpus precision and
 * recall as means of page values, and F1 of those two means.
 */

/** Python's `\w` under re.UNICODE: combining marks are not word characters. */
const TOKEN = /[\p{L}\p{N}_]+/gu;
export const SHINGLE_SIZE = 4;

/** Page counts after normalisation: tp + fp + fn = 1, or all 0 when both texts are empty. */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PageScore extends PageCounts {
  precision: number;
  recall: number;
  f1: number;
}

export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Sliding 4-token windows; fewer tokens give one shingle of them all, none give none. */
export function shingles(tokens: readonly string[], size = SHINGLE_SIZE): string[] {
  if (tokens.length === 0) return [];
  const out: string[] = [];
  for (let i = 0; i < Math.max(1, tokens.length - size + 1); i++) {
    out.push(tokens.slice(i, i + size).join(' '));
  }
  return out;
}

export function countShingles(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of shingles(tokenize(text))) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}

/** Multiset tp/fp/fn of `predicted` against `truth`, divided by their sum when it is > 0. */
export function pageCounts(truth: string, predicted: string): PageCounts {
  const want = countShingles(truth);
  const got = countShingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...want.keys(), ...got.keys()])) {
    const t = want.get(key) ?? 0;
    const p = got.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function ratio(num: number, other: number): number {
  return num + other > 0 ? num / (num + other) : 0;
}

export function pageScore(truth: string, predicted: string): PageScore {
  const counts = pageCounts(truth, predicted);
  const { tp, fp, fn } = counts;
  const perfect = fp === 0 && fn === 0;
  const precision = perfect ? 1 : ratio(tp, fp);
  const recall = perfect ? 1 : ratio(tp, fn);
  return { ...counts, precision, recall, f1: f1Of(precision, recall) };
}

export function f1Of(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function mean(values: number[]): number {
  return values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

/**
 * Precision is averaged over pages that predicted something (tp + fp > 0), recall over pages
 * whose truth has text (tp + fn > 0); a page with both texts empty counts in neither.
 */
export function corpusScore(pages: readonly PageScore[]): CorpusScore {
  const precision = mean(pages.filter((p) => p.tp + p.fp > 0).map((p) => p.precision));
  const recall = mean(pages.filter((p) => p.tp + p.fn > 0).map((p) => p.recall));
  return { precision, recall, f1: f1Of(precision, recall), pages: pages.length };
}
