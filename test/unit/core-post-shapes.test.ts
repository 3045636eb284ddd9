// Forum threads without microdata (post-shapes.ts): posts built alike are read together when
// Readability keeps one of them; a story above its comments and a page of teaser cards are not.
// Also: a post's permalink heading is no teaser headline, and a thread served in <noscript> is
// found when the app's script data outweighs it. Every page here is invented.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core';
import { looksLikeListing } from '../../src/core/extract/no-article';

const REPLIES = [
  'I had the same squeak on my old frame. It turned out to be the seat post: a little grease and it went away for good.',
  'Check the pedals before anything else. Mine were loose on the thread and creaked on every turn of the cranks uphill.',
  'If it only happens when you stand up, it is often the bottom bracket. A shop can test it in ten minutes with the right tool.',
];
const OPENING = [
  'Since last week my bike makes a sharp squeak on every pedal stroke, but only when I climb. On the flat it is silent, and it does not matter which gear I am in.',
  'I have cleaned and oiled the chain, checked that the wheels are tight in the dropouts and swapped the saddle for a spare one, and the noise is still there.',
  'The frame is an eight year old steel tourer that I bought used. Has anyone tracked down a noise like this, and where should I look next before I take it to a shop?',
];

function page(body: string): Document {
  const html = `<!doctype html><html lang="en"><head><title>Squeak when climbing | Spokes Board</title></head><body>${body}</body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

const post = (n: number, author: string, paragraphs: string[], extra = '') =>
  `<div class="post${extra}" id="p${n}"><div class="author">${author}</div>` +
  `<h3><a href="./topic?p=${n}#p${n}">Re: Squeak when climbing</a></h3>` +
  `<div class="content">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></div>`;

const board = (posts: string) =>
  '<header><nav><a href="/">Spokes Board</a> <a href="/forums">Forums</a> <a href="/login">Log in</a></nav></header>' +
  `<main><h1>Squeak when climbing</h1><div class="topic">${posts}</div></main>` +
  '<footer><a href="/rules">Board rules</a></footer>';

function textOf(doc: Document): string {
  const result = extractArticle(doc);
  if (!result.ok) throw new Error('expected an article');
  return result.article.text;
}

describe('posts built alike', () => {
  it("reads every post of a board that has no microdata, not only Readability's one", () => {
    const posts =
      post(1, 'rosa_rides', OPENING, ' first') +
      REPLIES.map((r, i) => post(i + 2, `rider${i}`, [r], i % 2 ? ' bg1' : ' bg2')).join('');
    const text = textOf(page(board(posts)));
    for (const p of [...OPENING, ...REPLIES]) expect(text).toContain(p);
    expect(text).not.toContain('Board rules');
  });

  it('keeps a story, not its comments, when Readability read the story', () => {
    const story =
      '<article><h1>The town opens a cycle path along the river</h1>' +
      [...OPENING, ...OPENING].map((p) => `<p>${p.replace('bike', 'town')}</p>`).join('') +
      '</article>';
    const comments = REPLIES.map(
      (r, i) => `<div class="comment"><span class="who">reader${i}</span><p>${r}</p></div>`,
    ).join('');
    const text = textOf(page(`${story}<section class="discussion">${comments}</section>`));
    expect(text).toContain(OPENING[0]!.replace('bike', 'town'));
    for (const r of REPLIES) expect(text).not.toContain(r);
  });

  it('leaves a page of teaser cards with "no article"', () => {
    const cards = Array.from(
      { length: 6 },
      (_, i) =>
        `<div class="card"><h2><a href="/stories/${i}">Story number ${i} of the day's front page</a></h2><p>${REPLIES[i % 3]}</p></div>`,
    ).join('');
    expect(extractArticle(page(`<main><div class="grid">${cards}</div></main>`)).ok).toBe(false);
  });
});

describe('listing test and permalinks', () => {
  it("does not count a post's permalink heading (a link with a #fragment) as a teaser headline", () => {
    const root = document.createElement('div');
    root.innerHTML = Array.from({ length: 6 }, (_, i) => post(i, `rider${i}`, [REPLIES[i % 3]!]))
      .join('')
      .replace(/<p>|<\/p>/g, '');
    expect(looksLikeListing(root)).toBe(false);
    root.innerHTML = root.innerHTML.replace(/#p\d+/g, '');
    expect(looksLikeListing(root)).toBe(true);
  });
});

describe('thread in <noscript>', () => {
  it("is read when the app's script data is bigger than the thread", () => {
    const data = `<script type="application/json">${JSON.stringify({ posts: Array(40).fill(REPLIES) })}</script>`;
    const thread = `<h1>Squeak when climbing</h1>${[...OPENING, ...REPLIES].map((p) => `<article><p>${p}</p></article>`).join('')}`;
    const doc = page(
      `<div id="app"><a href="#main">Skip to content</a></div><noscript></noscript>${data}`,
    );
    const noscript = doc.querySelector('noscript')!;
    // As the CLI's parser (scripting off) builds it: the content as elements.
    noscript.append(...new DOMParser().parseFromString(thread, 'text/html').body.childNodes);
    expect(textOf(doc)).toContain(REPLIES[2]);
  });
});
