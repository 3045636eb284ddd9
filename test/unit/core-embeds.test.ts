// Videos and embeds become a titled link: in a whole extraction (the reader's HTML and Markdown
// keep the link, the clean text leaves it out) and on its own (titles, hosts, relative and
// unsafe URLs, a link inside a sentence). A story without embeds is left exactly as it was.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core';
import { linkEmbeds } from '../../src/core/extract/embeds';

const PARAGRAPHS = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the council met again on Thursday to hear the harbour engineers explain why the wall must rise a full metre before the winter storms arrive on the coast.</p>`,
).join('');

function page(body: string): Document {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><html lang="en"><head><title>Harbour wall</title><base href="https://news.example/coast/"></head><body><article><h1>Harbour wall</h1>${body}</article></body></html>`,
    'text/html',
  );
  return doc;
}

describe('linkEmbeds in an extraction', () => {
  it('turns a video frame into a titled link in the HTML, never into the clean text', () => {
    const doc = page(
      `${PARAGRAPHS}<iframe src="https://www.youtube.com/embed/abc123" title="Storm surge at Portmere"></iframe>${PARAGRAPHS}`,
    );
    const result = extractArticle(doc);
    if (!result.ok) throw new Error('no article');
    const { html, text } = result.article;
    expect(html).toContain(
      '<a href="https://www.youtube.com/embed/abc123">▶ Storm surge at Portmere</a>',
    );
    expect(html).not.toMatch(/<iframe/);
    expect(text).not.toContain('Storm surge');
  });

  it('leaves a story without embeds as it was', () => {
    const plain = extractArticle(page(PARAGRAPHS));
    if (!plain.ok) throw new Error('no article');
    expect(plain.article.html).not.toContain('▶');
    expect(plain.article.html).not.toContain('data-clearpage-embed');
  });
});

describe('linkEmbeds on its own', () => {
  const run = (html: string) => {
    const doc = page('');
    const root = doc.createElement('div');
    root.innerHTML = html;
    doc.body.append(root);
    const count = linkEmbeds(root);
    return { count, html: root.innerHTML };
  };

  it('names the host when the embed has no title, and resolves relative sources', () => {
    expect(run('<video><source src="/media/wall.mp4"></video>').html).toBe(
      '<p data-clearpage-embed=""><a href="https://news.example/media/wall.mp4" data-clearpage-embed="">▶ Video on news.example</a></p>',
    );
    expect(run('<audio src="https://www.radio.example/clip.mp3"></audio>').html).toContain(
      '▶ Audio on radio.example',
    );
    expect(
      run('<object data="https://player.example/x" aria-label="Interview"></object>').html,
    ).toContain('▶ Interview');
  });

  it('drops embeds with no web address (javascript:, data:, none) instead of linking them', () => {
    const { count, html } = run(
      '<iframe src="javascript:alert(1)"></iframe><embed src="data:text/html,x"><video></video>',
    );
    expect(count).toBe(0);
    expect(html).toBe('');
  });

  it('keeps a link inside a sentence inline, and an object with its embed fallback as one link', () => {
    expect(
      run('<p>Watch <iframe src="https://v.example/1" title="the vote"></iframe> now.</p>').html,
    ).toBe(
      '<p>Watch <a href="https://v.example/1" data-clearpage-embed="">▶ the vote</a> now.</p>',
    );
    const nested = run(
      '<object data="https://v.example/2"><embed src="https://v.example/2"></object>',
    );
    expect(nested.count).toBe(1);
  });
});
