/**
 * Captions and photo credits that are not in a `<figcaption>`: the text beside an image inside
 * a `<figure>`, and a short line right after an image that is set in italics or names a photo
 * credit ("(AP Photo/Alan Diaz, File)"). They stay in the reader, marked as captions (ChromeKind
 * 'caption', never removed), and the text builder leaves them out.
 */
import type { ChromeContext, ChromeRule } from '../chrome-context';
import { CREDIT_WORDS } from '../../phrases/chrome-phrases';
import { phraseMatcher } from '../../phrases/phrase-match';

const MEDIA = 'img, picture, video, svg';
const NOT_CAPTIONS = 'blockquote, pre, table, ul, ol, p + p';
const MAX_CAPTION = 300;

/** The largest descendants that hold text and no media. */
function textHolders(el: Element, ctx: ChromeContext, out: Element[]): void {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (ctx.stats(child).text === 0 || child.localName === 'figcaption') continue;
    if (child.querySelector(MEDIA)) textHolders(child, ctx, out);
    else out.push(child);
  }
}

/** Text inside a figure beside its image: a caption or credit by where it is. */
export const figureText: ChromeRule = (el, ctx) => {
  if (el.localName !== 'figure') return null;
  const s = ctx.stats(el);
  if (s.text === 0 || s.text > MAX_CAPTION || !el.querySelector(MEDIA)) return null;
  if (el.querySelector(NOT_CAPTIONS)) return null;
  const nodes: Element[] = [];
  textHolders(el, ctx, nodes);
  return nodes.length ? { kind: 'caption', reason: 'text beside a figure image', nodes } : null;
};

const CREDIT = phraseMatcher(CREDIT_WORDS);
const EMPHASIS = new Set(['em', 'i', 'small']);
const LINES = new Set(['p', 'div', 'span']);

/** An element that shows an image and no text. */
function imageOnly(el: Element | null, ctx: ChromeContext): boolean {
  if (!el || ctx.stats(el).text > 0) return false;
  return el.localName === 'img' || el.localName === 'picture' || !!el.querySelector(MEDIA);
}

/** All the text sits in one `<em>`/`<i>`/`<small>`. */
function emphasised(el: Element, ctx: ChromeContext): boolean {
  const only = el.firstElementChild;
  if (!only || only !== el.lastElementChild || !EMPHASIS.has(only.localName)) return false;
  return ctx.stats(only).text === ctx.stats(el).text;
}

/** A short line under an image, in italics or naming a photo credit. */
export const imageCaption: ChromeRule = (el, ctx) => {
  if (!LINES.has(el.localName)) return null;
  const s = ctx.stats(el);
  if (s.text === 0 || s.text > MAX_CAPTION / 2 || s.link > 0) return null;
  if (!imageOnly(el.previousElementSibling, ctx)) return null;
  if (!emphasised(el, ctx) && !CREDIT.mentions(ctx.matchText(el))) return null;
  return { kind: 'caption', reason: 'a caption line under an image', nodes: [el] };
};
