/** Clearpage's core: a Document in, a clean article out. No extension API in here. */
export type { Article, ChromeKind, ExtractOptions, Extraction, Fallback, Removal } from './article';
export { extractArticle } from './extract';
export { stripChrome, type ChromeHints } from './strip-chrome';
export { articleText } from './article-text';
export { articleToText } from './export-text';
export { articleToMarkdown, bodyToMarkdown } from './export-markdown';
export { articleFilename, filenameStem, MAX_FILENAME_BYTES, type SaveFormat } from './filename';
export { formatPublished, formatReadingTime, toIsoDate } from './dates';
export { readingMinutes, wordCount } from './reading-time';
export { NO_ARTICLE_MESSAGE } from './no-article';
