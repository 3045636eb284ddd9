/**
 * Captions and credits outside `<figcaption>` (`<div class="photo-credit">`) stay in the reader
 * but not in the text. Their class is the only sign, and Readability loses it when it turns
 * such a div into a fresh `<p>`; so, on the private copy, each one is marked `data-caption` and
 * its inline content wrapped in a marked `<span>`, which survives that conversion.
 */
import { CLASS_HINTS } from '../phrases/chrome-phrases';
import { classWords, compileHint, matchesHint } from '../strip/class-words';

const CAPTION_HINT = compileHint(CLASS_HINTS.caption);
const INLINE = new Set(
  'a abbr b bdi br cite code em i small span strong sub sup time u'.split(' '),
);
/** Captions are a line or two; a longer block with such a class is something else. */
const MAX_CHARS = 400;

function inlineOnly(el: Element): boolean {
  for (const child of Array.from(el.children)) if (!INLINE.has(child.localName)) return false;
  return true;
}

/** Marks one element if its class names it a caption or credit; true when marked. */
export function markCaption(el: Element): boolean {
  if (el.localName === 'figcaption' || el.localName === 'figure' || el.localName === 'img')
    return false;
  if (!matchesHint(classWords(el), CAPTION_HINT)) return false;
  if ((el.textContent ?? '').length > MAX_CHARS) return false;
  el.setAttribute('data-caption', '');
  if (inlineOnly(el) && el.firstChild) {
    const span = el.ownerDocument.createElement('span');
    span.setAttribute('data-caption', '');
    while (el.firstChild) span.appendChild(el.firstChild);
    el.appendChild(span);
  }
  return true;
}
