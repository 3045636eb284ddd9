/**
 * The truncation guard: rather than show half an article, fall back step by step and say so.
 *
 * 1. Stripping took an implausible share of Readability's text (or left too little to read):
 *    undo it and strip again with only the specific rules ('fewer-rules'); if that is still
 *    implausible, undo that too and show Readability's article as it is ('readability').
 * 2. Readability's article is much shorter than the paragraphs of the page: read the page again
 *    with Readability's flags relaxed (it retries without them below `charThreshold`) and keep
 *    that when it is clearly longer ('relaxed-readability').
 */
import type { Fallback, Removal } from '../article';
import type { ChromeHints } from '../strip/chrome-context';
import { SPECIFIC_RULES } from '../strip/registry';
import { restoreRemoved } from './removed-parts';
import { stripChrome, type RemovedPart } from '../strip/strip-chrome';
import { chars, MIN_TEXT_CHARS, PROSE_CHARS } from '../text/chars';

/** Above this share of Readability's text, stripping is more likely wrong than right. */
export const MAX_STRIPPED_SHARE = 0.6;
/** Too little to read once stripped, from an article that was not. */
const MIN_LEFT = MIN_TEXT_CHARS;
/** Readability's article is "tiny" below this many characters … */
export const SHORT_ARTICLE = 2000;
/** … when the page's paragraphs hold this many times more … */
export const PAGE_TO_ARTICLE = 3;
/** … and at least this much text. */
const MIN_PAGE_TEXT = 1500;

export interface Stripped {
  removed: Removal[];
  parts: RemovedPart[];
  fallback?: Fallback;
}

function implausible(total: number, removed: readonly Removal[]): string {
  const gone = removed.reduce((n, r) => n + chars(r.text), 0);
  if (total >= 2 * MIN_LEFT && total - gone < MIN_LEFT) {
    return `stripping would leave ${total - gone} of ${total} characters`;
  }
  if (total >= MIN_LEFT && gone > total * MAX_STRIPPED_SHARE) {
    return `stripping would remove ${Math.round((gone / total) * 100)}% of the article's text`;
  }
  return '';
}

/** Strips `root`, falling back to fewer rules, then to none, when the result is implausible. */
export function guardedStrip(
  root: Element,
  hints: ChromeHints,
  skipRules?: ReadonlySet<string>,
  kept?: string | null,
): Stripped {
  const total = chars(root.textContent);
  let parts: RemovedPart[] = [];
  const removed = stripChrome(root, hints, { keep: parts, skipRules, kept });
  const why = implausible(total, removed);
  if (!why) return { removed, parts };
  restoreRemoved(parts);
  parts = [];
  const fewer = stripChrome(root, hints, { rules: SPECIFIC_RULES, keep: parts, skipRules, kept });
  if (!implausible(total, fewer)) {
    return { removed: fewer, parts, fallback: { step: 'fewer-rules', reason: why } };
  }
  restoreRemoved(parts);
  return { removed: [], parts: [], fallback: { step: 'readability', reason: why } };
}

/** Characters in the page's paragraphs of prose (read-only). */
export function paragraphChars(doc: Document): number {
  let n = 0;
  // What Readability leaves of a page may have lost its root (linkedom): nothing to count.
  if (!doc.documentElement) return 0;
  for (const p of (doc.body ?? doc.documentElement).querySelectorAll('p')) {
    const c = chars(p.textContent);
    if (c >= PROSE_CHARS) n += c;
  }
  return n;
}

/** Why Readability's article of `articleChars` looks like a small part of a `pageChars` page. */
export function tooShortForPage(articleChars: number, pageChars: number): string {
  if (articleChars >= SHORT_ARTICLE || pageChars < MIN_PAGE_TEXT) return '';
  if (pageChars < articleChars * PAGE_TO_ARTICLE) return '';
  return `Readability kept ${articleChars} characters of a page with ${pageChars} in paragraphs`;
}
