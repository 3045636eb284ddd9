/**
 * Chrome that sits in the flow of the story's paragraphs: hover cards inside a sentence, teaser
 * headlines set in capitals between paragraphs, and shortcodes a CMS failed to expand.
 */
import type { ChromeContext, ChromeHit, ChromeRule } from '../chrome-context';
import { CLICK_HERE_WORDS } from '../../phrases/chrome-phrases';
import { phraseMatcher } from '../../phrases/phrase-match';

/** A teaser headline is at least this long; a person's name or "MORE" is shorter. */
const TEASER_MIN = 15;

function isTeaserLink(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  return !!href && !href.startsWith('#') && (a.textContent ?? '').trim().length >= TEASER_MIN;
}

function teaserLinks(el: Element): number {
  let n = 0;
  for (const a of el.querySelectorAll('a[href]')) if (isTeaserLink(a)) n++;
  return n;
}

/**
 * A hover card: an inline element right after a link (a person's name) that holds nothing but
 * links — the name again and a few headlines about them. The sentence keeps the name.
 */
function isHoverCard(el: Element, ctx: ChromeContext): boolean {
  if (el.localName === 'a') return false;
  const s = ctx.stats(el);
  if (s.links < 3 || s.link < s.text * 0.9) return false;
  const prev = el.previousElementSibling;
  if (prev?.localName !== 'a') return false;
  return teaserLinks(el) >= 2;
}

function findCards(el: Element, ctx: ChromeContext, out: Element[]): void {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (ctx.stats(child).links < 3) continue;
    if (isHoverCard(child, ctx)) out.push(child);
    else findCards(child, ctx, out);
  }
}

/** Hover cards inside one paragraph, which must keep a sentence of its own. */
export function hoverCards(p: Element, ctx: ChromeContext): ChromeHit | null {
  const s = ctx.stats(p);
  if (s.links < 4) return null;
  const cards: Element[] = [];
  findCards(p, ctx, cards);
  if (!cards.length) return null;
  const cardText = cards.reduce((n, card) => n + ctx.stats(card).text, 0);
  if (s.text - cardText < 40) return null;
  return { kind: 'hover-card', reason: 'hover card of links inside a sentence', nodes: cards };
}

const UPPER = /\p{Lu}/gu;
const LOWER = /\p{Ll}/u;
const TEASER_BLOCKS = new Set(['p', 'div']);

/**
 * A line that is one link set in capitals, between paragraphs: a headline of another story
 * ("SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'") or an app promo; a sentence is never
 * written in capitals, and the story's own links sit inside sentences.
 */
export const capsTeaser: ChromeRule = (el, ctx) => {
  if (!TEASER_BLOCKS.has(el.localName)) return null;
  const s = ctx.stats(el);
  if (s.text < TEASER_MIN || s.text > 200 || s.links !== 1 || s.link < s.text * 0.95) return null;
  const text = el.textContent ?? '';
  if (LOWER.test(text) || (text.match(UPPER)?.length ?? 0) < 10 || s.spaces < 2) return null;
  // "CLICK FOR FULL RESULTS" points to this story's own material; app promos that say
  // "click here" are clickHerePromo's.
  if (ctx.matchText(el).includes('click')) return null;
  const a = el.querySelector('a[href]');
  if (!a || !isTeaserLink(a)) return null;
  return {
    kind: 'related',
    reason: 'a linked headline in capitals between paragraphs',
    nodes: [el],
  };
};

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
