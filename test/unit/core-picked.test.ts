// "Pick the article" in the core: the picked block is read as the page's article would be after
// Readability (a private copy, chrome stripped, sanitised, text and metadata), whatever its size;
// the page itself is only read.
import { describe, expect, it } from 'vitest';
import { extractPicked, NO_PICKED_TEXT_MESSAGE } from '../../src/core/extract/picked';

function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('Harbour wall vote – The Gazette');
  doc.documentElement.lang = 'en-GB';
  const base = doc.createElement('base');
  base.href = 'https://news.example/coast/story.html';
  doc.head.append(base);
  doc.body.innerHTML = body;
  return doc;
}

const PROSE = [
  'The river rose by two metres overnight, and by morning the lower streets of the town were under water that reached the windowsills of the terraces.',
  'Volunteers from the rowing club ferried residents to the school hall, where the council had opened an emergency shelter with blankets and hot food.',
  'Engineers will inspect the bridge on Monday before deciding whether it can reopen to traffic, a spokesperson for the highways department said.',
];
const SHARE =
  '<div class="share"><span>Share on Facebook</span> <span>Share on X</span> <span>Copy link</span></div>';

const BLOCK = `<div id="story"><h2>Floods close the lower town</h2><p>${PROSE[0]}</p>
<p onclick="alert(1)">${PROSE[1]} <a href="/coast/bridge">The bridge</a> <img src="img/a.jpg" alt=""></p>
SHARE<p>${PROSE[2]}</p><script>window.pwned = 1</script></div>`;

describe('extractPicked', () => {
  it('a picked block with a share bar loses the bar, recorded as removed', () => {
    const doc = page(`<nav>Home · World</nav>${BLOCK.replace('SHARE', SHARE)}<p>Not picked.</p>`);
    const before = doc.documentElement.outerHTML;
    const result = extractPicked(doc, doc.getElementById('story')!);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { article } = result;
    // The block's heading is the title (the text, like the page's, starts after it).
    expect(article.text).toBe(`${PROSE[0]}\n\n${PROSE[1]} The bridge\n\n${PROSE[2]}`);
    // The block's heading is the reader's title, so it is not repeated in the body either.
    expect(article.removed.map((r) => [r.kind, r.text])).toEqual([
      ['other', 'Floods close the lower town'],
      ['share', 'Share on Facebook Share on X Copy link'],
    ]);
    expect(article.title).toBe('Floods close the lower town');
    expect(article.lang).toBe('en-GB');
    // Sanitised, absolute, and the page untouched.
    expect(article.html).not.toMatch(/onclick|<script|pwned|Share on/);
    expect(article.html).toContain('href="https://news.example/coast/bridge"');
    expect(article.html).toContain('src="https://news.example/coast/img/a.jpg"');
    expect(article.contentWithRemoved?.textContent).toMatch(/Share on Facebook/);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('a plain picked block keeps everything, however short', () => {
    const doc = page(
      `<h1>Harbour wall vote</h1><ul id="list"><li>Portmere votes to raise its wall</li><li>Ferry cut</li></ul>`,
    );
    const result = extractPicked(doc, doc.getElementById('list')!);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toBe('- Portmere votes to raise its wall\n- Ferry cut');
    expect(result.article.removed).toEqual([]);
    expect(result.article.fallback).toBeUndefined();
    // No heading of its own: the page's.
    expect(result.article.title).toBe('Harbour wall vote');
  });

  it('a block with no text gets a "select some text"-style answer', () => {
    const doc = page('<div id="empty"><img src="a.jpg" alt=""><span> </span></div><p>Text.</p>');
    expect(extractPicked(doc, doc.getElementById('empty')!)).toEqual({
      ok: false,
      reason: 'no-article',
      message: NO_PICKED_TEXT_MESSAGE,
    });
  });

  it('a block past the limits is too large', () => {
    const doc = page(`<div id="big">${'<p>x</p>'.repeat(50)}</div>`);
    const result = extractPicked(doc, doc.getElementById('big')!, {
      limits: { maxElements: 20, maxDepth: 100, maxTextChars: 1e6 } as never,
    });
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
  });
});
