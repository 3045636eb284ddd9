/** aeb-dev's section: the shingle metric's F1 / P / R per extractor. */
import { corpusScore, type CorpusScore } from './metric';
import { fixed, col } from './format';
import { SIDE_NAMES, SIDES, type ScoredPage, type Side } from './score';

export function shingleScores(pages: readonly ScoredPage[]): Partial<Record<Side, CorpusScore>> {
  const out: Partial<Record<Side, CorpusScore>> = {};
  for (const side of SIDES) {
    const scores = pages.flatMap((p) => (p.shingle?.[side] ? [p.shingle[side]] : []));
    if (scores.length) out[side] = corpusScore(scores);
  }
  return out;
}

export function noArticles(pages: readonly ScoredPage[], side: Side): number {
  return pages.filter((p) => p.outcome[side] && !p.outcome[side]?.ok).length;
}

export function shingleTable(pages: readonly ScoredPage[]): string[] {
  const scores = shingleScores(pages);
  const lines = [`  ${col('extractor', 13)}${col('F1', 8)}${col('P', 8)}${col('R', 8)}no article`];
  for (const side of SIDES) {
    const s = scores[side];
    if (!s) continue;
    lines.push(
      `  ${col(SIDE_NAMES[side], 13)}${col(fixed(s.f1, 4), 8)}${col(fixed(s.precision, 4), 8)}` +
        `${col(fixed(s.recall, 4), 8)}${noArticles(pages, side)}`,
    );
  }
  return lines;
}

export function aebSection(pages: readonly ScoredPage[]): string[] {
  return [
    `aeb-dev: ${pages.length} pages, shingle metric (4-token shingles)`,
    ...shingleTable(pages),
  ];
}
