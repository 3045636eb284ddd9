/**
 * wcxb-dev's section: the bag-of-words F1 overall and per page type, held-back fifth and the
 * rest as their own columns, then P / R and the snippet rates on all pages of each type.
 */
import { bagSummary, type BagSummary } from './bag-metric';
import { col, fixed, num } from './format';
import { SIDE_NAMES, SIDES, type ScoredPage, type Side } from './score';

export const PAGE_TYPES = [
  'article',
  'documentation',
  'forum',
  'service',
  'product',
  'collection',
  'listing',
] as const;

export type Group = 'all' | 'held' | 'rest';

export function wcxbSummary(
  pages: readonly ScoredPage[],
  side: Side,
  type: string,
  group: Group,
): BagSummary {
  const chosen = pages.filter(
    (p) =>
      (type === 'all' || p.page.pageType === type) &&
      (group === 'all' || (group === 'held') === Boolean(p.page.heldBack)),
  );
  return bagSummary(chosen.flatMap((p) => (p.bag?.[side] ? [p.bag[side]] : [])));
}

function sidesOf(pages: readonly ScoredPage[]): Side[] {
  return SIDES.filter((side) => pages.some((p) => p.bag?.[side]));
}

function f1Table(pages: readonly ScoredPage[], types: readonly string[]): string[] {
  const sides = sidesOf(pages);
  const head = sides.map((s) => col(`${SIDE_NAMES[s]} all/held/rest`, 27)).join('');
  const lines = [`  ${col('F1', 15)}${num('pages', 6)}${num('held', 6)}  ${head}`];
  for (const type of types) {
    const all = wcxbSummary(pages, 'clearpage', type, 'all').pages;
    const held = wcxbSummary(pages, 'clearpage', type, 'held').pages;
    const cells = sides.map((side) => {
      const f = (g: Group) => fixed(wcxbSummary(pages, side, type, g).f1);
      return col(`${f('all')} ${f('held')} ${f('rest')}`, 27);
    });
    lines.push(`  ${col(type, 15)}${num(all, 6)}${num(held, 6)}  ${cells.join('')}`);
  }
  return lines;
}

function detailTable(pages: readonly ScoredPage[], types: readonly string[]): string[] {
  const sides = sidesOf(pages);
  const head = sides.map((s) => col(`${SIDE_NAMES[s]} P/R/with/without`, 27)).join('');
  const lines = [`  ${col('all pages', 27)}  ${head}`];
  for (const type of types) {
    const cells = sides.map((side) => {
      const s = wcxbSummary(pages, side, type, 'all');
      return col(
        `${fixed(s.precision, 2)} ${fixed(s.recall, 2)} ${fixed(s.withRate, 2)} ${fixed(s.withoutRate, 2)}`,
        27,
      );
    });
    lines.push(`  ${col(type, 27)}  ${cells.join('')}`);
  }
  return lines;
}

/** Held-back article F1 minus the rest's (negative: worse on the held-back sites). */
export function articleGap(pages: readonly ScoredPage[], side: Side): number {
  const held = wcxbSummary(pages, side, 'article', 'held').f1;
  return held - wcxbSummary(pages, side, 'article', 'rest').f1;
}

export function wcxbSection(pages: readonly ScoredPage[]): string[] {
  const sites = new Set(pages.map((p) => p.page.site));
  const held = pages.filter((p) => p.page.heldBack);
  const heldSites = new Set(held.map((p) => p.page.site));
  const types = ['all', ...PAGE_TYPES];
  const gaps = sidesOf(pages).map((s) => `${SIDE_NAMES[s]} ${fixed(articleGap(pages, s), 4)}`);
  return [
    `wcxb-dev: ${pages.length} pages, ${sites.size} sites, bag-of-words metric; held back ` +
      `${held.length} pages of ${heldSites.size} sites (FNV-1a 32 of the host % 5 === 0)`,
    ...f1Table(pages, types),
    ...detailTable(pages, types),
    `  held-back article F1 minus the rest's: ${gaps.join(', ')}`,
  ];
}
