/** Clearpage's core: a Document in, a clean article out. No extension API in here. */
export type { Article, ChromeKind, ExtractOptions, Extraction, Fallback, Removal } from './article';
export { extractArticle } from './extract/extract';
export { stripChrome, type ChromeHints } from './strip/strip-chrome';
export { RULE_IDS } from './strip/registry';
export { articleText } from './text/article-text';
export { articleToText } from './export/text';
export { articleToMarkdown, bodyToMarkdown } from './export/markdown';
export { ENGLISH_WORDS, wordsFromMessages, type ExportWords } from './export/words';
export {
  articleFilename,
  filenameStem,
  MAX_FILENAME_BYTES,
  type SaveFormat,
} from './export/filename';
export { formatPublished, toIsoDate } from './metadata/dates';
export { readingMinutes, wordCount } from './text/reading-time';
export { NO_ARTICLE_MESSAGE } from './extract/no-article';
