/**
 * Pages that are not an article — home pages, section fronts, search results — still give
 * Readability *something*: the biggest block of teasers. Two signs say it is not a story:
 * too little text once the chrome is gone, or a body made of teasers (a headline link and a
 * line of summary each) rather than paragraphs that follow one another.
 */

export const NO_ARTICLE_MESSAGE = "Clearpage couldn't find an article on this page";

/** Below this many non-space characters there is nothing to read in a reader. */
const MIN_TEXT_CHARS = 250;
const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, dt, dd, td, article, section, div';

function chars(text: string): number {
  return text.replace(/\s+/g, '').length;
}

export function tooLittleText(text: string): boolean {
  return chars(text) < MIN_TEXT_CHARS;
}

/** A link with headline-length text that makes up most of its block: a teaser. */
function isTeaser(link: Element): boolean {
  const href = link.getAttribute('href') ?? '';
  if (!href || href.startsWith('#')) return false;
  const linkChars = chars(link.textContent ?? '');
  if (linkChars < 15) return false;
  const block = link.parentElement?.closest(BLOCK);
  return !!block && linkChars >= 0.6 * chars(block.textContent ?? '');
}

/** More teaser headlines than paragraphs of prose: a listing, not a story. */
export function looksLikeListing(root: ParentNode): boolean {
  let teasers = 0;
  for (const link of root.querySelectorAll('a[href]')) if (isTeaser(link)) teasers++;
  if (teasers < 5) return false;
  let prose = 0;
  for (const p of root.querySelectorAll('p')) {
    const linkChars = Array.from(p.querySelectorAll('a')).reduce(
      (n, a) => n + chars(a.textContent ?? ''),
      0,
    );
    if (chars(p.textContent ?? '') - linkChars >= 80) prose++;
  }
  return teasers >= 0.75 * prose;
}
