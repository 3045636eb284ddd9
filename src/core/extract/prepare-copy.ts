/**
 * Fixes the private copy before Readability reads it: lazy images get their real sources,
 * `<noscript>` fallback images come out, captions and credits are marked. One hand-written walk
 * of the document does all three (a DOM without indexes, linkedom, pays more for
 * `querySelectorAll` with attribute selectors than for visiting every element once), notes the
 * first `<h1>` on the way, and can check the page's size in the same walk (see `limits`).
 */
import { resolveLazyImage, unwrapNoscriptImage } from './lazy-images';
import { TOO_LARGE_MESSAGE, type PageLimits } from './limits';
import { markCaption } from './mark-captions';

/** The hint words' fragments (caption, credit, figcaption…), as `[class*=…]` would match them. */
function captionCandidate(el: Element): boolean {
  // The attribute node, not getAttribute('class'): linkedom builds a classList for the latter.
  const cls = el.getAttributeNode('class')?.value;
  return !!cls && (cls.includes('aption') || cls.includes('redit'));
}

function prepare(el: Element): number {
  const tag = el.localName;
  if (tag === 'noscript') return Number(unwrapNoscriptImage(el));
  if (tag === 'img' || tag === 'source') return Number(resolveLazyImage(el));
  return captionCandidate(el) ? Number(markCaption(el)) : 0;
}

export interface PreparedCopy {
  /** How many elements it changed. */
  changed: number;
  /** The page's first `<h1>`, read before Readability removes it. */
  firstH1: Element | null;
  /** Elements walked (all of them, unless a limit stopped the walk). */
  elements: number;
  /** Set when `limits` were given and the page passed one: the walk stopped there. */
  tooLarge?: string;
}

/**
 * Prepares `doc` in place. With `limits` (when `doc` is already the private copy) it also does
 * what `measurePage` does, so the page is walked once, and stops at the first limit passed.
 */
export function prepareCopy(doc: Document, limits?: PageLimits): PreparedCopy {
  const root = doc.documentElement;
  const out: PreparedCopy = { changed: 0, firstH1: null, elements: 0 };
  let depth = 1;
  let el: Element | null = root;
  while (el) {
    out.elements++;
    if (limits && (out.elements > limits.maxElements || depth > limits.maxDepth)) {
      out.tooLarge = TOO_LARGE_MESSAGE;
      return out;
    }
    if (!out.firstH1 && el.localName === 'h1') out.firstH1 = el;
    // Step first: a `<noscript>` may be replaced by its image.
    const noscript: boolean = el.localName === 'noscript';
    let next: Element | null = noscript ? null : el.firstElementChild;
    if (next) depth++;
    else {
      for (let at: Element | null = el; at && at !== root; at = at.parentElement, depth--) {
        next = at.nextElementSibling;
        if (next) break;
      }
    }
    out.changed += prepare(el);
    el = next;
  }
  return out;
}
