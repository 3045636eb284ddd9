/**
 * What the site says about the people behind the story rather than the story: the author's bio
 * box and contact line, wire credits at the foot, and affiliate disclosures. Each needs its
 * words *and* its place — a short block at the end of the body, or in a box classed as a bio —
 * so a story that quotes "she is a reporter for the local paper" keeps it.
 */
import type { ChromeRule } from '../chrome-context';
import {
  AGENCY_CREDIT_WORDS,
  AUTHOR_BIO_WORDS,
  CLASS_HINTS,
  DISCLOSURE_WORDS,
} from '../../phrases/chrome-phrases';
import { compileHint, matchesHint } from '../class-words';
import { normalizeForMatch, phraseMatcher } from '../../phrases/phrase-match';

const BIO = phraseMatcher(AUTHOR_BIO_WORDS);
const BIO_HINT = compileHint(CLASS_HINTS.bio);
const MAX_BIO = 700;
/** Unboxed, a bio is a line or two that opens with it: "Phil Helsel is a reporter for …". */
const MAX_BIO_LINE = 400;
const BIO_OPENS_WITHIN = 50;

/** The box names its author the way the page's byline does, or links to an author page. */
function namesTheAuthor(el: Element, text: string, byline: string | null | undefined): boolean {
  if (el.querySelector('a[rel~="author"]')) return true;
  const name = byline ? normalizeForMatch(byline) : '';
  return name.length >= 3 && text.startsWith(name);
}

/**
 * "Dallas Robinson is a freelance writer living in Minneapolis", "Have a tip? … may be reached
 * at …": at the end of the body, or anywhere in a box classed as the author's bio.
 */
export const authorBio: ChromeRule = (el, ctx) => {
  const s = ctx.stats(el);
  if (s.text === 0 || s.text > MAX_BIO || ctx.atStart(el)) return null;
  const hinted = matchesHint(ctx.classWords(el), BIO_HINT);
  if (!hinted && !ctx.atEnd(el)) return null;
  const text = ctx.matchText(el);
  const at = BIO.indexIn(text);
  if (at >= 0 && (hinted || (s.text <= MAX_BIO_LINE && at <= BIO_OPENS_WITHIN))) {
    return { kind: 'author-bio', reason: "the author's bio or contact line", nodes: [el] };
  }
  if (hinted && namesTheAuthor(el, text, ctx.hints.byline)) {
    return { kind: 'author-bio', reason: "a bio box naming the story's author", nodes: [el] };
  }
  return null;
};

const CREDITS = phraseMatcher(AGENCY_CREDIT_WORDS);
/** "(Reporting by …)", "SOURCE: News agencies" — a label, then names. */
const CREDIT_LEAD = /^[\s([]*/;

/** Wire credits after the story: "(Reporting by A; Editing by B)", "SOURCE: News agencies". */
export const agencyCredits: ChromeRule = (el, ctx) => {
  const s = ctx.stats(el);
  if (s.text === 0 || s.text > 300 || !ctx.atEnd(el) || ctx.atStart(el)) return null;
  const text = ctx.matchText(el).replace(CREDIT_LEAD, '');
  const n = CREDITS.openingLength(text);
  if (!n) return null;
  // "Reporting by A" reads as a credit; a single word ("Sources close to …") needs its colon.
  const colon = /^\s*[:：]/u.test(text.slice(n));
  if (!colon && !text.slice(0, n).trim().includes(' ')) return null;
  return { kind: 'byline-dateline', reason: 'wire credits at the end of the story', nodes: [el] };
};

const DISCLOSURE = phraseMatcher(DISCLOSURE_WORDS);

/** "This post may contain affiliate links": a notice above or below the story. */
export const disclosure: ChromeRule = (el, ctx) => {
  const s = ctx.stats(el);
  if (s.text === 0 || s.text > 300 || !(ctx.atStart(el) || ctx.atEnd(el))) return null;
  if (!DISCLOSURE.mentions(ctx.matchText(el))) return null;
  return { kind: 'advertisement', reason: 'affiliate or sponsorship disclosure', nodes: [el] };
};
