/**
 * How big a page Clearpage will read. Measured before anything is cloned, in one iterative walk
 * that stops as soon as a limit is passed, so the check itself is cheap on any page.
 *
 * Depth: the extraction has recursive steps (Readability's style cleaning, the chrome
 * stripper's measuring walk, the text builder, Turndown, jsdom's cloneNode in the CLI) and the
 * shallowest of them overflows the default JavaScript stack at ~2,000 levels (measured in Node
 * on linkedom and jsdom). Browsers' HTML parsers already flatten deeper markup (Chromium at 512
 * levels), so only pages built by script get near the limit.
 * Elements: extraction time grows with the element count; past the limit the reader says so
 * instead of freezing the tab.
 */

export interface PageLimits {
  maxElements: number;
  maxDepth: number;
  /** Characters of the page's text (`body.textContent`); no limit when absent. */
  maxTextChars?: number;
}

/** True when the page's text alone is past `limits.maxTextChars`. */
export function tooMuchText(doc: Document, limits: PageLimits): boolean {
  if (limits.maxTextChars === undefined) return false;
  return (doc.body?.textContent?.length ?? 0) > limits.maxTextChars;
}

export const PAGE_LIMITS: Readonly<PageLimits> = { maxElements: 300_000, maxDepth: 1_000 };

/**
 * The reader's limits, tighter than the CLI's: extraction runs in the page's one thread, so a
 * page that takes seconds freezes the tab for seconds. Measured in headless Chromium on a busy
 * 2-core machine (scripts/bench-huge.mjs), a page whose article is 200,000 elements froze the
 * tab 24–49 s and a 20 MB page of text 7–27 s, while the heaviest news and reference pages have
 * a few tens of thousands of elements and well under a million characters. Past these the
 * reader answers "too large" at once.
 */
export const READER_LIMITS: Readonly<PageLimits> = {
  maxElements: 100_000,
  // Readability's text-density walk is quadratic in depth: a 990-deep page froze both browsers'
  // tabs for 18 s (issue 12). Real articles nest a few dozen levels.
  maxDepth: 200,
  maxTextChars: 3_000_000,
};

export const TOO_LARGE_MESSAGE = 'This page is too large for Clearpage to read';

export type PageSize =
  | { ok: true; elements: number; depth: number }
  | {
      ok: false;
      reason: 'too-many-elements' | 'too-deep';
      /** Elements and depth seen when the walk stopped (lower bounds, not totals). */
      elements: number;
      depth: number;
      message: string;
    };

/**
 * Counts the elements under `root` (itself included) and their deepest nesting, stopping at the
 * first limit passed. Uses only `firstElementChild`, `nextElementSibling` and `parentElement`,
 * so it works the same in a browser, jsdom and linkedom, and never recurses.
 */
export function measurePage(root: Element, limits: PageLimits = PAGE_LIMITS): PageSize {
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  let el: Element | null = root;
  while (el) {
    elements++;
    depth++;
    if (depth > deepest) deepest = depth;
    if (depth > limits.maxDepth || elements > limits.maxElements) {
      const reason = depth > limits.maxDepth ? 'too-deep' : 'too-many-elements';
      return { ok: false, reason, elements, depth: deepest, message: TOO_LARGE_MESSAGE };
    }
    const child: Element | null = el.firstElementChild;
    if (child) {
      el = child;
      continue;
    }
    // Climb until a sibling is found or the walk is back above the root.
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    if (!el || el === root) break;
    el = el.nextElementSibling;
    depth--;
  }
  return { ok: true, elements, depth: deepest };
}
