/**
 * Fixes the private copy before Readability reads it: lazy images get their real sources,
 * `<noscript>` fallback images come out, captions and credits are marked. One scan of the
 * document does all three.
 */
import { resolveLazyImage, unwrapNoscriptImage } from './lazy-images';
import { CAPTION_CANDIDATES, markCaption } from './mark-captions';

const SELECTOR = `img, source, noscript, ${CAPTION_CANDIDATES}`;

/** Returns how many elements it changed. */
export function prepareCopy(doc: Document): number {
  let changed = 0;
  for (const el of Array.from(doc.querySelectorAll(SELECTOR))) {
    const tag = el.localName;
    if (tag === 'noscript') changed += Number(unwrapNoscriptImage(el));
    else if (tag === 'img' || tag === 'source') changed += Number(resolveLazyImage(el));
    else changed += Number(markCaption(el));
  }
  return changed;
}
