/**
 * Other stories presented after this one: a grid of teaser cards (a linked headline and a line
 * of summary each), a closing paragraph that is nothing but a link, and the box a "Related"
 * rail leaves behind when its links were scripted in.
 */
import type { ChromeRule } from '../chrome-context';
import { RELATED_LABELS, TRENDING_LABELS } from '../../phrases/chrome-phrases';
import { phraseMatcher } from '../../phrases/phrase-match';

const CARD_CONTAINERS = new Set(['div', 'section', 'aside', 'ul', 'ol', 'footer']);
/** A card's summary is a line or two; more than this under each headline is an article. */
const MAX_SUMMARY = 320;

/** Three or more linked headlines with short summaries, reaching the end of the body. */
export const teaserCards: ChromeRule = (el, ctx) => {
  if (!CARD_CONTAINERS.has(el.localName) || !ctx.atEnd(el) || ctx.atStart(el)) return null;
  const s = ctx.stats(el);
  if (s.headlines < 3 || (s.text - s.link) / s.headlines > MAX_SUMMARY) return null;
  const reason = `${s.headlines} teaser cards after the story`;
  return { kind: 'related', reason, nodes: [el] };
};

/** After the last sentence, a paragraph that is one long link: a teaser or a promo. */
export const closingLink: ChromeRule = (el, ctx) => {
  if (el.localName !== 'p' || !ctx.atEnd(el) || ctx.atStart(el)) return null;
  const s = ctx.stats(el);
  if (s.text < 60 || s.links === 0 || s.links > 2 || s.link < s.text * 0.95) return null;
  return { kind: 'related', reason: 'a closing paragraph that is only a link', nodes: [el] };
};

const RAIL_LABEL = phraseMatcher(RELATED_LABELS, TRENDING_LABELS);
const BOXES = new Set(['div', 'section', 'aside']);

/** `<div><h2>Related news</h2></div>`: a box holding only a rail's label. */
export const emptyRail: ChromeRule = (el, ctx) => {
  if (!BOXES.has(el.localName)) return null;
  const s = ctx.stats(el);
  if (s.text === 0 || s.text > 40 || s.link > 0) return null;
  if (!RAIL_LABEL.isLabel(ctx.matchText(el))) return null;
  return { kind: 'related', reason: 'a related/trending box with only its label', nodes: [el] };
};
