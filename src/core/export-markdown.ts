/** The article as Markdown: "# Title", a short metadata block, then the body via Turndown. */
import TurndownService from 'turndown';
import type { Article } from './article';
import { formatPublished } from './dates';

const LAYOUT_INSIDE = 'p, div, h1, h2, h3, h4, h5, h6, ul, ol, table, blockquote, pre';

function cellText(cell: Element): string {
  return (cell.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

/** A data table as a pipe table; the first row is the header, short rows are padded. */
function tableMarkdown(table: Element): string {
  const rows = Array.from(table.querySelectorAll('tr'))
    .filter((row) => row.closest('table') === table)
    .map((row) =>
      Array.from(row.children)
        .filter((c) => c.localName === 'td' || c.localName === 'th')
        .map(cellText),
    )
    .filter((cells) => cells.some(Boolean));
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (!width) return '';
  const line = (cells: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const [head = [], ...body] = rows;
  const rule = `| ${Array.from({ length: width }, () => '---').join(' | ')} |`;
  return [line(head), rule, ...body.map(line)].join('\n');
}

/** Turndown's list items with a single space after the marker ("- item", "2. item"). */
function listItem(content: string, node: TurndownService.Node, marker: string): string {
  const parent = node.parentNode as Element;
  let prefix = `${marker} `;
  if (parent.nodeName === 'OL') {
    const start = Number(parent.getAttribute('start') ?? '1') || 1;
    prefix = `${start + Array.prototype.indexOf.call(parent.children, node)}. `;
  }
  const paragraph = /\n$/.test(content);
  const body = content.replace(/^\n+|\n+$/g, '') + (paragraph ? '\n' : '');
  return (
    prefix + body.replace(/\n/g, `\n${' '.repeat(prefix.length)}`) + (node.nextSibling ? '\n' : '')
  );
}

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
  service.addRule('list-item', {
    filter: 'li',
    replacement: (content, node, options) =>
      listItem(content, node, options.bulletListMarker ?? '-'),
  });
  service.addRule('data-table', {
    filter: (node) => node.nodeName === 'TABLE' && !node.querySelector(LAYOUT_INSIDE),
    replacement: (_content, node) => `\n\n${tableMarkdown(node as Element)}\n\n`,
  });
  service.addRule('caption', {
    filter: (node) =>
      node.nodeName === 'FIGCAPTION' ||
      (node.hasAttribute('data-caption') && !node.closest('figcaption')),
    replacement: (content) => (content.trim() ? `\n\n_${content.trim()}_\n\n` : ''),
  });
  return service;
}

let service: TurndownService | undefined;

/** The body alone as Markdown. */
export function bodyToMarkdown(article: Pick<Article, 'content' | 'html'>): string {
  service ??= createService();
  // The reader may have moved the fragment's nodes into the page; the HTML is the same body.
  const input = article.content.hasChildNodes() ? article.content : article.html;
  return service.turndown(input as unknown as TurndownService.Node).trim();
}

/** Page metadata as Markdown text: its markup and Markdown syntax shown, never interpreted. */
function escapeLine(text: string): string {
  service ??= createService();
  return service.escape(text.replace(/\s+/g, ' ').trim());
}

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
  if (article.url) parts.push(`Source: <${article.url}>`);
  parts.push(bodyToMarkdown(article));
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}
