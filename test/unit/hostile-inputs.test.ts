// Hostile input outside the page body: markup written as text in the title, byline and site
// name (it must stay text in the Markdown header), and documents that are not pages at all on
// the CLI's host, where linkedom builds no <html> element (they have no article; no throw).
import { describe, expect, it } from 'vitest';
import { articleToMarkdown, extractArticle, NO_ARTICLE_MESSAGE } from '../../src/core';
import { parsePage, purifyWindow } from '../../src/cli/dom';
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
