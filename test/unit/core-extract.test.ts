// extractArticle as a whole: the no-article answer, the live page left alone, the sanitising
// window, lazy images, and what the sanitised HTML keeps.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core';
import { NO_ARTICLE_MESSAGE, looksLikeListing } from '../../src/core/extract/no-article';
import { prepareCopy } from '../../src/core/extract/prepare-copy';

const PARAGRAPHS = [
  'The river rose by two metres overnight, and by morning the lower streets of the town were under water that reached the windowsills of the terraces along the quay.',
  'Volunteers from the rowing club ferried residents to the school hall, where the council had opened an emergency shelter with blankets, hot food and a room for pets.',
  'Engineers will inspect the bridge on Monday before deciding whether it can reopen to traffic, a spokesperson for the highways department said on Sunday evening.',
  'Insurers said they expected several hundred claims from the town alone, and urged householders to photograph the damage before they begin to clear their homes.',
];

function html(body: string, head = '<title>Flood | Valley News</title>'): string {
  return `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
}

function parse(markup: string): Document {
  return new DOMParser().parseFromString(markup, 'text/html');
}

const story = `<article><h1>Flood</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;

describe('extractArticle', () => {
  it('extracts the story and says what it removed', () => {
    const result = extractArticle(
      parse(html(story.replace('</article>', '<p>Advertisement</p></article>'))),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toBe(PARAGRAPHS.join('\n\n'));
    expect(result.article.title).toBe('Flood');
    expect(result.article.wordCount).toBeGreaterThan(100);
    expect(result.article.readingMinutes).toBe(1);
    expect(result.article.removed.map((r) => r.kind)).toEqual(['advertisement']);
  });

  it('says a page past the size limits is too large, before copying it', () => {
    const doc = parse(html(story));
    let deepest: Element = doc.body;
    for (let i = 0; i < 1_100; i++) deepest = deepest.appendChild(doc.createElement('div'));
    deepest.textContent = PARAGRAPHS[0]!;
    expect(extractArticle(doc)).toEqual({
      ok: false,
      reason: 'too-large',
      message: 'This page is too large for Clearpage to read',
    });
    // The same story without the deep chain reads as usual.
    expect(extractArticle(parse(html(story))).ok).toBe(true);
  });

  it('answers "no article" for too little text, an empty page and a list of teasers', () => {
    const noArticle = { ok: false, reason: 'no-article', message: NO_ARTICLE_MESSAGE };
    expect(extractArticle(parse(html('<p>Short note.</p>')))).toEqual(noArticle);
    expect(extractArticle(parse(html('')))).toEqual(noArticle);
    const teasers = Array.from(
      { length: 6 },
      (_, i) =>
        `<li><h3><a href="/s/${i}">Search result number ${i} about river levels</a></h3><p>${PARAGRAPHS[i % 4]}</p></li>`,
    ).join('');
    expect(extractArticle(parse(html(`<main><ol>${teasers}</ol></main>`)))).toEqual(noArticle);
    const svg = new DOMParser().parseFromString(
      '<svg xmlns="http://www.w3.org/2000/svg"><text>Chart</text></svg>',
      'image/svg+xml',
    );
    expect(extractArticle(svg)).toEqual(noArticle);
    // linkedom builds no <html> root for bare text; even `doc.head` throws there.
    const bare = parseHTML('just some text').document as unknown as Document;
    expect(extractArticle(bare, { isPrivateCopy: true, purifyWindow: window })).toEqual(noArticle);
    expect(NO_ARTICLE_MESSAGE).toBe("Clearpage couldn't find an article on this page");
  });

  it('reads a small page whole when asked (wholeShortPage), never a menu or a page with more', () => {
    const note = html('<main><p>Back on Monday: the office is closed for the holiday.</p></main>');
    expect(extractArticle(parse(note)).ok).toBe(false);
    const whole = extractArticle(parse(note), { wholeShortPage: true });
    expect(whole.ok && whole.article.text).toBe(
      'Back on Monday: the office is closed for the holiday.',
    );
    // A menu, and a short block on a page that shows much more, stay "no article".
    const menu = html('<nav><a href="/">Home</a> <a href="/about">About us</a></nav>');
    expect(extractArticle(parse(menu), { wholeShortPage: true }).ok).toBe(false);
    const more = html(
      `<main><p>Back on Monday: the office is closed.</p></main><nav>${PARAGRAPHS.map((p, i) => `<a href="/s/${i}">${p}</a>`).join(' ')}</nav>`,
    );
    expect(extractArticle(parse(more)).ok).toBe(false);
    expect(extractArticle(parse(more), { wholeShortPage: true }).ok).toBe(false);
  });

  it('works on a clone: the page keeps every node and attribute', () => {
    const doc = parse(
      html(`<img data-src="/real.jpg" src="data:image/gif;base64,R0lGOD">${story}`),
    );
    const before = doc.documentElement.outerHTML;
    expect(extractArticle(doc).ok).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('resolves lazy images: data-src, data-srcset, srcset-only and <noscript> fallbacks', () => {
    const images =
      '<figure><img src="data:image/gif;base64,R0lGOD" data-src="/img/a.jpg" alt="a"></figure>' +
      '<figure><img data-srcset="/img/b-480.jpg 480w, /img/b-1200.jpg 1200w" alt="b"></figure>' +
      '<figure><noscript></noscript><figcaption>c</figcaption></figure>';
    const doc = parse(html(story.replace('<h1>Flood</h1>', `<h1>Flood</h1>${images}`)));
    // Browsers parse <noscript> content as text when scripting is on.
    doc.querySelector('noscript')!.textContent = '<img src="/img/c.jpg" alt="c">';
    const result = extractArticle(doc);
    if (!result.ok) throw new Error('expected an article');
    const srcs = Array.from(result.article.content.querySelectorAll('img')).map((img) =>
      img.getAttribute('src'),
    );
    expect(srcs).toEqual(
      ['/img/a.jpg', '/img/b-1200.jpg', '/img/c.jpg'].map((src) => new URL(src, doc.baseURI).href),
    );
  });

  it('puts a <noscript> picture in place, but not a <noscript> tracking pixel', () => {
    const pixel = '<img src="https://stats.example/p.gif" width="1" height="1" alt="">';
    const picture = '<img src="/img/quay.jpg" width="640" alt="The quay">';
    const doc = parse(html(`<div><noscript></noscript></div><div><noscript></noscript></div>`));
    const [first, second] = Array.from(doc.querySelectorAll('noscript'));
    first!.textContent = picture;
    second!.textContent = pixel;
    prepareCopy(doc);
    expect(doc.querySelectorAll('noscript')).toHaveLength(1);
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('/img/quay.jpg');
  });

  it('drops page classes and styles, keeps code languages and marks captions', () => {
    const body = story.replace(
      '</article>',
      '<pre class="hl"><code class="language-ts big">let x = 1;</code></pre><div class="photo-credit" style="color:red">Photo: <b>Agency</b></div></article>',
    );
    const result = extractArticle(parse(html(body)));
    if (!result.ok) throw new Error('expected an article');
    expect(result.article.html).toContain('<code class="language-ts">let x = 1;</code>');
    expect(result.article.html).toContain('<span data-caption="">Photo: <b>Agency</b></span>');
    expect(result.article.html).not.toMatch(/style=|class="(?!language-)/);
    expect(result.article.text).not.toContain('Photo: Agency');
  });

  it('drops CSS url() in SVG attributes (a request from the reader), keeps local references', () => {
    const svg =
      '<svg width="10" height="10"><circle r="4" fill="url(https://t.example/f)" filter="u\\72 l(//t.example/x)" clip-path="url(#c)"></circle></svg>';
    const result = extractArticle(parse(html(story.replace('</article>', `${svg}</article>`))));
    if (!result.ok) throw new Error('expected an article');
    const circle = result.article.content.querySelector('circle');
    expect(circle?.getAttribute('clip-path')).toBe('url(#c)');
    expect(circle?.hasAttribute('fill')).toBe(false);
    expect(circle?.hasAttribute('filter')).toBe(false);
  });

  it('refuses to sanitise in a window DOMPurify does not support (linkedom)', () => {
    const { document: doc } = parseHTML(html(story));
    expect(() => extractArticle(doc as unknown as Document, { isPrivateCopy: true })).toThrow(
      /cannot sanitise in this window.*purifyWindow/,
    );
  });

  it('sanitises a linkedom page in the purifyWindow given, content owned by that window', () => {
    const hostile = story.replace(
      '</article>',
      '<p onclick="x()">Click <a href="javascript:x()">me</a></p><script>x()</script></article>',
    );
    const { document: doc } = parseHTML(html(hostile));
    const result = extractArticle(doc as unknown as Document, {
      isPrivateCopy: true,
      purifyWindow: window,
    });
    if (!result.ok) throw new Error('expected an article');
    expect(result.article.content).toBeInstanceOf(window.DocumentFragment);
    expect(result.article.html).not.toMatch(/onclick|javascript:|<script/);
    expect(result.article.text).toBe(`${PARAGRAPHS.join('\n\n')}\n\nClick me`);
  });
});

describe('looksLikeListing', () => {
  const listing = (html: string) => {
    const root = document.createElement('div');
    root.innerHTML = html;
    return looksLikeListing(root);
  };
  const card = (i: number) =>
    `<article><h3><a href="/n/${i}">Headline number ${i} of the front page</a></h3><p>${PARAGRAPHS[i % 4]}</p></article>`;

  it('is true for teaser cards: a linked headline and a summary each', () => {
    expect(listing(Array.from({ length: 6 }, (_, i) => card(i)).join(''))).toBe(true);
  });

  it('is false for stories: linked subheads over several paragraphs, shop links in the text', () => {
    const roundup = Array.from(
      { length: 6 },
      (_, i) =>
        `<h2><a href="/p/${i}">Product number ${i} in the roundup</a></h2><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>`,
    ).join('');
    expect(listing(roundup)).toBe(false);
    const deals = Array.from(
      { length: 8 },
      (_, i) =>
        `<h2>Deal ${i}<a href="#d${i}"></a></h2>${PARAGRAPHS[i % 4]}<ul><li><a href="https://shop.example/${i}">Get it at the shop for $39.99</a></li></ul>`,
    ).join('');
    expect(listing(deals)).toBe(false);
  });
});
