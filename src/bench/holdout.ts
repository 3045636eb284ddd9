/**
 * The held-back fifth of wcxb-dev (issue 8, item 1): a site-disjoint fifth chosen by a hash of
 * the host, fixed here so no one picks it. Rules are judged by their effect on these pages, and
 * no rule is written from them. The bench's `--json` output marks each page's `heldBack`.
 */

/** The site of a page: its host name, lower case, without a leading "www.". */
export function siteOf(url: string | null | undefined): string {
  if (!url || !URL.canParse(url)) return '';
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
}

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Held back iff the site's hash is 0 modulo 5: 300 pages of 250 sites in wcxb-dev. */
export function isHeldBack(url: string | null | undefined): boolean {
  return fnv1a32(siteOf(url)) % 5 === 0;
}
