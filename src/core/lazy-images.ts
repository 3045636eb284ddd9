/**
 * Lazy-loaded images keep their real address in `data-*` attributes until a script swaps it in;
 * in a cloned document no script runs, so the reader would show placeholders. This does the
 * swap on the private copy before Readability reads it. (`<noscript>` fallbacks and images
 * classed "lazy" are left to Readability, which already unwraps and fixes those.)
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

/** Puts lazy images' real sources in place; returns how many elements changed. */
export function resolveLazyImages(doc: Document): number {
  let changed = 0;
  for (const el of doc.querySelectorAll('img, source')) {
    const srcset = firstAttr(el, SRCSET_ATTRS);
    if (srcset && srcset !== el.getAttribute('srcset')) {
      el.setAttribute('srcset', srcset);
      changed++;
    }
    if (el.localName !== 'img') continue;
    const src = firstAttr(el, SRC_ATTRS);
    if (src && URLISH.test(src) && src !== el.getAttribute('src')) {
      el.setAttribute('src', src);
      changed++;
    } else if (!el.getAttribute('src') && el.getAttribute('srcset')) {
      const best = largestSrcsetUrl(el.getAttribute('srcset') ?? '');
      if (best) {
        el.setAttribute('src', best);
        changed++;
      }
    }
  }
  return changed;
}
