/**
 * The Article an extraction returns, built in one place for the page (extract.ts) and the
 * selection (selection.ts). Sanitising is done once, when the HTML is first wanted: the reader
 * wants it at once, while the CLI's text and JSON output never do (in Node it costs a parse in
 * another DOM).
 */
import type { Article, Fallback, Removal } from '../article';
import type { ArticleMetadata } from '../metadata/metadata';
import type { Sanitized } from '../sanitize/sanitize';
import { measureText, readingMinutes, wordCount } from '../text/reading-time';

export interface ArticleParts {
  meta: ArticleMetadata;
  text: string;
  /** Sanitises the body; called at most once. */
  sanitize: () => Sanitized;
  /** The body with the removed blocks back in place; called at most once, after `sanitize`. */
  withRemoved: (sanitized: Sanitized) => DocumentFragment;
  removed: Removal[];
  fallback?: Fallback | undefined;
}

export function lazyArticle(parts: ArticleParts): Article {
  let sanitized: Sanitized | undefined;
  const sanitize = () => (sanitized ??= parts.sanitize());
  let withRemoved: DocumentFragment | undefined;
  const size = measureText(parts.text);
  return {
    ...parts.meta,
    get content() {
      return sanitize().content;
    },
    get html() {
      return sanitize().html;
    },
    get contentWithRemoved() {
      return (withRemoved ??= parts.withRemoved(sanitize()));
    },
    text: parts.text,
    wordCount: wordCount(size),
    readingMinutes: readingMinutes(size),
    removed: parts.removed,
    ...(parts.fallback ? { fallback: parts.fallback } : {}),
  };
}
