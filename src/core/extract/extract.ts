/**
 * Clearpage's extraction pipeline: page → private copy → lazy images and captions fixed →
 * Readability → chrome stripped → clean text and metadata; DOMPurify when the HTML is first
 * read. Pure: no extension API, and the page passed in is only read (every change happens on a
 * clone) unless the caller says it is a copy.
 */
import { Readability } from '@mozilla/readability';
import type { ExtractOptions, Extraction, Fallback } from '../article';
import { articleText } from '../text/article-text';
import { linkEmbeds } from './embeds';
import { articleMetadata, cleanTitle } from '../metadata/metadata';
import {
  measurePage,
  PAGE_LIMITS,
  TOO_LARGE_MESSAGE,
  tooMuchText,
  type PageLimits,
} from './limits';
import {
  isWholeShortPage,
  looksLikeListing,
  NO_ARTICLE_MESSAGE,
  SMALL_PAGE_ELEMENTS,
  tooLittleText,
  visibleChars,
} from './no-article';
import { readPageMetadata } from '../metadata/page-metadata';
import { prepareCopy, type PreparedCopy } from './prepare-copy';
import { dropLabels, protect, restore } from './protect-content';
import { findThread, threadOrArticle, unwrapContentNoscript } from './threads';
import { findPostRun, postRunElement, readOnePost } from './post-shapes';
import { ARTICLE_ELEMENTS, findScope, widenToScope } from './article-scope';
import { BYLINE_REASON } from '../strip/rules/ui';
import {
  purifierFor,
  sanitizeArticle,
  sanitizingWindow,
  type Sanitized,
} from '../sanitize/sanitize';
import { lazyArticle } from './lazy-article';
import { contentWithRemoved, withHtml } from './removed-parts';
import { guardedStrip, paragraphChars, SHORT_ARTICLE, tooShortForPage } from './truncation-guard';
import { chars } from '../text/chars';
import { markStage } from '../timing';
import { markFixes, removeMarked, type MarkedFixes } from '../fixes/apply';

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
function readability(work: Document, win: Window, charThreshold?: number) {
  if (!work.body) return null;
  try {
    const found = Array.from(work.querySelectorAll(ARTICLE_ELEMENTS));
    const scope = findScope(work, found);
    const protection = protect(work, found);
    const parsed = new Readability<Element>(work, {
      keepClasses: true, // the chrome stripper reads class words; the sanitiser drops them after
      serializer: (el) => el as Element,
      ...(charThreshold ? { charThreshold } : {}),
    }).parse();
    if (!parsed?.content) return parsed;
    restore(unwrapPage(parsed.content), protection);
    const widened = widenToScope(unwrapPage(parsed.content), scope, win);
    return widened ? { ...parsed, content: widened, widened: true } : parsed;
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

function headingText(h1: Element | null, doc: Document): string {
  return (h1?.textContent ?? doc.title ?? '').replace(/\s+/g, ' ').trim();
}

/** Measures and prepares the private copy: one walk when `doc` is already private. */
interface CopyToRead {
  work: Document;
  prepared: PreparedCopy | null;
  tooLarge: string | undefined;
}

function copyToRead(doc: Document, isPrivate: boolean, limits: PageLimits): CopyToRead {
  // A page of a few elements can still hold megabytes of text (checked first: it is one read).
  if (tooMuchText(doc, limits)) return { work: doc, prepared: null, tooLarge: TOO_LARGE_MESSAGE };
  if (isPrivate) {
    const prepared = prepareCopy(doc, limits);
    return { work: doc, prepared, tooLarge: prepared.tooLarge };
  }
  // Before any copy is made: a huge or absurdly deep page gets a plain answer, not a frozen tab
  // or a stack overflow in a recursive step.
  const size = measurePage(doc.documentElement, limits);
  if (!size.ok) return { work: doc, prepared: null, tooLarge: size.message };
  const work = doc.cloneNode(true) as Document;
  return { work, prepared: prepareCopy(work), tooLarge: undefined };
}

/**
 * Readability's article, read again with its flags relaxed when it is a small part of the
 * page's paragraphs (truncation guard, step 2). `pristine` is the unread page when there is
 * one; a private copy has been read already, and what Readability left of it is used instead.
 */
function readArticle(work: Document, pristine: Document | null, win: Window) {
  unwrapContentNoscript(work);
  const thread = findThread(work);
  // Without microdata, posts built alike (post-shapes.ts); copied before Readability moves them.
  const run = thread ? null : findPostRun(work);
  const posts = run && postRunElement(work, run);
  const read = threadOrArticle(thread, readGuarded(work, pristine, win));
  if (!run || !posts || !read || !readOnePost(run, read.root)) {
    return read && { ...read, thread: !!thread && read.root === thread.root };
  }
  return { parsed: { ...read.parsed, content: posts }, root: posts, thread: true };
}

function readGuarded(work: Document, pristine: Document | null, win: Window) {
  const parsed = readability(work, win);
  const root = parsed?.content && unwrapPage(parsed.content);
  if (!parsed || !root) return null;
  if ('widened' in parsed) {
    const fallback: Fallback = {
      step: 'article-scope',
      reason: "Readability kept a small part of the page's article element",
    };
    return { parsed, root, fallback };
  }
  const articleChars = chars(root.textContent);
  if (articleChars >= SHORT_ARTICLE) return { parsed, root };
  const pageChars = pristine ? paragraphChars(pristine) : paragraphChars(work) + articleChars;
  const reason = tooShortForPage(articleChars, pageChars);
  if (!reason) return { parsed, root };
  const again = pristine ? (pristine.cloneNode(true) as Document) : work;
  if (pristine) prepareCopy(again);
  const relaxed = readability(again, win, Math.round(pageChars / 2));
  const relaxedRoot = relaxed?.content && unwrapPage(relaxed.content);
  if (!relaxed || !relaxedRoot || chars(relaxedRoot.textContent) < 2 * articleChars) {
    return { parsed, root };
  }
  const fallback: Fallback = { step: 'relaxed-readability', reason };
  return {
    parsed: { ...relaxed, title: parsed.title || relaxed.title },
    root: relaxedRoot,
    fallback,
  };
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
  const { work, prepared, tooLarge } = copyToRead(
    doc,
    !!options.isPrivateCopy,
    options.limits ?? PAGE_LIMITS,
  );
  if (tooLarge || !prepared) return { ok: false, reason: 'too-large', message: tooLarge ?? '' };
  markStage('copy');
  const page = readPageMetadata(doc, options.url);
  const fallbackTitle = headingText(prepared.firstH1, doc);
  ensureBase(work, options.url);
  // Before Readability moves the article out of the copy: what a small page shows, in all.
  const smallPageChars =
    options.wholeShortPage && prepared.elements <= SMALL_PAGE_ELEMENTS
      ? visibleChars(work.body)
      : undefined;

  // On the copy, before Readability moves things: the site's fixes find their elements by where
  // they are in the page. Nothing at all when there are none (the reader's usual click).
  const fixes: MarkedFixes | null = options.fixes?.length ? markFixes(work, options.fixes) : null;
  const read = readArticle(work, options.isPrivateCopy ? null : doc, win);
  markStage('readability');
  if (!read) return NO_ARTICLE;
  const { parsed, root } = read;
  const siteName = parsed.siteName ?? page.siteName;
  const stripped = guardedStrip(
    root,
    {
      title: cleanTitle(parsed.title || fallbackTitle, siteName, page.url, fallbackTitle),
      byline: parsed.byline,
      siteName,
      thread: read.thread,
    },
    options.skipRules,
    fixes?.keepSelector,
  );
  const { removed, parts } = stripped;
  removeMarked(root, fixes?.removeSelector ?? null, removed, parts);
  dropLabels(root);
  // After stripping, so the chrome rules see the page's own markup (an ad frame goes as an ad).
  linkEmbeds(root);
  const fallback = read.fallback ?? stripped.fallback;
  markStage('strip');
  if (looksLikeListing(root)) return NO_ARTICLE;
  // Text comes from the stripped article itself: Readability has already removed scripts,
  // forms and frames, and the builder skips what the sanitiser would drop.
  const text = articleText(root);
  if (tooLittleText(text)) {
    if (smallPageChars === undefined || !isWholeShortPage(root, text, smallPageChars)) {
      return NO_ARTICLE;
    }
  }

  // A page whose byline is only in the body ("Von Jonas Becker") still gets one.
  const bodyByline = removed.find((r) => r.reason === BYLINE_REASON)?.text;
  const meta = articleMetadata(
    { ...parsed, byline: parsed.byline || bodyByline },
    page,
    text,
    fallbackTitle,
  );
  const article = lazyArticle({
    meta,
    text,
    sanitize: () => sanitizeKeepingRoot(root, win),
    // After the sanitiser's own pass, so `root` is back in place.
    withRemoved: () => contentWithRemoved(root, removed, parts, win),
    removed: withHtml(removed, parts, win),
    fallback,
  });
  if (fixes) article.fixes = fixes.report;
  markStage('text');
  return { ok: true, article };
}

/**
 * Sanitises `root`'s children and puts them back: `sanitizeArticle` moves them into a fragment
 * that DOMPurify copies, and "show removed parts" needs the stripped article later. Moving the
 * top-level nodes back costs nothing like a copy.
 */
export function sanitizeKeepingRoot(root: Element, win: Window): Sanitized {
  const first = root.firstChild;
  const result = sanitizeArticle(root, win);
  const holder = first?.parentNode;
  if (holder && holder !== root) while (holder.firstChild) root.appendChild(holder.firstChild);
  return result;
}
