/**
 * Captions and credits outside `<figcaption>` (`<div class="photo-credit">`) stay in the reader
 * but not in the text. Their class is the only sign, and Readability loses it when it turns
 * such a div into a fresh `<p>`; so, on the private copy, each one is marked `data-caption` and
 * its inline content wrapped in a marked `<span>`, which survives that conversion.
 */
import { CLASS_HINTS } from './chrome-phrases';
import { classWords, compileHint, matchesHint } from './class-words';

const CAPTION_HINT = compileHint(CLASS_HINTS.caption);
/** Cheap pre-filter for the hint words (caption, credit, figcaption…), either case. */
const CANDIDATES = '[class*="aption"], [class*="redit"]';
const INLINE = new Set(
  'a abbr b bdi br cite code em i small span strong sub sup time u'.split(' '),
);
/** Captions are a line or two; a longer block with such a class is something else. */
const MAX_CHARS = 400;

function inlineOnly(el: Element): boolean {
  for (const child of Array.from(el.children)) if (!INLINE.has(child.localName)) return false;
  return true;
}

export function markCaptions(doc: Document): number {
  let marked = 0;
  for (const el of doc.querySelectorAll(CANDIDATES)) {
    if (el.localName === 'figcaption' || el.localName === 'figure') continue;
    if (!matchesHint(classWords(el), CAPTION_HINT)) continue;
    if ((el.textContent ?? '').length > MAX_CHARS) continue;
    el.setAttribute('data-caption', '');
    if (inlineOnly(el) && el.firstChild) {
      const span = doc.createElement('span');
      span.setAttribute('data-caption', '');
      while (el.firstChild) span.appendChild(el.firstChild);
      el.appendChild(span);
    }
    marked++;
  }
  return marked;
}
