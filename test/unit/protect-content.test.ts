// Content protection (src/core/extract/protect-content.ts): blocks of the article that
// Readability's filters drop although they are content come back where they were; dropped
// chrome next to nothing that was kept stays dropped.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core';

const P = [
  'The river rose by two metres overnight, and by morning the lower streets of the town were under water that reached the windowsills of the terraces along the quay.',
  'Volunteers from the rowing club ferried residents to the school hall, where the council had opened an emergency shelter with blankets, hot food and a room for pets.',
  'Engineers will inspect the bridge on Monday before deciding whether it can reopen to traffic, a spokesperson for the highways department said on Sunday evening.',
  'Insurers said they expected several hundred claims from the town alone, and urged householders to photograph the damage before they begin to clear their homes.',
];
const para = (i: number) => `<p>${P[i]}</p>`;

function textOf(body: string): string {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><html lang="en"><head><title>Flood in the valley | Valley News</title></head><body>${body}</body></html>`,
    'text/html',
  );
  const result = extractArticle(doc, { url: 'https://news.example/flood' });
  if (!result.ok) throw new Error(result.message);
  return result.article.text;
}

describe('content protection', () => {
  it('keeps a pull quote in an <aside> between kept paragraphs', () => {
    const text = textOf(
      `<article><h1>Flood in the valley</h1>${para(0)}${para(1)}<aside class="pullquote"><blockquote><p>“We lost everything downstairs in an hour,” said one resident.</p></blockquote></aside>${para(2)}${para(3)}</article>`,
    );
    expect(text).toContain('We lost everything downstairs in an hour');
    expect(text.indexOf('We lost everything')).toBeGreaterThan(text.indexOf(P[1]!.slice(0, 30)));
    expect(text.indexOf('We lost everything')).toBeLessThan(text.indexOf(P[2]!.slice(0, 30)));
  });

  it('keeps a subheading whose class says "header"', () => {
    const text = textOf(
      `<article><h1>Flood in the valley</h1>${para(0)}${para(1)}<h2 class="section-header">What happens next</h2>${para(2)}${para(3)}</article>`,
    );
    expect(text).toContain(`What happens next\n\n${P[2]}`);
  });

  it('keeps a standfirst in its own container before the body', () => {
    const text = textOf(
      `<main><div class="story-header"><h1>Flood in the valley</h1><p class="story-standfirst">Hundreds of homes flooded as the river reached its highest level for thirty years.</p></div><div class="story-body">${P.map((_, i) => para(i)).join('')}</div></main>`,
    );
    expect(text.startsWith('Hundreds of homes flooded')).toBe(true);
  });

  it('reads a related list’s label before Readability drops it, so the list goes too', () => {
    const text = textOf(
      `<article><h1>Flood in the valley</h1>${P.map((_, i) => para(i)).join('')}<h3 class="related-heading">Related topics</h3><ul><li><a href="/t/weather">Weather</a></li><li><a href="/t/rivers">Rivers</a></li><li><a href="/t/council">Council</a></li></ul></article>`,
    );
    expect(text).toContain(P[3]);
    expect(text).not.toContain('Rivers');
  });

  it('leaves dropped chrome dropped: a header of share links, a rail far from the text', () => {
    const text = textOf(
      `<article><h1>Flood in the valley</h1><header class="post-header"><h2>Share this story</h2><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a></header>${P.map((_, i) => para(i)).join('')}</article><aside class="sidebar"><h2>Most read</h2><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul></aside>`,
    );
    expect(text).not.toContain('Share this story');
    expect(text).not.toContain('Other story one');
  });
});
