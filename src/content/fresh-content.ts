/**
 * The sanitised article as brand-new nodes, before the reader shows it.
 *
 * Chromium gives an element the page's inline handler (a main-world listener) as soon as it
 * gets an `on…` attribute — when the core clones the live page, and again when DOMPurify
 * imports the clone into its own document — and removing the attribute from a content
 * script's isolated world does not remove that main-world listener. So DOMPurify's output,
 * attribute-clean, could still run the page's `onerror`, `ontoggle`, `onmouseover`… once shown:
 * seen in Chromium 156 on every hostile page with handlers (test/e2e/chromium-hostile-pages).
 * A copy made after sanitising has only the clean attributes and so no listener at all;
 * listeners are never copied.
 */
import type { Article, Extraction } from '../core/article';

/** `extraction` with `article.content` replaced by a fresh deep copy, made on first use. */
export function withFreshContent(extraction: Extraction): Extraction {
  if (!extraction.ok) return extraction;
  const source = extraction.article;
  let fresh: DocumentFragment | undefined;
  // Copies the descriptors, not the values: the core's lazy `html` getter stays lazy.
  const article = Object.defineProperties({}, Object.getOwnPropertyDescriptors(source)) as Article;
  Object.defineProperty(article, 'content', {
    enumerable: true,
    get: () => (fresh ??= document.importNode(source.content, true)),
  });
  return { ...extraction, article };
}
