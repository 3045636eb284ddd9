// "Save as HTML": one standalone file. Read back by an HTML parser it must hold no script, no
// handler and no script URL, carry its own CSP, and its body must be the article exactly —
// for a hand-made article and for every page of the hostile corpus (whose saved Markdown file,
// front matter included, is checked here too).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as jsdom from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article';
import { extractArticle } from '../../src/core/extract/extract';
import { articleToHtml, HTML_EXPORT_CSP } from '../../src/core/export/html';
import { markdownDocument } from '../../src/core/export/markdown';
import {
  detonate,
  hazards,
  isScriptUrl,
  markdownRawHtml,
  markdownScriptLinks,
} from './support/hostile';
import { makeArticle as baseArticle } from './support/article';

const { JSDOM, VirtualConsole } = jsdom as unknown as {
  JSDOM: new (html: string, options: object) => { window: Window & typeof globalThis };
  VirtualConsole: new () => object;
};

function makeArticle(html: string, overrides: Partial<Article> = {}): Article {
  return baseArticle(html, { text: '', wordCount: 300, readingMinutes: 2, ...overrides });
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** Everything in a whole parsed file that could run: scripts, handlers, script URLs. */
function executable(doc: Document): string[] {
  const found = [...doc.querySelectorAll('script, iframe, object, embed, base')].map(
    (el) => `<${el.localName}>`,
  );
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${el.localName}[${attr.name}]`);
      else if (isScriptUrl(attr.value)) found.push(`${el.localName}[${attr.name}]=${attr.value}`);
    }
  }
  return found;
}

describe('articleToHtml', () => {
  const body = '<h2>How it works</h2><p>Gates <a href="https://example.com/a">rise</a>.</p>';

  it('is a whole document: charset, CSP, title, header, the body, the saved date', () => {
    const file = articleToHtml(makeArticle(body), { savedAt: new Date('2025-01-02T03:04:05Z') });
    expect(
      file.startsWith(
        '<!doctype html>\n<html lang="en" dir="ltr">\n<head>\n<meta charset="utf-8">\n',
      ),
    ).toBe(true);
    expect(file.endsWith('</html>\n')).toBe(true);
    const doc = parse(file);
    const head = [...doc.head.children];
    expect(head[0]?.getAttribute('charset')).toBe('utf-8');
    expect(head[1]?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    expect(head[1]?.getAttribute('content')).toBe(HTML_EXPORT_CSP);
    expect(HTML_EXPORT_CSP).toBe(
      "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    );
    expect(doc.title).toBe('Harbour board approves tidal barrier');
    expect(doc.querySelector('style')?.textContent).toMatch(/prefers-color-scheme:\s*dark/);
    const header = doc.querySelector('article > header')!;
    expect(header.querySelector('.site')?.textContent).toBe('The Northbay Herald');
    expect(header.querySelector('h1')?.textContent).toBe('Harbour board approves tidal barrier');
    expect(header.querySelector('.byline')?.textContent).toBe('By Maya Okafor');
    expect(header.querySelector('.byline bdi')?.textContent).toBe('Maya Okafor');
    expect(header.querySelector('time')?.textContent).toBe('March 14, 2024');
    expect(header.querySelector('.meta')?.textContent).toContain('2 min read');
    expect(header.querySelector('.source a')?.getAttribute('href')).toBe(
      'https://example.com/story',
    );
    expect(doc.querySelector('article > .body')?.innerHTML).toBe(`\n${body}\n`);
    expect(doc.querySelector('footer time')?.getAttribute('datetime')).toBe(
      '2025-01-02T03:04:05.000Z',
    );
    expect(executable(doc)).toEqual([]);
  });

  it('keeps the article’s language and direction', () => {
    const doc = parse(articleToHtml(makeArticle('<p>نص</p>', { lang: 'ar', dir: 'rtl' })));
    expect(doc.documentElement.getAttribute('lang')).toBe('ar');
    expect(doc.documentElement.getAttribute('dir')).toBe('rtl');
  });

  it('writes markup in the title, byline, site, language and URL as text', () => {
    const evil = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
    const file = articleToHtml(
      makeArticle('<p>Body.</p>', {
        title: evil,
        byline: evil,
        siteName: evil,
        lang: evil,
        url: 'javascript:alert(3)',
        publishedTime: null,
      }),
    );
    const doc = parse(file);
    expect(executable(doc)).toEqual([]);
    expect(doc.title).toBe(evil);
    expect(doc.querySelector('h1')?.textContent).toBe(evil);
    expect(doc.querySelector('.byline bdi')?.textContent).toBe(evil);
    expect(doc.querySelector('meta[name="author"]')?.getAttribute('content')).toBe(evil);
    expect(doc.documentElement.getAttribute('lang')).toBe(evil);
    // A script URL is never made a link.
    expect(doc.querySelector('.source')).toBeNull();
  });

  it('leaves out the facts it does not know', () => {
    const doc = parse(
      articleToHtml(
        makeArticle('<p>Body.</p>', {
          byline: null,
          siteName: null,
          publishedTime: null,
          url: null,
          lang: null,
        }),
      ),
    );
    expect(doc.documentElement.hasAttribute('lang')).toBe(false);
    expect(doc.querySelector('.site, .byline, time, .source, footer')).toBeNull();
  });
});

describe.each(
  readdirSync(join(import.meta.dirname, '../fixtures/hostile'))
    .filter((name) => name.endsWith('.html'))
    // Only a frame around its article (in srcdoc): the core reads no frames; the extension
    // does, and test/e2e/chromium-isolation.test.ts opens it.
    .filter((name) => name !== 'isolation-speculation.html')
    .sort(),
)('articleToHtml on hostile page %s', (file) => {
  const source = readFileSync(join(import.meta.dirname, '../fixtures/hostile', file), 'utf8');
  const { window } = new JSDOM(source, {
    url: `https://hostile.clearpage.test/${file}/`,
    virtualConsole: new VirtualConsole(),
  });
  const result = extractArticle(window.document);
  const article = result.ok ? result.article : null;
  const saved = article ? articleToHtml(article, { savedAt: new Date() }) : '';

  it('reads back with nothing executable and the body exactly the article', () => {
    expect(article).not.toBeNull();
    const doc = parse(saved);
    expect(executable(doc)).toEqual([]);
    expect(hazards(doc.body)).toEqual([]);
    expect([...doc.head.children].map((el) => el.localName).sort()).toEqual(
      [
        'meta',
        'meta',
        'meta',
        'meta',
        'meta',
        'style',
        'title',
        ...(article?.byline ? ['meta'] : []),
      ].sort(),
    );
    expect(doc.querySelector('article > .body')?.innerHTML).toBe(`\n${article?.html}\n`);
  });

  it('runs nothing and requests nothing when opened', async () => {
    expect(await detonate(saved)).toEqual({ markers: [], requests: [] });
  });

  it('the saved Markdown, front matter included, has no raw HTML and no script link', () => {
    const markdown = article ? markdownDocument(article, { savedAt: new Date() }) : '';
    expect(markdown.startsWith('---\ntitle: ')).toBe(true);
    expect(markdownRawHtml(markdown)).toEqual([]);
    expect(markdownScriptLinks(markdown)).toEqual([]);
  });
});
