/** What "Save as text" and "Copy text" produce. */
import type { Article } from '../article';
import { formatPublished } from '../metadata/dates';

/**
 * The title, "By <byline>", the source URL and the date (each line only when known), one blank
 * line, then the body text; ends with exactly one newline.
 * @example "Title\nBy Jane Doe\nhttps://example.com/story\nOctober 19, 2022\n\nFirst paragraph…\n"
 */
export function articleToText(article: Article): string {
  const date = formatPublished(article.publishedTime, article.lang);
  const header = [
    article.title,
    article.byline ? `By ${article.byline}` : '',
    article.url ?? '',
    date ?? '',
  ].filter(Boolean);
  return `${header.join('\n')}\n\n${article.text.trim()}\n`;
}
