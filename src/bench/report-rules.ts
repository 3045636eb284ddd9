/**
 * The per-rule table (issue 8, item 4): for every chrome rule, the pages and distinct sites it
 * changes across the corpora, and its F1 effect on the held-back fifth of wcxb-dev (bag F1 with
 * every rule minus F1 with that rule skipped, as a mean over all held-back pages; only pages
 * the rule acted on are re-run, the others are unchanged by construction).
 */
import { RULE_IDS } from '../core';
import { col, fixed, num } from './format';
import type { ScoredPage } from './score';

/** A rule keeps its place with changes on this many sites … */
export const MIN_SITES = 3;

export interface RuleEvidence {
  id: string;
  pages: Record<string, number>;
  sites: number;
  /** Held-back pages it changes, and the mean F1 change it brings there. */
  heldPages: number;
  heldEffect: number;
}

function changes(page: ScoredPage, id: string): boolean {
  const { outcome } = page;
  return outcome.clearpage.removed.some((r) => r.rule === id) || outcome.marked.includes(id);
}

export function ruleEvidence(pages: readonly ScoredPage[]): RuleEvidence[] {
  const held = pages.filter((p) => p.page.heldBack);
  return RULE_IDS.map((id) => {
    const changed = pages.filter((p) => changes(p, id));
    const byCorpus: Record<string, number> = {};
    for (const p of changed) byCorpus[p.page.corpus] = (byCorpus[p.page.corpus] ?? 0) + 1;
    let delta = 0;
    let heldPages = 0;
    for (const p of held) {
      const without = p.f1Without?.[id];
      const f1 = p.bag?.clearpage?.f1 ?? 0;
      if (without === undefined) continue;
      if (without !== f1) heldPages++;
      delta += f1 - without;
    }
    return {
      id,
      pages: byCorpus,
      sites: new Set(changed.map((p) => p.page.site)).size,
      heldPages,
      heldEffect: held.length ? delta / held.length : 0,
    };
  });
}

export function rulesSection(pages: readonly ScoredPage[]): string[] {
  const rows = ruleEvidence(pages);
  const lines = [
    `per-rule evidence (pages changed per corpus, distinct sites, held-back wcxb-dev pages whose F1 it changes, mean F1 effect there):`,
    `  ${col('rule', 19)}${num('aeb', 5)}${num('wcxb', 6)}${num('r-p', 5)}${num('sites', 7)}${num('held', 6)}${num('ΔF1 held', 11)}  verdict`,
  ];
  for (const r of rows) {
    const verdict =
      r.sites < MIN_SITES
        ? `< ${MIN_SITES} sites`
        : r.heldEffect < 0
          ? 'lowers held-back F1'
          : 'ok';
    lines.push(
      `  ${col(r.id, 19)}${num(r.pages['aeb-dev'] ?? 0, 5)}${num(r.pages['wcxb-dev'] ?? 0, 6)}` +
        `${num(r.pages['readability-pages'] ?? 0, 5)}${num(r.sites, 7)}${num(r.heldPages, 6)}` +
        `${num(fixed(r.heldEffect, 5), 11)}  ${verdict}`,
    );
  }
  return lines;
}
