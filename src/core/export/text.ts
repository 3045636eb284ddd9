/** What "Save as text" and "Copy text" produce. */
import type { Article } from '../article';
import { ENGLISH_WORDS, fill, publishedIn, type ExportWords } from './words';

/**
 * The title, "By <byline>", the source URL and the date (each line only when known), one blank
 * line, then the body text; ends with exactly one newline. "By" and the date are in the UI's
 * language (`words`); the title, byline and body are the article's.
 * @example "Title\nBy Jane Doe\nhttps://example.com/story\nOctober 19, 2022\n\nFirst paragraph…\n"
 */
export function articleToText(article: Article, words: ExportWords = ENGLISH_WORDS): string {
  const date = publishedIn(words, article.publishedTime);
  const header = [
    article.title,
    article.byline ? fill(words.byline, article.byline) : '',
    article.url ?? '',
    date ?? '',
  ].filter(Boolean);
  return `${header.join('\n')}\n\n${article.text.trim()}\n`;
}
