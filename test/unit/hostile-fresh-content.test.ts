// withFreshContent (src/content/fresh-content.ts): the reader shows nodes parsed again from the
// sanitised markup, never the sanitiser's own (which, in Chromium, may carry the page's handlers
// as live listeners, closed clonable shadow roots or customized built-ins — see the file's
// header, test/e2e/chromium-hostile-pages.test.ts and test/e2e/chromium-isolation.test.ts).
import { expect, it } from 'vitest';
import { extractArticle } from '../../src/core';
import { withFreshContent } from '../../src/content/fresh-content';

const PAGE = `<!doctype html><html><head><title>Tide tables</title></head><body><article>
  <h1>Tide tables</h1>${'<p onclick="x()">The harbour master printed the tide tables on a single sheet of card every spring, and the crews pinned them above the chart table.</p>'.repeat(4)}
  </article></body></html>`;

it('gives a re-parsed copy of the sanitised content, made on first use, keeping everything else', () => {
  const extraction = extractArticle(new DOMParser().parseFromString(PAGE, 'text/html'));
  if (!extraction.ok) throw new Error(extraction.message);
  const fresh = withFreshContent(extraction);
  if (!fresh.ok) throw new Error('lost the article');
  const shown = fresh.article.content;
  // An inert document: no window, so no script, registry or image load (inert-markup.ts).
  expect(shown.ownerDocument).not.toBe(document);
  expect(shown.ownerDocument.defaultView).toBeNull();
  expect(fresh.article.content).toBe(shown); // one copy, however often it is read
  const original = extraction.article.content;
  expect(shown).not.toBe(original);
  const serialise = (f: DocumentFragment) =>
    [...f.childNodes].map((n) => (n as Element).outerHTML ?? n.textContent).join('');
  expect(serialise(shown)).toBe(serialise(original));
  expect(serialise(shown)).not.toContain('onclick');
  const keys = (a: object) => Object.keys(Object.getOwnPropertyDescriptors(a)).sort();
  expect(keys(fresh.article)).toEqual(keys(extraction.article));
  expect(fresh.article.text).toBe(extraction.article.text);
  expect(fresh.article.html).toBe(extraction.article.html);
});

it('passes "no article" and "too large" through untouched', () => {
  const none = { ok: false as const, reason: 'no-article' as const, message: 'none' };
  expect(withFreshContent(none)).toBe(none);
});

it('carries no shadow root, is-value or custom element of the page into the reader', () => {
  const calls: string[] = [];
  class PageParagraph extends HTMLParagraphElement {
    connectedCallback() {
      calls.push('connected');
    }
  }
  customElements.define('page-p', PageParagraph, { extends: 'p' });
  const doc = document.implementation.createHTMLDocument('Tide tables');
  doc.body.innerHTML = PAGE.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '');
  const story = doc.querySelector('article')!;
  const made = document.createElement('p', { is: 'page-p' });
  made.textContent = 'A paragraph the page made with its own class, long enough to be kept in.';
  story.append(doc.importNode(made, true));
  const hostile = doc.createElement('p');
  hostile.textContent = 'A paragraph with a closed shadow root that the page can still reach.';
  hostile.attachShadow({ mode: 'closed' }).innerHTML = '<img src=x onerror="hit()">';
  story.append(hostile);
  const extraction = withFreshContent(extractArticle(doc, { purifyWindow: window }));
  if (!extraction.ok) throw new Error('no article');
  const shown = document.createElement('div');
  document.body.append(shown);
  shown.append(extraction.article.content);
  expect(calls).toEqual([]);
  for (const p of shown.querySelectorAll('p')) {
    expect(p).not.toBeInstanceOf(PageParagraph);
    // A host already has a root; a new element takes one without complaint.
    expect(() => p.attachShadow({ mode: 'open' })).not.toThrow();
  }
  shown.remove();
});
