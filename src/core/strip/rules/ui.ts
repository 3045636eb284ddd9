/**
 * The page's furniture: ad labels and slots, share bars, the site's own reader tools ("Enable
 * Read mode", "100% Font Size"), and the dateline/byline block repeated above the story. These
 * blocks are made *only* of such words (plus counts and percentages); one real word beside them
 * ("Share prices fell 3%") and the block stays.
 */
import type { ChromeContext, ChromeRule } from '../chrome-context';
import { isHeading, shareLinkCount } from '../chrome-dom';
import {
  AD_LABELS,
  BYLINE_PREFIXES,
  CLASS_HINTS,
  DATELINE_LABELS,
  NETWORK_NAMES,
  READER_CONTROL_WORDS,
  SHARE_WORDS,
  SKIP_WORDS,
} from '../../phrases/chrome-phrases';
import { compileHint, matchesHint } from '../class-words';
import { hasWordChars, normalizeForMatch, phraseMatcher } from '../../phrases/phrase-match';
import { wordCharAt } from '../../text/text-chars';

const AD = phraseMatcher(AD_LABELS);
const AD_HINT = compileHint(CLASS_HINTS.advertisement);

export const advertisement: ChromeRule = (el, ctx) => {
  const s = ctx.stats(el);
  if (s.text > 0 && s.text <= 60 && AD.isLabel(ctx.matchText(el))) {
    return { kind: 'advertisement', reason: 'advertisement label', nodes: [el] };
  }
  if (s.text === 0 && matchesHint(ctx.classWords(el), AD_HINT)) {
    return { kind: 'advertisement', reason: 'empty ad slot', nodes: [el] };
  }
  return null;
};

const CONTROLS = phraseMatcher(READER_CONTROL_WORDS);
const SHARE = phraseMatcher(SHARE_WORDS);
const NETWORKS = phraseMatcher(NETWORK_NAMES);
const TOOLBAR = phraseMatcher(READER_CONTROL_WORDS, SHARE_WORDS, NETWORK_NAMES);
const SHARE_HINT = compileHint(CLASS_HINTS.share);
/** Counters that sit on toolbars: "100%", "1.2k". ASCII only: no Unicode regex to compile. */
const COUNTERS = /\d+(?:[.,]\d+)?\s*[%km]?/g;
/** Font steps, "A-" / "A+", when no letter touches them (checked by hand, see below). */
const FONT_STEPS = /a\s*[-+\u2212]/g;

/** Whether anything but counters and font steps is left of a toolbar's text. */
function hasRealWords(rest: string): boolean {
  const spaced = rest
    .replace(COUNTERS, ' ')
    .replace(FONT_STEPS, (step: string, at: number, all: string) =>
      letterAt(all, at - 1) || letterAt(all, at + step.length) ? step : ' ',
    );
  return hasWordChars(spaced);
}

function letterAt(text: string, pos: number): boolean {
  return pos >= 0 && wordCharAt(text, pos) && !isDigit(text.charCodeAt(pos));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Share bars and the site's reader tools: a short block with nothing else in it. */
export const toolbar: ChromeRule = (el, ctx) => {
  const s = ctx.stats(el);
  if (s.text > 150) return null;
  if (s.text === 0) {
    const icons = matchesHint(ctx.classWords(el), SHARE_HINT) && el.querySelector('a, button');
    return icons ? { kind: 'share', reason: 'icon-only share buttons', nodes: [el] } : null;
  }
  const text = ctx.matchText(el);
  if (hasRealWords(TOOLBAR.strip(text))) return null;
  if (CONTROLS.mentions(text)) {
    return { kind: 'reader-controls', reason: "the site's own reader controls", nodes: [el] };
  }
  // Network names alone could be a list in the story ("fined: Facebook, TikTok"); buttons link.
  const shareLike =
    SHARE.mentions(text) ||
    (NETWORKS.count(text) >= 2 && s.link > 0) ||
    shareLinkCount(el) >= 2 ||
    matchesHint(ctx.classWords(el), SHARE_HINT);
  return shareLike ? { kind: 'share', reason: 'share buttons', nodes: [el] } : null;
};

const DATELINE = phraseMatcher(DATELINE_LABELS);
const BYLINE = phraseMatcher(BYLINE_PREFIXES);
const BYLINE_HINT = compileHint(CLASS_HINTS.byline);
const SENTENCE_END = /[.!?。！？](?:\s|$)/u;
/** The reason given for a byline found only in the body; the core then uses it as the byline. */
export const BYLINE_REASON = 'byline above the article';

function same(text: string, hint: string | null | undefined): boolean {
  return !!hint && text === normalizeForMatch(hint);
}

function withoutBylinePrefix(text: string): string {
  const n = BYLINE.openingLength(text);
  return n ? text.slice(n).replace(/^[\s:：]+/u, '') : text;
}

/** Joining words allowed between the capitalised names of a byline. */
const NAME_JOINERS = new Set(
  'and und et y e i en og och ve و da de del der di do dos du la le van von bin ibn al el'.split(
    ' ',
  ),
);
const UPPER_FIRST = /^[\p{Lu}\p{Lt}]/u;
const CASED = /[\p{Lu}\p{Ll}]/u;

/** "Von Jonas Becker", "By Ana de la Cruz": a byline prefix, then a few capitalised names. */
export function looksLikeByline(raw: string): boolean {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length > 60 || /\d/.test(text) || SENTENCE_END.test(text)) return false;
  const normal = normalizeForMatch(text);
  const n = BYLINE.openingLength(normal);
  if (!n) return false;
  const words = text.split(' ').slice(normal.slice(0, n).trim().split(' ').length);
  if (words.length < 1 || words.length > 8) return false;
  return words.every(
    (w) => !CASED.test(w) || UPPER_FIRST.test(w) || NAME_JOINERS.has(w.toLowerCase()),
  );
}

