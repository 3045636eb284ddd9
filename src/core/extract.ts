/**
 * Clearpage's extraction pipeline: page → private copy → lazy images and captions fixed →
 * Readability → chrome stripped → clean text and metadata; DOMPurify when the HTML is first
 * read. Pure: no extension API, and the page passed in is only read (every change happens on a
 * clone) unless the caller says it is a copy.
 */
import { Readability } from '@mozilla/readability';
import type { Article, ExtractOptions, Extraction } from './article';
import { articleText } from './article-text';
import { articleMetadata } from './metadata';
import { measurePage } from './limits';
import { NO_ARTICLE_MESSAGE, looksLikeListing, tooLittleText } from './no-article';
import { readPageMetadata } from './page-metadata';
import { prepareCopy } from './prepare-copy';
import { measureText, readingMinutes, wordCount } from './reading-time';
import { BYLINE_REASON } from './chrome-rules-ui';
import { purifierFor, sanitizeArticle, sanitizingWindow, type Sanitized } from './sanitize';
import { stripChrome } from './strip-chrome';

const NO_ARTICLE: Extraction = { ok: false, reason: 'no-article', message: NO_ARTICLE_MESSAGE };

/** Readability resolves relative links against `baseURI`; a parsed string may not have one. */
function ensureBase(doc: Document, url: string | undefined): void {
  if (!url || /^https?:/.test(doc.baseURI ?? '') || doc.querySelector('base[href]')) return;
  const base = doc.createElement('base');
  base.setAttribute('href', url);
  (doc.head ?? doc.documentElement)?.prepend(base);
}

/**
 * Readability's reading of the copy, or null. It throws on documents that are not HTML pages
 * (an SVG or XML file open in a tab); for the reader those simply have no article.
 */
function readability(work: Document) {
  if (!work.body) return null;
  try {
    return new Readability<Element>(work, {
      keepClasses: true, // the chrome stripper reads class words; the sanitiser drops them after
      serializer: (el) => el as Element,
    }).parse();
  } catch {
    return null;
  }
}

/** Readability wraps its result in `<div id="readability-page-1">`; the reader needs no such id. */
function unwrapPage(content: Element): Element {
  const page = content.firstElementChild;
  return page && page.id === 'readability-page-1' && content.childElementCount === 1
    ? page
    : content;
}

/** The page's main heading (read before Readability removes it), else its `<title>`. */
function firstHeading(doc: Document): string {
  return (doc.querySelector('h1')?.textContent ?? doc.title ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Extracts the article of `doc`. Returns `{ ok: false }` with a message for pages that are not
 * an article (home pages, search results, too little text); throws only when it cannot
 * sanitise (no usable window — see `ExtractOptions.purifyWindow`).
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Extraction {
  const win = sanitizingWindow(doc, options.purifyWindow);
  purifierFor(win); // fail now, not when the HTML is first read, if this window cannot sanitise
  // Not an HTML page: an SVG or XML file in a tab, or text that linkedom gave no <html> root
  // (where even `doc.head` throws). Browsers always build one for HTML.
  if (doc.documentElement?.localName !== 'html') return NO_ARTICLE;
  // Before any copy is made: a huge or absurdly deep page gets a plain answer, not a frozen tab
  // or a stack overflow in a recursive step.
  const pageSize = measurePage(doc.documentElement);
  if (!pageSize.ok) return { ok: false, reason: 'too-large', message: pageSize.message };
  const page = readPageMetadata(doc, options.url);
  const fallbackTitle = firstHeading(doc);
  const work = options.isPrivateCopy ? doc : (doc.cloneNode(true) as Document);
  ensureBase(work, options.url);
  prepareCopy(work);

  const parsed = readability(work);
  const root = parsed?.content && unwrapPage(parsed.content);
  if (!parsed || !root) return NO_ARTICLE;

  const removed = stripChrome(root, {
    title: parsed.title,
    byline: parsed.byline,
    siteName: parsed.siteName ?? page.siteName,
  });
  if (looksLikeListing(root)) return NO_ARTICLE;
  // Text comes from the stripped article itself: Readability has already removed scripts,
  // forms and frames, and the builder skips what the sanitiser would drop.
  const text = articleText(root);
  if (tooLittleText(text)) return NO_ARTICLE;

  // Sanitising is done once, when the HTML is first wanted: the reader wants it at once, while
  // the CLI's text and JSON output never do (in Node it costs a parse in another DOM).
  let sanitized: Sanitized | undefined;
  const sanitize = () => (sanitized ??= sanitizeArticle(root, win));
  // A page whose byline is only in the body ("Von Jonas Becker") still gets one.
  const bodyByline = removed.find((r) => r.reason === BYLINE_REASON)?.text;
  const meta = articleMetadata(
    { ...parsed, byline: parsed.byline || bodyByline },
    page,
    text,
    fallbackTitle,
  );
  const size = measureText(text);
  const article: Article = {
    ...meta,
    get content() {
      return sanitize().content;
    },
    get html() {
      return sanitize().html;
    },
    text,
    wordCount: wordCount(size),
    readingMinutes: readingMinutes(size),
    removed,
  };
  return { ok: true, article };
}
