/**
 * "Read the selection": the reader on just the part of the page the reader selected — the way
 * out when the page is not an article or extraction picked the wrong block. The selection is
 * the reader's own choice, so it is neither judged by Readability nor stripped of chrome; it is
 * copied into a private document, its links and images made absolute (it will be shown on
 * another base, or saved), sanitised like any article, and given the page's metadata.
 */
import type { ExtractOptions, Extraction } from '../article';
import { articleText } from '../text/article-text';
import { measurePage } from './limits';
import { articleMetadata } from '../metadata/metadata';
import { readPageMetadata } from '../metadata/page-metadata';
import { purifierFor, sanitizeArticle, sanitizingWindow } from '../sanitize/sanitize';
import { lazyArticle } from './lazy-article';

export const NO_SELECTION_MESSAGE = 'Select some text on the page first, then read the selection';

const URL_ATTRS: readonly [string, string][] = [
  ['a[href]', 'href'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['video[poster]', 'poster'],
];

function absolute(value: string, base: string): string | null {
  try {
    return new URL(value, base).href;
  } catch {
    return null;
  }
}

/** Resolves the copy's URLs against the page's, which the private document does not share. */
export function absolutize(root: Element, base: string): void {
  for (const [selector, attr] of URL_ATTRS) {
    for (const el of root.querySelectorAll(selector)) {
      const url = absolute(el.getAttribute(attr) ?? '', base);
      if (url) el.setAttribute(attr, url);
      else el.removeAttribute(attr);
    }
  }
  for (const el of root.querySelectorAll('[srcset]')) {
    const srcset = (el.getAttribute('srcset') ?? '')
      .split(',')
      .map((candidate) => {
        const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
        const resolved = absolute(url, base);
        return resolved ? [resolved, ...descriptor].join(' ') : '';
      })
      .filter(Boolean);
    el.setAttribute('srcset', srcset.join(', '));
  }
}

/** The page's main heading, else its `<title>`: the selection's own heading may not be in it. */
export function pageTitle(doc: Document): string {
  const heading = doc.querySelector('h1')?.textContent ?? '';
  return (heading.trim() || doc.title || '').replace(/\s+/g, ' ').trim();
}

/**
 * The article made of `selection` (copies of the selected ranges of `doc`), or a "select some
 * text" answer when it holds no text.
 */
export function extractSelection(
  doc: Document,
  selection: DocumentFragment,
  options: ExtractOptions = {},
): Extraction {
  const win = sanitizingWindow(doc, options.purifyWindow);
  purifierFor(win);
  const work = doc.implementation.createHTMLDocument('');
  const root = work.createElement('div');
  root.append(work.importNode(selection, true));
  const size = measurePage(root);
  if (!size.ok) return { ok: false, reason: 'too-large', message: size.message };
  const text = articleText(root);
  if (text.trim() === '') return { ok: false, reason: 'no-article', message: NO_SELECTION_MESSAGE };

  const page = readPageMetadata(doc, options.url);
  absolutize(root, doc.baseURI || page.url || '');
  const title = pageTitle(doc);
  const meta = articleMetadata({ title }, page, text, title);
  const article = lazyArticle({
    meta,
    text,
    sanitize: () => sanitizeArticle(root, win),
    // Nothing is removed from a selection: the same body, as a copy of its own.
    withRemoved: (sanitized) => sanitized.content.cloneNode(true) as DocumentFragment,
    removed: [],
  });
  return { ok: true, article };
}
