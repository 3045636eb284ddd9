/**
 * Pages that are not an article — home pages, section fronts, search results — still give
 * Readability *something*: the biggest block of teasers. Two signs say it is not a story:
 * too little text once the chrome is gone, or a body made of teasers (a linked headline and a
 * line of summary each) rather than paragraphs under a headline.
 */
import { chars, MIN_TEXT_CHARS, PROSE_CHARS } from '../text/chars';

export const NO_ARTICLE_MESSAGE = "Clearpage couldn't find an article on this page";

export function tooLittleText(text: string): boolean {
  return chars(text) < MIN_TEXT_CHARS;
}

/** A page this small (in elements) may be read whole when its text is short. */
export const SMALL_PAGE_ELEMENTS = 400;
const UNSEEN = new Set(['script', 'style', 'noscript', 'template']);

/** Characters of the text a reader sees in `el` (scripts, styles and templates left out). */
export function visibleChars(el: Element | null): number {
  let n = 0;
  for (let node = el?.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) n += chars(node.textContent ?? '');
    else if (node.nodeType === 1 && !UNSEEN.has((node as Element).localName)) {
      n += visibleChars(node as Element);
    }
  }
  return n;
}

/**
 * The short text Readability read is the whole page (at least nine tenths of what the page
 * shows, `pageChars` measured before Readability) and is not a line of links: a small page's
 * only words, not a menu.
 */
export function isWholeShortPage(root: Element, text: string, pageChars: number): boolean {
  const n = chars(text);
  if (n === 0 || n < pageChars * 0.9) return false;
  let links = 0;
  for (const a of root.querySelectorAll('a[href]')) links += chars(a.textContent ?? '');
  return links * 2 < n;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/**
 * A link to another page. One with a fragment goes to a place in a page: a section, or a post's
 * permalink ("Re: …" above each post of a board, `viewtopic?p=12#p12`), not a teaser's story.
 */
function toAnotherPage(a: Element): boolean {
  return !(a.getAttribute('href') ?? '#').includes('#');
}

/** A heading that is a link to another page: the headline of a teaser card or a search hit. */
function isHeadlineLink(heading: Element): boolean {
  let linkChars = 0;
  for (const a of heading.querySelectorAll('a[href]')) {
    if (toAnotherPage(a)) linkChars += chars(a.textContent ?? '');
  }
  const linkAround = heading.parentElement?.closest('a[href]');
  if (linkAround && toAnotherPage(linkAround)) {
    linkChars = chars(heading.textContent ?? '');
  }
  return linkChars >= 15 && linkChars >= 0.6 * chars(heading.textContent ?? '');
}

/**
 * At least five headline links, and no more paragraphs of prose than headlines: a front page
 * or a list of results. A story with linked subheads has several paragraphs under each.
 */
export function looksLikeListing(root: ParentNode): boolean {
  let headlines = 0;
  for (const heading of root.querySelectorAll(HEADINGS)) if (isHeadlineLink(heading)) headlines++;
  if (headlines < 5) return false;
  let prose = 0;
  for (const p of root.querySelectorAll('p')) {
    let linkChars = 0;
    for (const a of p.querySelectorAll('a')) linkChars += chars(a.textContent ?? '');
    if (chars(p.textContent ?? '') - linkChars >= PROSE_CHARS) prose++;
  }
  return headlines >= prose;
}