/** Why a short block above the first paragraph repeats the header, or '' when it does not. */
function repeatedHeader(el: Element, text: string, ctx: ChromeContext): string {
  const { byline, siteName } = ctx.hints;
  const label = DATELINE.openingLength(text);
  // "Published: 14 March", "Updated 11:05" — but not "Updated guidance was issued in 2024."
  if (label && (/^\s*(?:[:：]|\d)/u.test(text.slice(label)) || DATELINE.isLabel(text))) {
    return 'publication dates repeated above the article';
  }
  if (el.querySelector('time') && ctx.stats(el).text <= 80 && !SENTENCE_END.test(text)) {
    return 'date line above the article';
  }
  if (same(withoutBylinePrefix(text), byline)) return 'byline repeated above the article';
  if (looksLikeByline(el.textContent ?? '')) return BYLINE_REASON;
  if (same(text, siteName)) return 'site name above the article';
  if (matchesHint(ctx.classWords(el), BYLINE_HINT) && ctx.stats(el).text <= 100) {
    return 'byline/date block above the article';
  }
  return '';
}

/** The header's dates, byline or site name repeated in the body, above the first paragraph. */
export const dateline: ChromeRule = (el, ctx) => {
  const s = ctx.stats(el);
  if (!ctx.atStart(el) || s.text === 0 || s.text > 150) return null;
  const text = ctx.matchText(el);
  if (same(text, ctx.hints.title)) {
    return { kind: 'other', reason: 'headline repeated in the body', nodes: [el] };
  }
  if (isHeading(el)) return null;
  const reason = repeatedHeader(el, text, ctx);
  return reason ? { kind: 'byline-dateline', reason, nodes: [el] } : null;
};

const SKIP = phraseMatcher(SKIP_WORDS);

/** The address of each document without its fragment: `URL` and `baseURI` are slow in linkedom. */
const PAGE_ADDRESS = new WeakMap<Document, string>();

function pageAddress(doc: Document): string {
  let address = PAGE_ADDRESS.get(doc);
  if (address === undefined) {
    address = (doc.URL || doc.baseURI || '').split('#')[0] ?? '';
    PAGE_ADDRESS.set(doc, address);
  }
  return address;
}

/** In-page: a fragment link, or a link to this very page with a fragment. */
export function isInPageLink(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  if (href.startsWith('#')) return href.length > 1;
  const hash = href.indexOf('#');
  if (hash < 0) return false;
  const page = pageAddress(a.ownerDocument);
  return !!page && href.slice(0, hash) === page;
}

/**
 * "Skip past newsletter promotion", "Skip to content": a jump over the page's own chrome, left
 * behind when the chrome went. A short block that is only an in-page link (or no link) opening
 * with a skip word; "skip the queue by booking ahead" is a sentence and has no such link.
 */
export const skipLink: ChromeRule = (el, ctx) => {
  const s = ctx.stats(el);
  if (s.text === 0 || s.text > 80 || s.link < s.text * 0.9) return null;
  if (s.links > 1 || !SKIP.startsWith(ctx.matchText(el))) return null;
  // The link itself when it hangs loose in the body ("<body><a href="#main">Skip to …</a>").
  const link = el.localName === 'a' ? el : el.querySelector('a');
  if (!link || !isInPageLink(link)) return null;
  return {
    kind: 'navigation',
    reason: 'a "skip past …" link to elsewhere on the page',
    nodes: [el],
  };
};
