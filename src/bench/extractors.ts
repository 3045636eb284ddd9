/**
 * The three extractors the bench compares, each on its own fresh copy of one parse of the page
 * (linkedom, the CLI's parser), so the timings compare extraction and nothing else: the copy is
 * made before the clock starts.
 */
import { Readability } from '@mozilla/readability';
import { DefuddleClass } from 'defuddle/node';
import { extractArticle, type Fallback } from '../core';
import { looksLikeListing } from '../core/extract/no-article';
import { parsePage, purifyWindow } from '../cli/dom';
import { blockText } from './block-text';

export interface Timed {
  /** Body text as scored: '' when the extractor found no article. */
  text: string;
  ok: boolean;
  /** Extraction only (performance.now()), parse and copy excluded. */
  ms: number;
}

/** What the per-rule table and the loss reasons need of one removal. */
export interface RemovalRecord {
  rule: string;
  kind: string;
  text: string;
}

export interface ClearpageRun extends Timed {
  removed: RemovalRecord[];
  fallback?: Fallback['step'];
  /** The sanitised article HTML, only when asked for (it costs a sanitising pass). */
  html?: string;
}

function fresh(doc: Document): Document {
  return doc.cloneNode(true) as Document;
}

export interface ReadabilityRun extends Timed {
  /**
   * Readability's article is a front page or a list of results by Clearpage's own listing test
   * (no-article.ts: five or more headline links, no more prose paragraphs than headlines).
   */
  listing?: boolean;
}

export function runReadability(doc: Document): ReadabilityRun {
  const copy = fresh(doc);
  const start = performance.now();
  let content: Element | null | undefined;
  try {
    // Keep Readability's element instead of its innerHTML, to read its text without a reparse.
    content = new Readability(copy, { serializer: (el: Node) => el as Element }).parse()?.content;
  } catch {
    content = null;
  }
  const ms = performance.now() - start;
  if (!content) return { text: '', ok: false, ms };
  return {
    text: blockText(content),
    ok: true,
    ms,
    ...(looksLikeListing(content) ? { listing: true } : {}),
  };
}

export function runClearpage(
  doc: Document,
  url: string,
  options: { skipRules?: ReadonlySet<string>; html?: boolean } = {},
): ClearpageRun {
  const copy = fresh(doc);
  const window = purifyWindow();
  const start = performance.now();
  const result = extractArticle(copy, {
    isPrivateCopy: true,
    purifyWindow: window,
    url,
    wholeShortPage: true, // the reader's answer on a page without frames
    ...(options.skipRules ? { skipRules: options.skipRules } : {}),
  });
  const ms = performance.now() - start;
  if (!result.ok) return { text: '', ok: false, ms, removed: [] };
  const { article } = result;
  return {
    text: article.text,
    ok: true,
    ms,
    removed: article.removed.map(({ rule, kind, text }) => ({ rule, kind, text })),
    ...(article.fallback ? { fallback: article.fallback.step } : {}),
    ...(options.html ? { html: article.html } : {}),
  };
}

/** Defuddle on linkedom, with the two polyfills its own linkedom entry point applies. */
export function runDefuddle(doc: Document, url: string): Timed {
  const copy = fresh(doc);
  const sheets = copy as unknown as { styleSheets?: unknown };
  if (!sheets.styleSheets) sheets.styleSheets = [];
  const view = copy.defaultView as (Window & { getComputedStyle?: unknown }) | null;
  if (view && !view.getComputedStyle) {
    view.getComputedStyle = () => ({ display: '' }) as CSSStyleDeclaration;
  }
  // Defuddle logs the page's own faults (bad JSON-LD) to the console; the report has no room.
  const { error, warn, log } = console;
  console.error = console.warn = console.log = () => {};
  const start = performance.now();
  let html: string;
  try {
    html = new DefuddleClass(copy, { url }).parse().content ?? '';
  } catch {
    html = '';
  }
  const ms = performance.now() - start;
  Object.assign(console, { error, warn, log });
  const text = html ? blockText(parsePage(`<body>${html}</body>`).body) : '';
  return { text, ok: text.length > 0, ms };
}
