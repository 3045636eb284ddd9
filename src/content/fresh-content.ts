/**
 * The sanitised article as brand-new nodes, before the reader shows it: parsed again from its
 * sanitised markup (inert-markup.ts), for the article and for "show removed" alike.
 *
 * Chromium gives an element the page's inline handler (a main-world listener) as soon as it
 * gets an `on…` attribute — when the core clones the live page, and again when DOMPurify
 * imports the clone into its own document — and removing the attribute from a content
 * script's isolated world does not remove that main-world listener (seen in Chromium 156 on
 * every hostile page with handlers, test/e2e/chromium-hostile-pages). Copies also carry closed
 * clonable shadow roots and customized built-ins that the sanitiser cannot see (issue 12,
 * test/e2e/chromium-isolation). Nodes parsed from the markup have none of these.
 */
import type { Article, Extraction } from '../core/article';
import { parseInert, serializeFragment } from './inert-markup';

/** `extraction` with `content` and `contentWithRemoved` re-parsed from markup on first use. */
export function withFreshContent(extraction: Extraction): Extraction {
  if (!extraction.ok) return extraction;
  const source = extraction.article;
  let fresh: DocumentFragment | undefined;
  let withRemoved: DocumentFragment | null | undefined;
  // Copies the descriptors, not the values: the core's lazy `html` getter stays lazy.
  const article = Object.defineProperties({}, Object.getOwnPropertyDescriptors(source)) as Article;
  Object.defineProperty(article, 'content', {
    enumerable: true,
    get: () => (fresh ??= parseInert(source.html)),
  });
  Object.defineProperty(article, 'contentWithRemoved', {
    enumerable: true,
    get: () => {
      if (withRemoved === undefined) {
        const parts = source.contentWithRemoved;
        withRemoved = parts ? parseInert(serializeFragment(parts)) : null;
      }
      return withRemoved ?? undefined;
    },
  });
  return { ...extraction, article };
}
