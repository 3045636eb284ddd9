/**
 * The page's own widgets, left as a line of text once Readability dropped their buttons: a
 * gallery's "3 of 12 · Next" counter, a comment counter or rating widget, and the copyright /
 * reuse footer. Each block must be short and
 * made *only* of such words (and counts), or open with them in its place at the end; one real
 * word beside them ("Next year the gallery reopens") and the block stays.
 */
import type { ChromeRule } from '../chrome-context';
import { COMMENT_UI_WORDS, COPYRIGHT_WORDS, GALLERY_WORDS } from '../../phrases/chrome-phrases';
import { hasWordChars, phraseMatcher, type PhraseMatcher } from '../../phrases/phrase-match';

const GALLERY = phraseMatcher(GALLERY_WORDS);
const COMMENTS = phraseMatcher(COMMENT_UI_WORDS);
const COPYRIGHT = phraseMatcher(COPYRIGHT_WORDS);
/** Counts beside a widget's words: "3", "1,204", "4.5", "12k". */
const COUNTS = /\d+(?:[.,]\d+)*\s*[km]?/g;
/** "3 of 12", "3/12", "3 / 12": a gallery's position (the word between is any language's). */
const POSITION = /\d+\s*(?:\/|\|)\s*\d+|\d+\s+\S{1,4}\s+\d+/u;
const MAX_WIDGET = 60;

/** Nothing but `words`, counts, separators and symbols (★, ·, ›). */
function onlyWords(text: string, words: PhraseMatcher): boolean {
  return words.mentions(text) && !hasWordChars(words.strip(text).replace(COUNTS, ' '));
}

/** "3 of 12", "‹ Previous · Next ›" beside a counter: the controls of a gallery. */
export const galleryControls: ChromeRule = (el, ctx) => {
  const s = ctx.stats(el);
  if (s.text === 0 || s.text > MAX_WIDGET) return null;
  const text = ctx.matchText(el);
  if (!POSITION.test(text) || !onlyWords(text, GALLERY)) return null;
  return { kind: 'reader-controls', reason: 'gallery counter and controls', nodes: [el] };
};

/** "12 comments", "Leave a comment", "Rate this article ★★★★☆ (31 votes)". */
export const commentUi: ChromeRule = (el, ctx) => {
  const s = ctx.stats(el);
  if (s.text === 0 || s.text > MAX_WIDGET || ctx.atStart(el)) return null;
  if (!onlyWords(ctx.matchText(el), COMMENTS)) return null;
  return { kind: 'comments', reason: 'comment or rating widget', nodes: [el] };
};

const SIGN = /^\s*(?:[©ⓒ]|\(c\)\s*(?:19|20)\d\d|copyright\s*(?:©|\(c\)|(?:19|20)\d\d))/i;

/** "© 2025 Example Media. All rights reserved.", "Reproduction interdite": a rights footer. */
export const copyrightFooter: ChromeRule = (el, ctx) => {
  const s = ctx.stats(el);
  if (s.text === 0 || s.text > 250 || ctx.atStart(el)) return null;
  const raw = el.textContent ?? '';
  if (SIGN.test(raw) && (s.text <= 150 || ctx.atEnd(el))) {
    return { kind: 'boilerplate', reason: 'copyright line', nodes: [el] };
  }
  if (ctx.atEnd(el) && COPYRIGHT.startsWith(ctx.matchText(el))) {
    return { kind: 'boilerplate', reason: 'rights/reuse footer at the end', nodes: [el] };
  }
  return null;
};
