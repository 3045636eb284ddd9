/**
 * The CLI's two DOMs, chosen by measurement on the 88 pages of aeb-dev: linkedom parses pages ~9× faster than jsdom (0.65 s vs 5.7 s) and Readability's
 * text on it matched jsdom's on 87 of 88 pages, so pages are parsed with linkedom. DOMPurify
 * cannot run on linkedom (`isSupported` is false and it returns its input unchanged), so one
 * jsdom window, created once and reused for every page, does the sanitising.
 */
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';
import { wrapLikeABrowser } from './wrap-page';

/**
 * `<![CDATA[` outside SVG and MathML, as a browser reads it: a bogus comment that ends at the
 * first `>`. linkedom's parser reads it to the next `]]>` instead, so one unclosed `<![CDATA[`
 * in a page's body swallows the rest of the page (the article included). Script and style
 * contents and real comments are left as they are; SVG's rare CDATA goes the HTML way too.
 */
const CDATA_OR_SKIPPED = /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>|<!\[CDATA\[([^>]*)>/gi;

export function cdataAsABrowser(html: string): string {
  if (!html.includes('<![CDATA[')) return html;
  return html.replace(CDATA_OR_SKIPPED, (match, tag: string | undefined, inner?: string) =>
    tag !== undefined || inner === undefined ? match : `<!--[CDATA[${inner}-->`,
  );
}

const parse = (html: string) => parseHTML(cdataAsABrowser(html)).document as unknown as Document;

/** Elements a browser's parser would have put in <head> when they come before any content. */
const HEAD_TAGS = new Set(['title', 'meta', 'link', 'base', 'style', 'script', 'noscript']);

/**
 * Moves the head-ish elements at the start of <body> into <head>, where a browser would have
 * parsed them: `<title>` and `<meta>` give the article its title and metadata.
 */
function liftHeadElements(doc: Document): void {
  const { head, body } = doc;
  let node = body.firstChild;
  while (node) {
    const next = node.nextSibling;
    if (node.nodeType === 1) {
      if (!HEAD_TAGS.has((node as Element).localName)) break;
      head.append(node);
    } else if (node.nodeType === 3 && node.textContent?.trim()) break;
    node = next;
  }
}

/**
 * A private, throwaway Document for one page. linkedom roots the tree at the first element it
 * meets, so a body-only fragment (`<p>…</p><p>…</p>`) or a stray `<meta>` above the doctype
 * gives a `<p>` or `<meta>` root and no body; such input is parsed again inside the
 * `<html><head><body>` a browser would have built. Throws RangeError when linkedom cannot
 * parse the page at all (it does on class attributes of over ~125,000 words).
 */
export function parsePage(html: string): Document {
  const doc = parse(html);
  if (doc.documentElement?.localName === 'html' && doc.body) return doc;
  const wrapped = parse(wrapLikeABrowser(html));
  liftHeadElements(wrapped);
  return wrapped;
}

let purifier: Window | undefined;

/**
 * The shared sanitising window; nothing of a page is ever parsed into it as a whole. jsdom
 * takes ~1.3 s to load, so it is required on first use: `--help` or a usage error stay instant.
 */
export function purifyWindow(): Window {
  if (!purifier) {
    const { JSDOM } = createRequire(import.meta.url)('jsdom') as typeof import('jsdom');
    purifier = new JSDOM('<!doctype html><html><head></head><body></body></html>').window;
  }
  return purifier;
}
