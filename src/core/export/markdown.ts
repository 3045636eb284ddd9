/**
 * The article as Markdown: "# Title", a short metadata line, the source, then the body via
 * Turndown. `markdownDocument` adds YAML front matter for a saved file.
 */
import TurndownService from 'turndown';
import type { Article } from '../article';
import { ENGLISH_WORDS, fill, publishedIn, type ExportWords } from './words';
import { frontMatter, type FrontMatterOptions } from './front-matter';
import { addRules } from './markdown-rules';

function createService(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '_',
    hr: '---',
  });
  service.remove(['script', 'style', 'noscript', 'template']);
  // Text that reads like a tag ("<img onerror=…>" shown in an article) would be live HTML to a
  // Markdown renderer; Turndown escapes Markdown syntax but not "<". An entity is read as a
  // literal "<" by every Markdown flavour.
  const escapeMarkdown = service.escape.bind(service);
  service.escape = (text: string) => escapeMarkdown(text).replace(/<(?=[a-z/!?])/gi, '&lt;');
  addRules(service, () => base);
  return service;
}

let service: TurndownService | undefined;
/** The URL links and images are resolved against, for the conversion under way. */
let base: string | null = null;

/** The body alone as Markdown, from the sanitised HTML (the reader moves `content`'s nodes). */
export function bodyToMarkdown(article: Pick<Article, 'html' | 'url'>): string {
  service ??= createService();
  base = article.url;
  try {
    return service.turndown(article.html).trim();
  } finally {
    base = null;
  }
}

/** Page metadata as Markdown text: its markup and Markdown syntax shown, never interpreted. */
function escapeLine(text: string): string {
  service ??= createService();
  return service.escape(text.replace(/\s+/g, ' ').trim());
}

/** An autolink target: characters that would end or break `<…>` are percent-encoded. */
const autolink = (url: string) => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;

/**
 * `# Title`, then "By … · Site · date" and the source link, then the body; ends with "\n".
 * "By", "Source:" and the date are in the UI's language (`words`).
 */
export function articleToMarkdown(article: Article, words: ExportWords = ENGLISH_WORDS): string {
  const date = publishedIn(words, article.publishedTime);
  const byline = article.byline ? fill(words.byline, article.byline) : '';
  const facts = [byline, article.siteName ?? '', date ?? '']
    .filter(Boolean)
    .map(escapeLine)
    .join(' · ');
  const title = escapeLine(article.title) || 'Article';
  const parts = [`# ${title}`];
  if (facts) parts.push(`_${facts}_`);
  if (article.url) parts.push(`${escapeLine(words.source)} ${autolink(article.url)}`);
  parts.push(bodyToMarkdown(article));
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

/** A Markdown file: YAML front matter (title, source, author, dates, site, language), then the article. */
export function markdownDocument(
  article: Article,
  options: FrontMatterOptions & { words?: ExportWords } = {},
): string {
  return `${frontMatter(article, options)}\n${articleToMarkdown(article, options.words)}`;
}
