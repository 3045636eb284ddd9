// Saved .md files are opened in whatever the reader has: every golden and hostile page's saved
// Markdown, rendered by markdown-it with raw HTML on and by commonmark.js, gives only the HTML a
// plain article needs (issue 12). Before the link fixes a title or destination ending in `\`
// never closed, and the rest of the file rendered live `<img onerror>`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as jsdom from 'jsdom';
import MarkdownIt from 'markdown-it';
import { HtmlRenderer, Parser } from 'commonmark';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core';
import { markdownDocument } from '../../src/core/export/markdown';

const { JSDOM, VirtualConsole } = jsdom as unknown as {
  JSDOM: new (html: string, options: object) => { window: Window & typeof globalThis };
  VirtualConsole: new () => object;
};

const FIXTURES = join(import.meta.dirname, '../fixtures');
const golden = readdirSync(join(FIXTURES, 'pages')).map((slug) => `pages/${slug}/source.html`);
const hostile = readdirSync(join(FIXTURES, 'hostile'))
  .filter((f) => f.endsWith('.html'))
  .map((f) => `hostile/${f}`);

/** Tags and attributes plain Markdown renders to; anything else came from the page. */
const TAGS = new Set(
  'p h1 h2 h3 h4 h5 h6 a img em strong code pre ul ol li blockquote hr br table thead tbody tr th td del s'.split(
    ' ',
  ),
);
const ATTRS: Record<string, RegExp> = {
  href: /^(?:https?:|mailto:)/i,
  src: /^https?:/i,
  alt: /.*/s,
  title: /.*/s,
  start: /^\d+$/,
  class: /^language-[\w+#-]+$/,
  style: /^text-align:(?:left|right|center)$/,
};

function outsideAllowList(html: string): string[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const found: string[] = [];
  for (const el of template.content.querySelectorAll('*')) {
    if (!TAGS.has(el.localName)) found.push(`<${el.localName}>`);
    for (const attr of el.attributes) {
      const ok = ATTRS[attr.name]?.test(attr.value.trim());
      if (!ok) found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
    }
  }
  return found;
}

const markdownIt = new MarkdownIt({ html: true });
const commonmark = (md: string) => new HtmlRenderer().render(new Parser().parse(md));

function savedMarkdown(file: string): string {
  const url = `https://fixtures.clearpage.test/${file.replace(/\/?source\.html$|\.html$/, '')}/`;
  const { window } = new JSDOM(readFileSync(join(FIXTURES, file), 'utf8'), {
    url,
    virtualConsole: new VirtualConsole(),
  });
  const result = extractArticle(window.document);
  if (!result.ok) return '';
  return markdownDocument(result.article, { savedAt: new Date('2025-01-02T03:04:05Z') });
}

describe.each([...golden, ...hostile])('saved Markdown of %s', (file) => {
  const md = savedMarkdown(file);
  it('renders nothing outside the allow-list in markdown-it (HTML on) or commonmark.js', () => {
    expect(outsideAllowList(markdownIt.render(md))).toEqual([]);
    expect(outsideAllowList(commonmark(md))).toEqual([]);
  });
});

describe('the link fixes', () => {
  const md = savedMarkdown('hostile/markdown-links.html');
  it('the check sees live HTML in Markdown that does not escape a closing backslash', () => {
    const broken =
      '[a](https://example.com/ "t\\") <img src=x onerror=alert(1)> [b](https://e.x/ "\\")';
    expect(outsideAllowList(markdownIt.render(broken))).not.toEqual([]);
  });
  it('keeps web and mail links, drops javascript:/data:/vbscript: ones to their text', () => {
    expect(md).toContain('](https://example.com/timetable "winter timetable \\\\")');
    expect(md).toContain('](mailto:press@example.com?subject=Ferry)');
    expect(md).not.toMatch(/(?<!\\)\]\((?:javascript|data|vbscript):/i);
    expect(md).toContain('a request');
  });
  it('writes the Source line and front matter from the page’s own address, not a foreign canonical', () => {
    expect(md).not.toContain('evil.example');
    expect(md).toContain('<https://fixtures.clearpage.test/hostile/markdown-links/>');
  });
});
