/**
 * The page's own article element, when Readability kept only a part of it.
 *
 * Readability picks the best-scoring container and adds siblings that score well; a guide, a
 * recipe or a list article spread over sections of headings, lists and tables (each a sibling
 * with few commas) loses all but one section. When the page marks where its article is — one
 * `<article>`, or one `<main>` — and that element holds much more
 * prose than Readability returned, and little of it is links, the article is that element.
 * Chrome inside it is the chrome stripper's job, as in Readability's own output.
 */
import { chars } from '../text/chars';

/**
 * Where the page says its article is: `<article>`, then `<main>`. (Tag names only: attribute
 * selectors over the whole page cost as much as a tenth of Readability's time in linkedom.)
 */
export const ARTICLE_ELEMENTS = 'article, main';
/** Readability's result must be this much smaller than the scope … */
const WIDEN_RATIO = 2.5;
/** … and the scope this long and mostly not links. */
const MIN_SCOPE_CHARS = 1500;
const MAX_LINK_DENSITY = 0.3;
/** What Readability would never show, removed from the copy of the scope. */
const NEVER_TAGS = new Set(
  'script style noscript template form button input select textarea iframe nav dialog aside footer'.split(
    ' ',
  ),
);

/**
 * Parts of an article element that are not the article, by their class or id words: comments
 * and trackbacks, rails, share and sign-up boxes (Readability's own filters would drop them).
 */
const NOT_ARTICLE =
  /(?:^|[\s_-])(?:comments?|commentlist|comment-list|respond|replies|trackbacks?|pingbacks?|disqus|sidebar|related|recommended|share|sharing|social|newsletter|signup|subscribe|advert|ads?|promo|author-bio|breadcrumbs?)(?:$|[\s_-])/i;

function notArticle(el: Element): boolean {
  const words = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return words.length > 1 && NOT_ARTICLE.test(words);
}

/** Left out of the widened article: never shown, hidden, or chrome by its class or id. */
function leftOut(el: Element): boolean {
  return (
    NEVER_TAGS.has(el.localName) ||
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    notArticle(el)
  );
}

/** Characters of what widening would keep of `el`, and how many of them are link text. */
function measureKept(el: Element, inLink: boolean, size: { text: number; link: number }): void {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      const c = chars(n.textContent);
      size.text += c;
      if (inLink) size.link += c;
    } else if (n.nodeType === 1 && !leftOut(n as Element)) {
      measureKept(n as Element, inLink || (n as Element).localName === 'a', size);
    }
  }
}

/**
 * The page's article element as markup, taken before Readability runs (serialising is cheaper
 * than a deep copy, and it is parsed again only on the few pages that need it), and its size.
 */
export interface Scope {
  html: string;
  chars: number;
  /** Characters of what widening keeps (NEVER_TAGS, hidden and chrome classes left out). */
  kept: number;
  /** The document it came from: links resolve against its address. */
  base: string;
}

/** Which kind of article element `el` is, most specific first. */
function kindOf(el: Element): number {
  return el.localName === 'article' ? 0 : 1;
}

/**
 * The page's one article element with enough text, as markup; null when there is none.
 * `found` is every element matching ARTICLE_ELEMENTS (protect-content.ts queries them too).
 */
export function findScope(doc: Document, found: readonly Element[]): Scope | null {
  const byKind: Element[][] = [[], []];
  for (const el of found) byKind[kindOf(el)]?.push(el);
  const el = byKind.find((list) => list.length === 1)?.[0];
  if (!el) return null;
  const n = chars(el.textContent);
  if (n < MIN_SCOPE_CHARS) return null;
  // Measured before it is serialised: most article elements could never be widened to.
  const size = { text: 0, link: 0 };
  measureKept(el, false, size);
  if (size.link > size.text * MAX_LINK_DENSITY) return null;
  return { html: el.outerHTML, chars: n, kept: size.text, base: doc.baseURI };
}

/** Resolves links and images against the page, as Readability does for what it returns. */
function absolute(root: Element, base: string): void {
  const fix = (el: Element, name: string) => {
    const value = el.getAttribute(name);
    if (!value || value.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(value)) return;
    try {
      el.setAttribute(name, new URL(value, base).href);
    } catch {
      el.removeAttribute(name);
    }
  };
  for (const a of root.querySelectorAll('a[href]')) fix(a, 'href');
  for (const img of root.querySelectorAll('img[src]')) fix(img, 'src');
}

/**
 * Parses the scope's markup in an inert document of its own (DOMParser: no scripts, no loads —
 * not innerHTML, which AMO's linter flags), as lazy-images.ts does for `<noscript>`.
 */
function parseScope(win: Window, html: string): Element | null {
  const Parser = (win as Window & typeof globalThis).DOMParser ?? globalThis.DOMParser;
  if (!Parser) return null;
  // A whole document: linkedom's parser gives a bare fragment no <body>.
  const page = `<!doctype html><html><head></head><body>${html}</body></html>`;
  return new Parser().parseFromString(page, 'text/html').body?.firstElementChild ?? null;
}

/**
 * The scope, cleaned, in place of Readability's `root` when Readability kept a small part of it
 * (and what it kept is inside it); otherwise null. `win` is the sanitising window, whose
 * DOMParser parses the scope (a copied document has no window of its own).
 */
export function widenToScope(root: Element, scope: Scope | null, win: Window): Element | null {
  if (!scope) return null;
  const kept = chars(root.textContent);
  if (kept * WIDEN_RATIO > scope.chars || scope.kept * 0.9 < kept * WIDEN_RATIO) return null;
  const copy = parseScope(win, scope.html);
  if (!copy) return null;
  for (const el of Array.from(copy.querySelectorAll('*'))) {
    if (el.isConnected && leftOut(el)) el.remove();
  }
  // The measure taken before Readability ran only rules out; the copy decides.
  const size = { text: 0, link: 0 };
  measureKept(copy, false, size);
  if (size.text * 0.9 < kept * WIDEN_RATIO || size.link > size.text * MAX_LINK_DENSITY) return null;
  // What Readability kept must be part of the scope, not a block elsewhere on the page.
  const probe = (root.querySelector('p')?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  if (probe && !(copy.textContent ?? '').replace(/\s+/g, ' ').includes(probe)) return null;
  absolute(copy, scope.base);
  const page = copy.ownerDocument.createElement('div');
  while (copy.firstChild) page.appendChild(copy.firstChild);
  return page;
}
