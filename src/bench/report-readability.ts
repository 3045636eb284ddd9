/**
 * readability-pages' section: the shingle metric against expected.html, every block Clearpage
 * loses with its reason, and the pages where Clearpage says "no article" but Readability reads
 * one (on the same parse).
 */
import { col, fixed } from './format';
import { isOwnLoss, type LostBlock } from './losses';
import { shingleTable } from './report-aeb';
import type { ScoredPage } from './score';

const CLIP = 100;
const clip = (s: string) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > CLIP ? `${one.slice(0, CLIP - 1)}…` : one;
};

/** Clearpage says "no article" where Readability reads one. */
function noArticle(pages: readonly ScoredPage[]): ScoredPage[] {
  return pages.filter((p) => !p.outcome.clearpage.ok && p.outcome.readability.ok);
}

/**
 * The wrong ones: not those where Readability's own article is a front page or a list of
 * results (its listing flag), which Clearpage answers "no article" by design (no-article.ts).
 */
export function wrongNoArticle(pages: readonly ScoredPage[]): ScoredPage[] {
  return noArticle(pages).filter((p) => !p.outcome.readability.listing);
}

export function listingNoArticle(pages: readonly ScoredPage[]): ScoredPage[] {
  return noArticle(pages).filter((p) => p.outcome.readability.listing);
}

export function lostOf(pages: readonly ScoredPage[]): { page: string; block: LostBlock }[] {
  return pages.flatMap((p) => (p.outcome.lost ?? []).map((block) => ({ page: p.page.id, block })));
}

export function ownLosses(pages: readonly ScoredPage[]): number {
  return lostOf(pages).filter(({ block }) => isOwnLoss(block)).length;
}

function reasonCounts(lost: ReturnType<typeof lostOf>): string {
  const counts = new Map<string, number>();
  for (const { block } of lost) counts.set(block.reason, (counts.get(block.reason) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `${r} ${n}`)
    .join(', ');
}

export function readabilitySection(pages: readonly ScoredPage[]): string[] {
  const lost = lostOf(pages);
  const wrong = wrongNoArticle(pages);
  const lines = [
    `readability-pages: ${pages.length} pages, shingle metric against expected.html's text`,
    ...shingleTable(pages),
    `  blocks of expected.html Clearpage loses: ${lost.length}${lost.length ? ` (${reasonCounts(lost)})` : ''}`,
  ];
  for (const { page, block } of lost) {
    const why = block.rule ? `${block.reason} [${block.rule}]` : block.reason;
    lines.push(`    ${col(page, 38)} ${col(why, 30)} ${JSON.stringify(clip(block.text))}`);
  }
  lines.push(`  "no article" where Readability reads one: ${wrong.length}`);
  for (const p of wrong) {
    const f1 = p.shingle?.readability?.f1 ?? 0;
    lines.push(`    ${p.page.id} (Readability F1 ${fixed(f1)})`);
  }
  const listings = listingNoArticle(pages);
  lines.push(
    `  "no article" where Readability's article is a front page or list of results: ${listings.length}`,
  );
  for (const p of listings) lines.push(`    ${p.page.id}`);
  return lines;
}
