// measurePage (src/core/extract/limits.ts), the size check a huge page meets before extraction: exact
// counts on small trees, an early stop on deep and wide ones (so the check itself stays cheap),
// no recursion at any depth, and the same answer in jsdom and linkedom. Then extractArticle on
// pages past the limits: a plain "too large" answer at once, never a stack overflow (a
// 10,000-deep page used to overflow in Readability and come out as "no article").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core';
import { measurePage, PAGE_LIMITS, TOO_LARGE_MESSAGE } from '../../src/core/extract/limits';
import { parsePage, purifyWindow } from '../../src/cli/dom';

const NO_LIMITS = { maxElements: Infinity, maxDepth: Infinity };

function linkedomBody(): { document: Document; body: HTMLElement } {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  return { document: document as unknown as Document, body: document.body as HTMLElement };
}

/** `depth` nested divs under `parent`, built without recursion. */
function chain(doc: Document, parent: Element, depth: number): Element {
  let el = parent;
  for (let i = 0; i < depth; i++) el = el.appendChild(doc.createElement('div'));
  return el;
}

/** `count` paragraphs side by side, each with one link. */
function wide(doc: Document, parent: Element, count: number): void {
  for (let i = 0; i < count; i++) {
    const p = parent.appendChild(doc.createElement('p'));
    p.appendChild(doc.createElement('a'));
  }
}

describe('measurePage', () => {
  it('counts elements and depth exactly, the root included', () => {
    const root = document.createElement('main');
    root.innerHTML =
      '<article><h1>T</h1><p>a <a><b>b</b></a></p><ul><li>1</li><li>2</li></ul></article><aside></aside>';
    expect(measurePage(root)).toEqual({ ok: true, elements: 10, depth: 5 });
    expect(measurePage(document.createElement('p'))).toEqual({ ok: true, elements: 1, depth: 1 });
  });

  it('does not walk past the root into its siblings', () => {
    const parent = document.createElement('div');
    parent.innerHTML = '<section><p>x</p></section><section><p>y</p><p>z</p></section>';
    expect(measurePage(parent.firstElementChild as Element)).toEqual({
      ok: true,
      elements: 2,
      depth: 2,
    });
  });

  it('stops at the first level past the depth limit, in jsdom, on a 1,500-deep page', () => {
    const doc = document.implementation.createHTMLDocument('Deep');
    chain(doc, doc.body, 1_500);
    const size = measurePage(doc.documentElement);
    expect(size).toEqual({
      ok: false,
      reason: 'too-deep',
      elements: PAGE_LIMITS.maxDepth + 3, // <html>, <head>, <title>, <body>, divs to the limit
      depth: PAGE_LIMITS.maxDepth + 1,
      message: TOO_LARGE_MESSAGE,
    });
  });

  it('stops at the first element past the count limit', () => {
    const { document: doc, body } = linkedomBody();
    wide(doc, body, 3_000);
    const size = measurePage(body, { maxElements: 1_000, maxDepth: 100 });
    expect(size).toMatchObject({ ok: false, reason: 'too-many-elements', elements: 1_001 });
  });

  it('never recurses: a 100,000-deep chain is measured to the bottom', () => {
    const { document: doc, body } = linkedomBody();
    chain(doc, body, 100_000);
    expect(measurePage(body, NO_LIMITS)).toEqual({ ok: true, elements: 100_001, depth: 100_001 });
  });

  it('measures a 200,000-element page well within the default limits', () => {
    const { document: doc, body } = linkedomBody();
    wide(doc, chain(doc, body, 20), 100_000);
    const size = measurePage(body);
    expect(size).toEqual({ ok: true, elements: 200_021, depth: 23 });
  });

  it('agrees between jsdom and linkedom on every golden and hostile page', () => {
    const dirs = ['pages', 'hostile'].map((d) => join(import.meta.dirname, '../fixtures', d));
    const sources = [
      ...readdirSync(dirs[0] as string).map((slug) => join(dirs[0] as string, slug, 'source.html')),
      ...readdirSync(dirs[1] as string).map((file) => join(dirs[1] as string, file)),
    ];
    for (const file of sources) {
      const html = readFileSync(file, 'utf8');
      const inJsdom = measurePage(new DOMParser().parseFromString(html, 'text/html').body);
      expect(inJsdom.ok, file).toBe(true);
      // linkedom does not repair markup as the HTML parser does, so only the verdict is shared.
      const { document: doc } = parseHTML(html);
      expect(measurePage(doc.body as unknown as Element).ok, file).toBe(true);
    }
  });
});

describe('extractArticle past the limits', () => {
  const PARAGRAPH =
    '<p>The council voted on Tuesday to keep the library open on Saturdays, after a petition signed by more than two thousand residents asked it to think again.</p>';
  const tooLarge = { ok: false, reason: 'too-large', message: TOO_LARGE_MESSAGE };
  const cli = (doc: Document) =>
    extractArticle(doc, { isPrivateCopy: true, purifyWindow: purifyWindow() });

  it('answers "too large" for a 10,000-deep page parsed from HTML', () => {
    const depth = 10_000;
    const story = `<article><h1>Deep</h1>${PARAGRAPH.repeat(8)}</article>`;
    const html = `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}${story}${'</div>'.repeat(depth)}</body></html>`;
    const doc = parsePage(html);
    expect(cli(doc)).toEqual(tooLarge);
  });

  it('answers "too large" for a page of more than 300,000 elements', () => {
    const { document: doc, body } = linkedomBody();
    const article = body.appendChild(doc.createElement('article'));
    wide(doc, article, PAGE_LIMITS.maxElements / 2);
    expect(cli(doc)).toEqual(tooLarge);
  });

  // Readability walks ancestors at every node, so a page this deep takes seconds: the timeout is
  // generous because the 2-core CI machine runs other test files alongside.
  it('still reads a page just inside the depth limit', { timeout: 60_000 }, () => {
    const depth = PAGE_LIMITS.maxDepth - 10;
    const story = `<article><h1>Deep</h1>${PARAGRAPH.repeat(8)}</article>`;
    const html = `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}${story}${'</div>'.repeat(depth)}</body></html>`;
    expect(cli(parsePage(html)).ok).toBe(true);
  });
});
