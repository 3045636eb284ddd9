// "Read the selection" in the core: the selected ranges become the article as they are (no
// chrome stripping, no Readability verdict), with absolute links and images, sanitised, and the
// page's metadata; an empty selection gets a plain answer.
import { describe, expect, it } from 'vitest';
import { extractSelection, NO_SELECTION_MESSAGE } from '../../src/core/extract/selection';

function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument(
    'Council keeps library open – The Gazette',
  );
  doc.documentElement.lang = 'en-GB';
  const base = doc.createElement('base');
  base.href = 'https://news.example/local/story.html';
  doc.head.append(base);
  doc.body.innerHTML = body;
  return doc;
}

function select(doc: Document, selector: string): DocumentFragment {
  const range = doc.createRange();
  range.selectNodeContents(doc.querySelector(selector)!);
  return range.cloneContents();
}

const BODY = `<h1>Council keeps library open</h1>
<div id="picked"><p>Read more: <a href="/other">the vote</a> was close.</p>
<p onclick="alert(1)">Second <img src="img/a.jpg" srcset="img/a.jpg 1x, img/b.jpg 2x" alt="">paragraph.</p>
<script>window.pwned = 1</script></div><p>Not selected.</p>`;

describe('extractSelection', () => {
  it('keeps exactly the selected blocks, chrome words and all, as text', () => {
    const doc = page(BODY);
    const result = extractSelection(doc, select(doc, '#picked'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toBe('Read more: the vote was close.\n\nSecond paragraph.');
    expect(result.article.removed).toEqual([]);
    expect(result.article.wordCount).toBe(8);
  });

  it('makes links and images absolute and sanitises the HTML', () => {
    const doc = page(BODY);
    const result = extractSelection(doc, select(doc, '#picked'));
    if (!result.ok) throw new Error('no article');
    const { html } = result.article;
    expect(html).toContain('href="https://news.example/other"');
    expect(html).toContain('src="https://news.example/local/img/a.jpg"');
    expect(html).toContain(
      'srcset="https://news.example/local/img/a.jpg 1x, https://news.example/local/img/b.jpg 2x"',
    );
    expect(html).not.toMatch(/onclick|<script|pwned/);
  });

  it("gives the page's title and language", () => {
    const doc = page(BODY);
    const result = extractSelection(doc, select(doc, '#picked'));
    if (!result.ok) throw new Error('no article');
    expect(result.article.title).toBe('Council keeps library open');
    expect(result.article.lang).toBe('en-GB');
    expect(result.article.dir).toBe('ltr');
  });

  it('answers plainly when nothing with text is selected', () => {
    const doc = page(BODY);
    const empty = doc.createDocumentFragment();
    expect(extractSelection(doc, empty)).toEqual({
      ok: false,
      reason: 'no-article',
      message: NO_SELECTION_MESSAGE,
    });
    const imageOnly = doc.createDocumentFragment();
    imageOnly.append(doc.createElement('img'));
    expect(extractSelection(doc, imageOnly).ok).toBe(false);
  });

  it('does not touch the page', () => {
    const doc = page(BODY);
    const before = doc.documentElement.outerHTML;
    extractSelection(doc, select(doc, '#picked'));
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
