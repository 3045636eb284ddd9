/**
 * The article as Markdown: "# Title", a short metadata line, the source, then the body via
 * Turndown. `markdownDocument` adds YAML front matter for a saved file.
 */
import TurndownService from 'turndown';
import type { Article } from './article';
import { formatPublished } from './dates';
import { frontMatter, type FrontMatterOptions } from './export-front-matter';
import { addRules } from './export-markdown-rules';

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
  addRules(service);
  return service;
}

let service: TurndownService | undefined;

/** Links and images made absolute against `base`, so the file works away from the page. */
function absolutize(root: DocumentFragment, base: string | null): void {
  if (!base) return;
  for (const [selector, attr] of [
    ['a[href]', 'href'],
    ['img[src]', 'src'],
  ] as const) {
    for (const el of root.querySelectorAll(selector)) {
      try {
        el.setAttribute(attr, new URL(el.getAttribute(attr) ?? '', base).href);
      } catch {
        // Not a URL even against the base: leave it as the page wrote it.
      }
    }
  }
}

/**
 * The body alone as Markdown, from the sanitised HTML (the reader may have moved or changed the
 * `content` fragment's nodes; `html` is the body as sanitised).
 */
export function bodyToMarkdown(article: Pick<Article, 'content' | 'html' | 'url'>): string {
  service ??= createService();
  const template = article.content.ownerDocument.createElement('template');
  template.innerHTML = article.html;
  absolutize(template.content, article.url);
  return service.turndown(template.content as unknown as TurndownService.Node).trim();
}

/** Page metadata as Markdown text: its markup and Markdown syntax shown, never interpreted. */
function escapeLine(text: string): string {
  service ??= createService();
  return service.escape(text.replace(/\s+/g, ' ').trim());
}

/** An autolink target: characters that would end or break `<…>` are percent-encoded. */
const autolink = (url: string) => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;

/** `# Title`, then "By … · Site · date" and the source link, then the body; ends with "\n". */
export function articleToMarkdown(article: Article): string {
  const date = formatPublished(article.publishedTime, article.lang);
  const facts = [article.byline ? `By ${article.byline}` : '', article.siteName ?? '', date ?? '']
    .filter(Boolean)
    .map(escapeLine)
    .join(' · ');
  const title = escapeLine(article.title) || 'Article';
  const parts = [`# ${title}`];
  if (facts) parts.push(`_${facts}_`);
  if (article.url) parts.push(`Source: ${autolink(article.url)}`);
  parts.push(bodyToMarkdown(article));
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

/** A Markdown file: YAML front matter (title, source, author, dates, site, language), then the article. */
export function markdownDocument(article: Article, options: FrontMatterOptions = {}): string {
  return `${frontMatter(article, options)}\n${articleToMarkdown(article)}`;
}
