/**
 * The page's own widgets, left as a line of text once Readability dropped their buttons: a
 * gallery's "3 of 12 · Next" counter, a comment counter or rating widget, the account links
 * ("Sign in · Register"), the page's own address printed as a line, the copyright / reuse
 * footer, and the "Click to tweet" call of a tweetable-quote box. Each block must be short and
 * made *only* of such words (and counts), or open with them in its place at the end; one real
 * word beside them ("Next year the gallery reopens") and the block stays.
 */
import type { ChromeRule } from '../chrome-context';
import {
  ACCOUNT_WORDS,
  COMMENT_UI_WORDS,
  COPYRIGHT_WORDS,
  GALLERY_WORDS,
  TWEET_WORDS,
} from '../../phrases/chrome-phrases';
import {
  hasWordChars,
  normalizeForMatch,
  phraseMatcher,
  type PhraseMatcher,
} from '../../phrases/phrase-match';

const GALLERY = phraseMatcher(GALLERY_WORDS);
const COMMENTS = phraseMatcher(COMMENT_UI_WORDS);
const ACCOUNT = phraseMatcher(ACCOUNT_WORDS);
const COPYRIGHT = phraseMatcher(COPYRIGHT_WORDS);
const TWEET = phraseMatcher(TWEET_WORDS);
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

/** "Sign in · Register", "My account": the site's account links. */
export const accountUi: ChromeRule = (el, ctx) => {
  const s = ctx.stats(el);
  if (s.text === 0 || s.text > MAX_WIDGET) return null;
  // A lone "Register" may be the story's own call to act: two account words ("Sign in · Register").
  const text = ctx.matchText(el);
  if (!onlyWords(text, ACCOUNT) || ACCOUNT.count(text) < 2) return null;
  return { kind: 'account', reason: 'sign-in and account links', nodes: [el] };
};

/** An address for comparing: no scheme, "www.", query, fragment or trailing slash. */
function bareUrl(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
}

/** The page's address printed as a line of its own ("Source: https://…/this-story"). */
export const ownUrlLine: ChromeRule = (el, ctx) => {
  const s = ctx.stats(el);
  if (s.text < 10 || s.text > 300 || s.spaces > 4) return null;
  const page = bareUrl(el.ownerDocument.URL || '');
  if (!page || !page.includes('/')) return null;
  const raw = (el.textContent ?? '').trim().replace(/^[^\s:：/]{1,20}[:：]\s+/u, '');
  if (bareUrl(raw) !== page) return null;
  return { kind: 'other', reason: "the page's own address as a line", nodes: [el] };
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

/** The call of a tweetable quote: a link or button whose whole text is "Click to tweet". */
function tweetCall(el: Element): Element | null {
  for (const a of el.querySelectorAll('a, button, span')) {
    const text = normalizeForMatch(a.textContent ?? '');
    if (text && TWEET.isLabel(text) && a !== el) {
      const href = a.getAttribute('href') ?? a.closest('a')?.getAttribute('href') ?? '';
      const intent = /(?:twitter|x)\.com\/(?:intent|share)/i.test(href);
      // "Click to tweet" says it all; a bare "Tweet" must link to a tweet intent or be classed so.
      if (intent || /tweet/i.test(a.getAttribute('class') ?? '') || text.includes(' ')) {
        return a.closest('a') ?? a;
      }
    }
  }
  return null;
}

/** A tweetable-quote box: the "Click to tweet" call goes, the quote stays. */
export const tweetableQuote: ChromeRule = (el, ctx) => {
  const s = ctx.stats(el);
  if (s.text === 0 || s.text > 600 || s.links > 2) return null;
  const call = tweetCall(el);
  if (!call || ctx.stats(call).text >= s.text) return null;
  return { kind: 'share', reason: '"click to tweet" call of a quote', nodes: [call] };
};
