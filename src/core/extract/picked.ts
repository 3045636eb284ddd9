/**
 * "Pick the article" (issue 11, item 1): the block the reader pointed at in the page is the
 * article. Unlike a selection it goes through the page's pipeline after Readability: a private
 * copy of that element (lazy images resolved, captions marked, links made absolute), the chrome
 * stripped (a share bar inside the block goes, each removal recorded for "Show removed"),
 * sanitised, clean text and the page's metadata. Readability does not judge it: the reader's
 * choice wins, whatever its size; only a block with no text gets a "select some text"-style answer.
 */
import type { ExtractOptions, Extraction } from '../article';
import { articleText } from '../text/article-text';
import { measurePage } from './limits';
import { articleMetadata } from '../metadata/metadata';
import { readPageMetadata } from '../metadata/page-metadata';
import { purifierFor, sanitizingWindow } from '../sanitize/sanitize';
import { lazyArticle } from './lazy-article';
import { contentWithRemoved, withHtml } from './removed-parts';
import { guardedStrip } from './truncation-guard';
import { prepareCopy } from './prepare-copy';
import { absolutize, pageTitle } from './selection';
import { sanitizeKeepingRoot } from './extract';

/** The "select some text" answer's counterpart: the picked block is only images or space. */
export const NO_PICKED_TEXT_MESSAGE = 'The picked block has no text: pick another one';

/** The picked block's own heading, else the page's: the block may hold the story's headline. */
function titleFor(block: Element, doc: Document): string {
  const own = block.querySelector('h1, h2')?.textContent ?? '';
  return own.replace(/\s+/g, ' ').trim() || pageTitle(doc);
}

/**
 * The article made of `element` (an element of `doc`, which is only read), or a "select some
 * text"-style answer (NO_PICKED_TEXT_MESSAGE) when the element holds no text, or "too large" past the limits.
 */
export function extractPicked(
  doc: Document,
  element: Element,
  options: ExtractOptions = {},
): Extraction {
  const win = sanitizingWindow(doc, options.purifyWindow);
  purifierFor(win);
  const size = measurePage(element, options.limits);
  if (!size.ok) return { ok: false, reason: 'too-large', message: size.message };
  // A private document of its own: nothing done below reaches the page.
  const work = doc.implementation.createHTMLDocument('');
  const root = work.createElement('div');
  root.append(work.importNode(element, true));
  work.body.append(root);
  prepareCopy(work);
  const page = readPageMetadata(doc, options.url);
  absolutize(root, doc.baseURI || page.url || '');
  const title = titleFor(root, doc);
  const siteName = page.siteName;
  const { removed, parts, fallback } = guardedStrip(
    root,
    { title, siteName, byline: null },
    options.skipRules,
  );
  const text = articleText(root);
  if (text.trim() === '')
    return { ok: false, reason: 'no-article', message: NO_PICKED_TEXT_MESSAGE };
  const meta = articleMetadata({ title }, page, text, title);
  const article = lazyArticle({
    meta,
    text,
    sanitize: () => sanitizeKeepingRoot(root, win),
    withRemoved: () => contentWithRemoved(root, removed, parts, win),
    removed: withHtml(removed, parts, win),
    fallback,
  });
  return { ok: true, article };
}
