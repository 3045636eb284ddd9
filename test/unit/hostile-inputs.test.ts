// Hostile input outside the page body: markup written as text in the title, byline and site
// name (it must stay text in the Markdown header), and documents that are not pages at all on
// the CLI's host, where linkedom builds no <html> element (they have no article; no throw),
// markup linkedom roots somewhere other than <html> (read the way a browser reads it), and a
// class attribute so long that linkedom's parser overflows the stack ("too large", no throw).
import { describe, expect, it } from 'vitest';
import { articleToMarkdown, extractArticle, NO_ARTICLE_MESSAGE } from '../../src/core';
import { TOO_LARGE_MESSAGE } from '../../src/core/extract/limits';
import { parsePage, purifyWindow } from '../../src/cli/dom';
import { extractPage } from '../../src/cli/extract-page';
import { markdownRawHtml } from './support/hostile';

const PARAGRAPH =
  '<p>The council voted on Tuesday to keep the library open on Saturdays, after a petition signed by more than two thousand residents asked it to think again.</p>';

it('keeps a title, byline and site name holding markup as text in the Markdown header', () => {
  const page = `<!doctype html><html><head><title>&lt;img src=x onerror=alert(1)&gt; | Site</title>
    <meta name="author" content="&lt;script&gt;alert(2)&lt;/script&gt;">
    <meta property="og:site_name" content="&lt;svg onload=alert(3)&gt;"></head><body><article>
    <h1>&lt;img src=x onerror=alert(1)&gt;</h1>${PARAGRAPH.repeat(4)}</article></body></html>`;
  const result = extractArticle(new DOMParser().parseFromString(page, 'text/html'));
  if (!result.ok) throw new Error('expected an article');
  const markdown = articleToMarkdown(result.article);
  expect(markdownRawHtml(markdown)).toEqual([]);
  expect(markdown).toMatch(/^# &lt;img src=x onerror=alert\(1\)>/);
});

describe('CLI host on <![CDATA[ in an HTML page', () => {
  it('ends it at the first ">", as a browser does, instead of swallowing the rest', () => {
    const doc = parsePage(
      '<html><body><p>Before it.</p><![CDATA[ an unclosed section > <p>After it.</p></body></html>',
    );
    expect([...doc.body.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Before it.',
      'After it.',
    ]);
  });

  it('leaves scripts, styles and comments that hold one as they are', () => {
    const html =
      '<html><body><script>//<![CDATA[\nvar a = 1 > 0;\n//]]></script><!-- <![CDATA[ x > --><p>Text</p></body></html>';
    const doc = parsePage(html);
    expect(doc.querySelector('script')!.textContent).toBe('//<![CDATA[\nvar a = 1 > 0;\n//]]>');
    expect(doc.body.querySelector('p')!.textContent).toBe('Text');
  });
});

describe('CLI host on input without an <html> element', () => {
  const cli = (html: string) =>
    extractArticle(parsePage(html), { isPrivateCopy: true, purifyWindow: purifyWindow() });

  it.each(['', 'just some text', '</button></div>\n</body>\n</html>\n', '\u0000\ufffd'])(
    'answers "no article" for %j instead of throwing',
    (html) => {
      expect(cli(html)).toEqual({ ok: false, reason: 'no-article', message: NO_ARTICLE_MESSAGE });
    },
  );
});

describe('CLI host on markup linkedom does not root at <html>', () => {
  it('reads a body-only fragment like a browser does', () => {
    const fragment = PARAGRAPH.repeat(6);
    expect(extractArticle(new DOMParser().parseFromString(fragment, 'text/html')).ok).toBe(true);
    expect(extractPage(fragment).ok).toBe(true);
  });

  it('reads a page with a stray element before <html>, keeping its head and attributes', () => {
    const page = `<meta charset="utf-8">\n<!DOCTYPE html><html lang="en"><head><title>Flood</title></head><body class="story"><article><h1>Flood</h1>${PARAGRAPH.repeat(6)}</article></body></html>`;
    expect(extractArticle(new DOMParser().parseFromString(page, 'text/html')).ok).toBe(true);
    const doc = parsePage(page);
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.body.className).toBe('story');
    expect(doc.title).toBe('Flood');
    expect([...doc.head.children].map((e) => e.localName)).toEqual(['meta', 'title']);
    const result = extractPage(page);
    expect(result.ok && result.article.title).toBe('Flood');
    expect(result.ok && result.article.lang).toBe('en');
  });

  it('leaves a page linkedom already roots at <html> as it is', () => {
    const page = `<!doctype html><html><head><title>T</title></head><body><p>x</p></body></html>`;
    expect(parsePage(page).body.innerHTML).toBe('<p>x</p>');
  });
});

describe('CLI host on giant attributes', () => {
  it('a 200,000-word class attribute gives "too large", never a throw', () => {
    const words = Array.from({ length: 200_000 }, (_, i) => `w${i}`).join(' ');
    const page = `<!doctype html><html><head><title>G</title></head><body><article><h1>G</h1><p class="${words}">x</p>${PARAGRAPH.repeat(6)}</article></body></html>`;
    expect(extractPage(page)).toEqual({
      ok: false,
      reason: 'too-large',
      message: TOO_LARGE_MESSAGE,
    });
  });

  it('a 20,000-word class attribute is read', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i}`).join(' ');
    const page = `<!doctype html><html><head><title>G</title></head><body><article><h1>G</h1><p class="${words}">x</p>${PARAGRAPH.repeat(6)}</article></body></html>`;
    expect(extractPage(page).ok).toBe(true);
  });
});
