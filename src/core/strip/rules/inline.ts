/**
 * Chrome that sits in the flow of the story's paragraphs: a "click here" promo line, and
 * shortcodes a CMS failed to expand.
 */
import type { ChromeRule } from '../chrome-context';
import { CLICK_HERE_WORDS } from '../../phrases/chrome-phrases';
import { phraseMatcher } from '../../phrases/phrase-match';

const TEASER_BLOCKS = new Set(['p', 'div']);

const CLICK_HERE = phraseMatcher(CLICK_HERE_WORDS);

/** "Click here to get the app": a short line whose link asks for a click, about something else. */
export const clickHerePromo: ChromeRule = (el, ctx) => {
  if (!TEASER_BLOCKS.has(el.localName)) return null;
  const s = ctx.stats(el);
  if (s.text === 0 || s.text > 200 || s.links === 0 || s.links > 2) return null;
  let asks = false;
  for (const a of el.querySelectorAll('a[href]')) {
    if (CLICK_HERE.mentions(ctx.matchText(a))) asks = true;
  }
  if (!asks || !(ctx.atEnd(el) || s.link >= s.text * 0.95)) return null;
  return { kind: 'other', reason: 'a "click here" promo line', nodes: [el] };
};

/** `[button link="…"]Send us your review[/button]`: WordPress shortcodes left as text. */
const SHORTCODE = /^\s*\[([a-z][\w-]*)(?:\s+[\w-]+\s*=[^\]]*)*\][^[]{0,120}\[\/\1\]\s*$/i;
const SHORTCODE_ALONE = /^\s*\[\/?[a-z][\w-]*(?:\s+[\w-]+\s*=[^\]]*)+\]\s*$/i;

export const shortcode: ChromeRule = (el, ctx) => {
  const s = ctx.stats(el);
  if (s.text === 0 || s.text > 300 || !TEASER_BLOCKS.has(el.localName)) return null;
  const text = el.textContent ?? '';
  if (!text.includes('[') || !(SHORTCODE.test(text) || SHORTCODE_ALONE.test(text))) return null;
  return { kind: 'other', reason: 'a shortcode the site left unexpanded', nodes: [el] };
};
