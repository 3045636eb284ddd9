// Articles the core's own clone cannot see: text rendered from open shadow roots (web
// components) and an article that lives in a same-origin frame of an otherwise empty page.
import { afterEach, describe, expect, it } from 'vitest';
import { flattenedCopy } from '../../src/content/flat-copy';
import { extractFromPage } from '../../src/content/page-source';

const PARAGRAPHS = [
  'The harbour master printed the tide tables on a single sheet of card every spring, and the crews pinned them above the chart table.',
  'The sheets were collected by the museum after the harbour office closed, and the oldest surviving one dates from the winter the sea wall was rebuilt.',
  'Volunteers are now copying the faded figures into a spreadsheet, so that the old tables can be compared with the tides measured today.',
  'The first results suggest that the highest spring tides have risen by a hand’s width in a century, which the council says it will now plan for.',
];

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

function shadowArticle(): void {
  document.title = 'Tide tables';
  document.body.innerHTML = '<news-story><span slot="byline">By Ada Quill</span></news-story>';
  const host = document.querySelector('news-story')!;
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<article><h1>Tide tables</h1><p class="byline"><slot name="byline">No byline</slot></p>
    ${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<aside-note></aside-note></article>`;
  // A nested component, whose fallback slot content is what renders.
  root
    .querySelector('aside-note')!
    .attachShadow({ mode: 'open' })
    .append(Object.assign(document.createElement('p'), { textContent: 'A nested note.' }));
}

describe('open shadow roots', () => {
  it('the reader reads text that only exists inside shadow trees', () => {
    shadowArticle();
    const result = extractFromPage(document);
    if (!result.ok) throw new Error(result.message);
    for (const p of PARAGRAPHS) expect(result.article.text).toContain(p);
  });

  it('the copy holds slotted light-DOM nodes in place of the slot, and nested shadow content', () => {
    shadowArticle();
    const copy = flattenedCopy(document) as Document;
    expect(copy.URL).toBe(document.URL);
    expect(copy.querySelector('.byline')?.textContent).toBe('By Ada Quill');
    expect(copy.querySelector('slot')).toBeNull();
    expect(copy.querySelector('aside-note')?.textContent).toBe('A nested note.');
    // The page itself is not touched.
    expect(document.querySelector('news-story')?.children).toHaveLength(1);
  });

  it('no copy for a page without shadow roots, nor for one past the size limits', () => {
    document.body.innerHTML = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
    expect(flattenedCopy(document)).toBeNull();
    shadowArticle();
    let deep = document.body;
    for (let i = 0; i < 1_100; i++) deep = deep.appendChild(document.createElement('div'));
    expect(flattenedCopy(document)).toBeNull();
    expect(extractFromPage(document)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('counts shadow trees against the reader’s limits before copying them (issue 12)', () => {
    shadowArticle();
    const root = document.querySelector('news-story')!.shadowRoot!;
    let deep: Element = root.querySelector('article')!;
    // Deep only inside the shadow tree: the light DOM alone is well within the limits.
    for (let i = 0; i < 300; i++) deep = deep.appendChild(document.createElement('div'));
    expect(flattenedCopy(document)).toBe('too-large');
    expect(extractFromPage(document)).toMatchObject({ ok: false, reason: 'too-large' });
  });
});

describe('same-origin frames', () => {
  function frameWith(html: string): HTMLIFrameElement {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const inner = frame.contentDocument!;
    inner.open();
    inner.write(html);
    inner.close();
    return frame;
  }

  it('reads the article in a frame when the page itself has none', () => {
    document.body.innerHTML = '<nav><a href="/">Home</a></nav>';
    frameWith(`<title>Tide tables</title><article><h1>Tide tables</h1>
      ${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`);
    const result = extractFromPage(document);
    if (!result.ok) throw new Error(result.message);
    expect(result.article.title).toBe('Tide tables');
    expect(result.article.text).toContain(PARAGRAPHS[2]);
  });

  it('prefers the page’s own article, and says "no article" when no frame has one either', () => {
    document.body.innerHTML = `<article><h1>Own story</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
    frameWith('<p>An advert.</p>');
    const own = extractFromPage(document);
    expect(own.ok && own.article.title).toBe('Own story');
    document.body.innerHTML = '<nav><a href="/">Home</a></nav>';
    frameWith('<p>An advert.</p>');
    expect(extractFromPage(document)).toMatchObject({ ok: false, reason: 'no-article' });
  });
});
