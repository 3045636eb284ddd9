/**
 * The article as the reader shows it now (issue 11, item 2): saves and copies follow what is
 * shown, so blocks removed for this reading are left out and parts brought back are in. Built
 * from the reader's `.body` only when a save or copy asks, and only when the reading was changed;
 * otherwise the extracted article itself, exactly as before.
 */
import type { Article } from '../core/article';
import { REMOVED_MARKER } from '../core/article';
import { articleText } from '../core/text/article-text';
import { measureText, readingMinutes, wordCount } from '../core/text/reading-time';

/** A block removed for this reading (features/remove-block.ts). */
export const CUT_ATTR = 'data-cp-cut';
/** The reader's own controls and marks inside the article, never part of a save. */
const READER_UI = '.cp-removed-label, .cp-reader-ui';
const CHANGED = `[${CUT_ATTR}], .cp-restored`;
/** Attributes the reader adds to the article's elements (prepareLinks, editing). */
const READER_ATTRS = ['tabindex', 'hidden', 'data-cp-block', REMOVED_MARKER, 'data-kind'];

function cleanCopy(body: HTMLElement): HTMLElement {
  const copy = body.cloneNode(true) as HTMLElement;
  const gone = `[${CUT_ATTR}], [${REMOVED_MARKER}]:not(.cp-restored), ${READER_UI}`;
  for (const el of copy.querySelectorAll(gone)) el.remove();
  // A brought-back part is its own content again, without the reader's wrapper.
  for (const part of copy.querySelectorAll('.cp-restored')) part.replaceWith(...part.childNodes);
  for (const el of copy.querySelectorAll('*')) {
    for (const name of READER_ATTRS) el.removeAttribute(name);
    // The sanitiser drops the page's classes: any class here is the reader's own.
    el.removeAttribute('class');
    if (el.localName === 'a' && el.getAttribute('target') === '_blank') {
      el.removeAttribute('target');
      el.removeAttribute('rel');
    }
  }
  return copy;
}

/** `article` as `body` shows it: the same article unless a block was removed or brought back. */
export function shownArticle(article: Article, body: HTMLElement | null): Article {
  if (!body?.querySelector(CHANGED)) return article;
  const copy = cleanCopy(body);
  const text = articleText(copy);
  const size = measureText(text);
  return Object.create(article, {
    html: { value: copy.innerHTML, enumerable: true },
    text: { value: text, enumerable: true },
    wordCount: { value: wordCount(size), enumerable: true },
    readingMinutes: { value: readingMinutes(size), enumerable: true },
  }) as Article;
}
