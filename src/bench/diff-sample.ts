/**
 * Short human-readable samples of what a prediction got wrong: the longest runs of predicted
 * tokens that no matching shingle covers (extra) and of true tokens none covers (missing).
 */
import { SHINGLE_SIZE } from './metric';

const TOKEN = /[\p{L}\p{N}_]+/gu;

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokensOf(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function shingleKeys(tokens: readonly Token[]): string[] {
  if (tokens.length === 0) return [];
  const keys: string[] = [];
  for (let i = 0; i < Math.max(1, tokens.length - SHINGLE_SIZE + 1); i++) {
    keys.push(
      tokens
        .slice(i, i + SHINGLE_SIZE)
        .map((t) => t.text)
        .join(' '),
    );
  }
  return keys;
}

/** Marks the tokens of `side` that belong to a shingle matched (as a multiset) in `other`. */
function covered(side: readonly Token[], other: readonly Token[]): boolean[] {
  const budget = new Map<string, number>();
  for (const key of shingleKeys(other)) budget.set(key, (budget.get(key) ?? 0) + 1);
  const marks = side.map(() => false);
  shingleKeys(side).forEach((key, i) => {
    const left = budget.get(key) ?? 0;
    if (left === 0) return;
    budget.set(key, left - 1);
    for (let j = i; j < Math.min(side.length, i + SHINGLE_SIZE); j++) marks[j] = true;
  });
  return marks;
}

function uncoveredRuns(text: string, tokens: readonly Token[], marks: readonly boolean[]) {
  const runs: { text: string; length: number }[] = [];
  let from = -1;
  for (let i = 0; i <= tokens.length; i++) {
    const open = i < tokens.length && !marks[i];
    if (open && from < 0) from = i;
    if (!open && from >= 0) {
      const first = tokens[from];
      const last = tokens[i - 1];
      if (first && last) {
        const span = text.slice(first.start, last.end).replace(/\s+/g, ' ');
        runs.push({ text: span, length: i - from });
      }
      from = -1;
    }
  }
  return runs;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Up to `count` longest uncovered runs of `side`, each clipped to `max` characters. */
export function sampleUncovered(side: string, other: string, count = 2, max = 90): string[] {
  const tokens = tokensOf(side);
  const runs = uncoveredRuns(side, tokens, covered(tokens, tokensOf(other)));
  return runs
    .sort((a, b) => b.length - a.length)
    .slice(0, count)
    .map((r) => clip(r.text, max));
}

/** What the prediction added and what it lost, as short samples. */
export function diffSample(
  truth: string,
  predicted: string,
): { extra: string[]; missing: string[] } {
  return { extra: sampleUncovered(predicted, truth), missing: sampleUncovered(truth, predicted) };
}
