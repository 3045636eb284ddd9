/**
 * Lazy-loaded images keep their real address in `data-*` attributes until a script swaps it in;
 * in a cloned document no script runs, so the reader would show placeholders. These do the
 * swap on the private copy before Readability reads it, and put a `<noscript>` fallback image
 * in place of its `<noscript>` when no placeholder precedes it (Readability swaps
 * placeholder + `<noscript>` pairs and images classed "lazy" itself).
 */

const SRC_ATTRS = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-lazy',
  'data-url',
  'data-hi-res-src',
  'data-full-src',
  'data-img-src',
];
const SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];
const URLISH =
  /^(?:https?:|\/|\.{0,2}\/|[\w-]+\.[\w.-]+\/)|\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

function firstAttr(el: Element, names: readonly string[]): string | null {
  for (const name of names) {
    const value = el.getAttribute(name)?.trim();
    if (value) return value;
  }
  return null;
}

/** The widest candidate of a srcset ("a.jpg 480w, b.jpg 1200w" → "b.jpg"). */
export function largestSrcsetUrl(srcset: string): string | null {
  let best: string | null = null;
  let bestWidth = -1;
  for (const candidate of srcset.split(/,\s+/)) {
    const [url, size = ''] = candidate.trim().split(/\s+/);
    if (!url) continue;
    const width = Number.parseFloat(size) || 0;
    if (width >= bestWidth) {
      best = url;
      bestWidth = width;
    }
  }
  return best;
}

const SINGLE_IMG = /^\s*<img\b[^>]*>\s*$/i;

/**
 * The one image a `<noscript>` holds. With scripting on (browsers) its content is raw text, so
 * that one tag is parsed by DOMParser, whose document is inert (no scripts, no loads) — not by
 * assigning innerHTML, which AMO's linter flags (UNSAFE_VAR_ASSIGNMENT); with scripting off
 * (jsdom, linkedom) it is already an element.
 */
function noscriptImage(noscript: Element): Element | null {
  if (noscript.children.length) {
    const only = noscript.children.length === 1 ? noscript.firstElementChild : null;
    return only?.localName === 'img' ? only : null;
  }
  const raw = noscript.textContent ?? '';
  const Parser = noscript.ownerDocument.defaultView?.DOMParser ?? globalThis.DOMParser;
  if (!SINGLE_IMG.test(raw) || !Parser) return null;
  const img = new Parser().parseFromString(raw, 'text/html').body.firstElementChild;
  return img?.localName === 'img' ? img : null;
}

/**
 * A tracking pixel: an image declared at most one pixel wide or high. It is no picture of the
 * story; put in place it would be fetched by the reader and would change what Readability
 * picks (a `<noscript>` sign-in pixel beside an article's heading block, for one).
 */
function isPixel(img: Element): boolean {
  return ['width', 'height'].some((name) => {
    const value = img.getAttribute(name);
    return value !== null && /^\s*[01](?:px)?\s*$/.test(value);
  });
}

/**
 * Replaces a `<noscript>` holding one image (and no placeholder before it) by that image,
 * unless the image is a tracking pixel.
 */
export function unwrapNoscriptImage(noscript: Element): boolean {
  const prev = noscript.previousElementSibling?.localName;
  if (prev === 'img' || prev === 'picture') return false;
  const img = noscriptImage(noscript);
  if (!img || isPixel(img)) return false;
  noscript.replaceWith(img);
  return true;
}

/** Puts a lazy `<img>`'s or `<source>`'s real source in place; true when it changed. */
export function resolveLazyImage(el: Element): boolean {
  let changed = false;
  const srcset = firstAttr(el, SRCSET_ATTRS);
  if (srcset && srcset !== el.getAttribute('srcset')) {
    el.setAttribute('srcset', srcset);
    changed = true;
  }
  if (el.localName !== 'img') return changed;
  const src = firstAttr(el, SRC_ATTRS);
  if (src && URLISH.test(src) && src !== el.getAttribute('src')) {
    el.setAttribute('src', src);
    return true;
  }
  if (!el.getAttribute('src') && el.getAttribute('srcset')) {
    const best = largestSrcsetUrl(el.getAttribute('srcset') ?? '');
    if (best) el.setAttribute('src', best);
    return changed || !!best;
  }
  return changed;
}
