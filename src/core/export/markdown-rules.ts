/**
 * Turndown rules for what its defaults get wrong or lose: lists, tables, code blocks, captions,
 * and links and images made absolute (the file is read away from the page).
 */
import type TurndownService from 'turndown';

const LAYOUT_INSIDE = 'p, div, h1, h2, h3, h4, h5, h6, ul, ol, table, blockquote, pre';

/** A cell's Markdown on one line: line breaks become spaces, pipes are escaped. */
function cellMarkdown(service: TurndownService, cell: Element): string {
  return service
    .turndown(cell as unknown as TurndownService.Node)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<!\\)\|/g, '\\|');
}

/** A data table as a GFM pipe table; the first row is the header, short rows are padded. */
function tableMarkdown(service: TurndownService, table: Element): string {
  const rows = Array.from(table.querySelectorAll('tr'))
    .filter((row) => row.closest('table') === table)
    .map((row) =>
      Array.from(row.children)
        .filter((c) => c.localName === 'td' || c.localName === 'th')
        .map((cell) => cellMarkdown(service, cell)),
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

/** A fence longer than any run of backticks in `code`, so the code cannot close it early. */
function fenced(code: string, language = ''): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `\n\n${fence}${language}\n${code.replace(/\n$/, '')}\n${fence}\n\n`;
}

/** `url` made absolute against `base` when it can be; as the page wrote it otherwise. */
function absolute(url: string, base: string | null): string {
  if (!base) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/**
 * Link parts that nothing in them can end early (issue 12). A `\` escapes whatever follows it in
 * a destination or title, so a title ending in `\` never closed and the rest of the file became
 * live HTML in markdown-it and commonmark.js: backslashes are escaped too, with the brackets and
 * quotes; line breaks in titles become spaces (a blank line would end the link).
 */
const destination = (url: string) => {
  const escaped = url.replace(/[\\<>()]/g, '\\$&');
  return /\s/.test(escaped) ? `<${escaped}>` : escaped;
};
const titlePart = (node: Element) => {
  const title = (node.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim();
  return title ? ` "${title.replace(/[\\"]/g, '\\$&')}"` : '';
};

/** Web and mail addresses only: a `javascript:` or `data:` link is its text in the file. */
function linkable(url: string, schemes: RegExp): string | null {
  try {
    const parsed = new URL(url);
    return schemes.test(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}
const LINK_SCHEMES = /^(?:https?|mailto):$/;
const IMAGE_SCHEMES = /^https?:$/;

/** `getBase` gives the article URL of the conversion under way. */
function addLinkRules(service: TurndownService, getBase: () => string | null): void {
  service.addRule('absolute-link', {
    filter: (node) => node.nodeName === 'A' && Boolean(node.getAttribute('href')),
    replacement: (content, node) => {
      // A heading's permalink anchor (`<a href="#x"></a>`, an icon font's glyph) has no text:
      // `[](#x)` would be an empty link, so it is left out.
      if (!content.trim()) return '';
      const href = linkable(
        absolute((node as Element).getAttribute('href') ?? '', getBase()),
        LINK_SCHEMES,
      );
      if (!href) return content;
      return `[${content}](${destination(href)}${titlePart(node as Element)})`;
    },
  });
  service.addRule('absolute-image', {
    filter: 'img',
    replacement: (_content, node) => {
      const raw = (node as Element).getAttribute('src');
      const alt = service.escape(
        ((node as Element).getAttribute('alt') ?? '').replace(/\s+/g, ' '),
      );
      const src = raw ? linkable(absolute(raw, getBase()), IMAGE_SCHEMES) : null;
      if (!src) return alt;
      return `![${alt}](${destination(src)}${titlePart(node as Element)})`;
    },
  });
}

export function addRules(service: TurndownService, getBase: () => string | null): void {
  addLinkRules(service, getBase);
  service.addRule('list-item', {
    filter: 'li',
    replacement: (content, node, options) =>
      listItem(content, node, options.bulletListMarker ?? '-'),
  });
  service.addRule('data-table', {
    filter: (node) => node.nodeName === 'TABLE' && !node.querySelector(LAYOUT_INSIDE),
    replacement: (_content, node) => `\n\n${tableMarkdown(service, node as Element)}\n\n`,
  });
  // Turndown fences only <pre><code>, with a fence of three backticks whatever the code holds.
  service.addRule('code-block', {
    filter: 'pre',
    replacement: (_content, node) => {
      const code = node.firstElementChild?.nodeName === 'CODE' ? node.firstElementChild : node;
      const language = /(?:^|\s)(?:language|lang)-([\w+#-]+)/.exec(
        `${code.getAttribute('class') ?? ''} ${node.getAttribute('class') ?? ''}`,
      );
      return fenced(node.textContent ?? '', language?.[1]);
    },
  });
  // One italic line: `*…*` so that emphasis inside (`_…_`) does not close it.
  service.addRule('caption', {
    filter: (node) =>
      node.nodeName === 'FIGCAPTION' ||
      (node.hasAttribute('data-caption') && !node.closest('figcaption')),
    replacement: (content) => {
      const line = content.replace(/\s+/g, ' ').trim();
      return line ? `\n\n*${line}*\n\n` : '';
    },
  });
}
