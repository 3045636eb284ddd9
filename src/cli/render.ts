/** Turns one page's extraction into the bytes each `--format` prints. */
import { articleToText, type ExportWords } from '../core';
import { articleToHtml } from '../core/export/html';
import { markdownDocument } from '../core/export/markdown';
import type { Article, Removal } from '../core/article';
import type { Format } from './args';

/** One line of `--format json`; field order is the contract's. */
export interface JsonRecord {
  file: string;
  ok: boolean;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  publishedTime: string | null;
  excerpt: string | null;
  text: string;
  error?: string;
  removed?: Removal[];
}

export function jsonRecord(file: string, article: Article, withRemoved: boolean): JsonRecord {
  const record: JsonRecord = {
    file,
    ok: true,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    lang: article.lang,
    dir: article.dir,
    publishedTime: article.publishedTime,
    excerpt: article.excerpt,
    text: article.text,
  };
  if (withRemoved) {
    record.removed = article.removed.map(({ kind, rule, reason, text }) => ({
      kind,
      rule,
      reason,
      text,
    }));
  }
  return record;
}

/** Same shape as a success, so consumers can read every line the same way. */
export function jsonFailure(file: string, error: string, withRemoved: boolean): JsonRecord {
  const record: JsonRecord = {
    file,
    ok: false,
    title: null,
    byline: null,
    siteName: null,
    lang: null,
    dir: null,
    publishedTime: null,
    excerpt: null,
    text: '',
    error,
  };
  if (withRemoved) record.removed = [];
  return record;
}

export interface RenderOptions {
  words: ExportWords;
  /** When the output is a saved file; Markdown's front matter and HTML's foot then say so. */
  savedAt?: Date;
}

/**
 * Text, Markdown and HTML exactly as the extension saves them: the same core functions, the
 * same front matter and HTML template, Clearpage's words in `words`' language.
 */
export function renderArticle(
  format: Exclude<Format, 'json'>,
  article: Article,
  { words, savedAt }: RenderOptions,
): string {
  const when = savedAt ? { savedAt } : {};
  const out =
    format === 'markdown'
      ? markdownDocument(article, { ...when, words })
      : format === 'html'
        ? articleToHtml(article, { ...when, words })
        : articleToText(article, words);
  return out.endsWith('\n') ? out : `${out}\n`;
}
