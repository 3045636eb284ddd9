/**
 * Fixes kept for a site (issue 11, item 3), applied to the private copy of the page before
 * Readability reads it. They are marked, not acted on here: a 'remove' element is taken out of
 * the article after chrome stripping as a removal of its own (rule 'site-fix'), so "Show removed"
 * can bring it back; a 'keep' element (a part once brought back) is one the chrome rules leave
 * alone. Readability itself may still drop a kept element; nothing here can stop that. 'pick'
 * fixes are read by the picker, not here: they are neither applied nor skipped by this module.
 * A fix whose selector no longer matches, or matches too much, is skipped and reported.
 */
import type { Removal } from '../article';
import { REMOVED_MARKER } from '../article';
import { chars } from '../text/chars';
import { isStructuralSelector } from './selector';

/** A kept fix as the core sees it (src/shared/site-fixes.ts stores them). */
export interface PageFix {
  kind: 'pick' | 'remove' | 'keep';
  selector: string;
}

/** What became of the fixes given: those that found their element, and those that did not. */
export interface FixReport {
  applied: PageFix[];
  skipped: PageFix[];
}

/** The attribute a fix leaves on its element in the copy; its value is the extraction's nonce. */
const FIX_ATTR = 'data-clearpage-fix';
/** A structural selector finds one element; one that finds more is not the block it was. */
const MAX_MATCHES = 20;
/** Marked inside each element at most (its descendants carry the mark, see markFixes). */
const MAX_MARKED = 2000;
export const SITE_FIX_RULE = 'site-fix';
const REMOVE_REASON = 'a fix kept for this site removes it';

export interface MarkedFixes {
  report: FixReport;
  /** `[data-clearpage-fix="<nonce>-keep"]`: what the chrome rules must leave. */
  keepSelector: string | null;
  removeSelector: string | null;
}

function nonce(): string {
  return Math.random().toString(36).slice(2, 10);
}

/** The elements `fix` may act on, or null when it is skipped. */
function targets(doc: Document, fix: PageFix, bodyChars: number): Element[] | null {
  if (!isStructuralSelector(fix.selector)) return null;
  let found: Element[];
  try {
    found = Array.from(doc.querySelectorAll(fix.selector));
  } catch {
    return null;
  }
  if (found.length === 0 || found.length > MAX_MATCHES) return null;
  // Never the page itself, nor (for a removal) a block holding most of the page's text.
  if (found.some((el) => el === doc.body || el === doc.documentElement)) return null;
  if (fix.kind === 'remove' && found.some((el) => chars(el.textContent) * 2 > bodyChars)) {
    return null;
  }
  return found;
}

/** Marks the elements of `fixes` in `doc` (the private copy) and says which fixes matched. */
export function markFixes(doc: Document, fixes: readonly PageFix[]): MarkedFixes {
  const report: FixReport = { applied: [], skipped: [] };
  const id = nonce();
  const used = { keep: false, remove: false };
  const bodyChars = chars(doc.body?.textContent);
  for (const fix of fixes) {
    if (fix.kind === 'pick') continue;
    const found = targets(doc, fix, bodyChars);
    if (!found) {
      report.skipped.push({ kind: fix.kind, selector: fix.selector });
      continue;
    }
    // Its descendants too: Readability replaces some elements by new ones (a <div> of phrasing
    // content becomes the <p> it wraps its text in), and the mark then lives on inside.
    for (const el of found) {
      for (const marked of [el, ...Array.from(el.querySelectorAll('*')).slice(0, MAX_MARKED)]) {
        marked.setAttribute(FIX_ATTR, `${id}-${fix.kind}`);
      }
    }
    used[fix.kind] = true;
    report.applied.push({ kind: fix.kind, selector: fix.selector });
  }
  const selector = (kind: string) => `[${FIX_ATTR}="${id}-${kind}"]`;
  return {
    report,
    keepSelector: used.keep ? selector('keep') : null,
    removeSelector: used.remove ? selector('remove') : null,
  };
}

/** A removed block kept for "Show removed": its nodes and the marker left where it was. */
interface Part {
  nodes: Element[];
  marker: Element;
}

/**
 * Takes the 'remove' elements still in the article out of `root`, after the chrome rules, each
 * recorded as a removal (appended to `removed` and `parts`, whose indexes stay in step).
 */
export function removeMarked(
  root: Element,
  selector: string | null,
  removed: Removal[],
  parts: Part[],
): void {
  if (!selector) return;
  for (const found of Array.from(root.querySelectorAll(selector))) {
    // Inside another removed element already: it went with it.
    if (!root.contains(found) || found.parentElement?.closest(selector)) continue;
    const el = wrapperOf(found, root);
    const marker = el.ownerDocument.createElement('template');
    marker.setAttribute(REMOVED_MARKER, String(removed.length));
    el.before(marker);
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    removed.push({ kind: 'other', rule: SITE_FIX_RULE, reason: REMOVE_REASON, text });
    parts.push({ nodes: [el], marker });
    el.remove();
  }
}

/** The marked element, or the new element Readability wrapped around it alone (same text). */
function wrapperOf(el: Element, root: Element): Element {
  const text = (el.textContent ?? '').trim();
  let at = el;
  while (at.parentElement && at.parentElement !== root) {
    const parent = at.parentElement;
    if (parent.childElementCount !== 1 || (parent.textContent ?? '').trim() !== text) break;
    at = at.parentElement;
  }
  return at;
}

/** Whether the chrome rules must leave `el`: it is kept, or holds a kept element. */
export function isKept(el: Element, selector: string | null | undefined): boolean {
  return !!selector && (el.matches(selector) || el.querySelector(selector) !== null);
}
