/** Turns one page's extraction into the bytes each `--format` prints. */
import { articleToMarkdown, articleToText } from '../core';
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
    record.removed = article.removed.map(({ kind, reason, text }) => ({ kind, reason, text }));
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

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function meta(name: string, value: string | null, attribute = 'name'): string {
  return value ? `\n<meta ${attribute}="${name}" content="${escapeHtml(value)}">` : '';
}

/** A page that stands alone: no scripts, no remote styles, the sanitised body as the core made it. */
export function htmlDocument(article: Article): string {
  const lang = article.lang ? ` lang="${escapeHtml(article.lang)}"` : '';
  const canonical = article.url ? `\n<link rel="canonical" href="${escapeHtml(article.url)}">` : '';
  const byline = article.byline ? `\n<p class="byline">${escapeHtml(article.byline)}</p>` : '';
  return `<!doctype html>
<html${lang} dir="${article.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)}</title>${meta('author', article.byline)}${meta('description', article.excerpt)}${meta('og:site_name', article.siteName, 'property')}${meta('article:published_time', article.publishedTime, 'property')}${canonical}
<style>body{max-width:42em;margin:2em auto;padding:0 1em;font:1.1em/1.6 Georgia,serif}img{max-width:100%;height:auto}</style>
</head>
<body>
<article>
<h1>${escapeHtml(article.title)}</h1>${byline}
${article.html}
</article>
</body>
</html>
`;
}

export function renderArticle(format: Exclude<Format, 'json'>, article: Article): string {
  const out =
    format === 'markdown'
      ? articleToMarkdown(article)
      : format === 'html'
        ? htmlDocument(article)
        : articleToText(article);
  return out.endsWith('\n') ? out : `${out}\n`;
}
