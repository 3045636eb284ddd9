/**
 * One page of the bench, as a worker thread runs it: decode and parse it once (as the CLI
 * does), run every extractor on its own fresh copy, and the ablations the per-rule table needs.
 * Scoring happens in the main thread; this returns texts, times and records.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { RULE_IDS } from '../core';
import { parsePage } from '../cli/dom';
import { decodeHtml } from '../cli/input';
import { blockText } from './block-text';
import type { BenchPage } from './corpora';
import {
  runClearpage,
  runDefuddle,
  runReadability,
  type ReadabilityRun,
  type RemovalRecord,
  type Timed,
} from './extractors';
import { lostBlocks, type LostBlock } from './losses';

/** Rules that mark captions (kept in the HTML, left out of the text) and leave no removal record. */
export const CAPTION_RULES: readonly string[] = ['figure-text', 'image-caption'];

export interface TaskOptions {
  defuddle: boolean;
  /** Run the ablations of the per-rule table. */
  ablate: boolean;
}

export interface PageOutcome {
  clearpage: Timed & { removed: RemovalRecord[]; fallback?: string };
  readability: ReadabilityRun;
  defuddle?: Timed;
  /** Rule id → Clearpage's text without that rule, for the rules this page needs re-run. */
  without: Record<string, string>;
  /** Rules that changed this page's text although they left no removal record (captions). */
  marked: string[];
  /** readability-pages: expected.html's text, and the blocks Clearpage lost. */
  expected?: string;
  lost?: LostBlock[];
  error?: string;
}

function readPage(file: string): Document {
  const bytes = readFileSync(file);
  return parsePage(decodeHtml(file.endsWith('.gz') ? gunzipSync(bytes) : bytes));
}

const skip = (ids: readonly string[]) => new Set(ids);

/** Which rules changed the text without a removal record: one run without all, then each. */
function markingRules(doc: Document, page: BenchPage, text: string): string[] {
  if (runClearpage(doc, page.url, { skipRules: skip(CAPTION_RULES) }).text === text) return [];
  return CAPTION_RULES.filter(
    (id) => runClearpage(doc, page.url, { skipRules: skip([id]) }).text !== text,
  );
}

/**
 * Only the rules that acted on the page can change it. A truncation-guard fallback hides which
 * rules acted in the undone pass, so such a page re-runs without each rule.
 */
function ablate(doc: Document, page: BenchPage, run: PageOutcome['clearpage'], marked: string[]) {
  const acted = new Set([...run.removed.map((r) => r.rule), ...marked]);
  const rules = run.fallback ? RULE_IDS : RULE_IDS.filter((id) => acted.has(id));
  const without: Record<string, string> = {};
  for (const id of rules) without[id] = runClearpage(doc, page.url, { skipRules: skip([id]) }).text;
  return without;
}

function captionTexts(html: string): string[] {
  const body = parsePage(`<body>${html}</body>`).body;
  return Array.from(body.querySelectorAll('figcaption, [data-caption]'), (el) => blockText(el));
}

function regression(page: BenchPage, doc: Document, outcome: PageOutcome): void {
  if (!page.expectedFile) return;
  const expected = blockText(readPage(page.expectedFile).body);
  outcome.expected = expected;
  if (!outcome.clearpage.ok) return; // listed as a "no article" page instead
  const { html = '' } = runClearpage(doc, page.url, { html: true });
  outcome.lost = lostBlocks({
    blocks: expected.split('\n\n'),
    clearpage: outcome.clearpage.text,
    removed: outcome.clearpage.removed,
    captions: captionTexts(html),
    readability: outcome.readability.text,
  });
}

const FAILED: Timed = { text: '', ok: false, ms: 0 };

export function runPage(page: BenchPage, index: number, options: TaskOptions): PageOutcome {
  let doc: Document;
  try {
    doc = readPage(page.file);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const clearpage = { ...FAILED, removed: [] };
    return { clearpage, readability: FAILED, without: {}, marked: [], error: message };
  }
  // Alternate which goes first, so neither always pays for the other's garbage.
  const first = index % 2 === 0 ? runReadability(doc) : undefined;
  const clearpage = runClearpage(doc, page.url);
  const readability = first ?? runReadability(doc);
  const outcome: PageOutcome = { clearpage, readability, without: {}, marked: [] };
  if (options.defuddle) outcome.defuddle = runDefuddle(doc, page.url);
  if (options.ablate && clearpage.ok) {
    outcome.marked = markingRules(doc, page, clearpage.text);
    if (page.heldBack) outcome.without = ablate(doc, page, clearpage, outcome.marked);
  }
  regression(page, doc, outcome);
  return outcome;
}
