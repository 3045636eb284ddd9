// withFreshContent (src/content/fresh-content.ts): the reader shows nodes made after
// sanitising, never the sanitiser's own (which, in Chromium, may carry the page's handlers as
// live listeners — see the file's header and test/e2e/chromium-hostile-pages.test.ts).
import { expect, it } from 'vitest';
import { extractArticle } from '../../src/core';
import { withFreshContent } from '../../src/content/fresh-content';

const PAGE = `<!doctype html><html><head><title>Tide tables</title></head><body><article>
  <h1>Tide tables</h1>${'<p onclick="x()">The harbour master printed the tide tables on a single sheet of card every spring, and the crews pinned them above the chart table.</p>'.repeat(4)}
  </article></body></html>`;

it('gives a deep copy of the sanitised content, made on first use, keeping everything else', () => {
  const extraction = extractArticle(new DOMParser().parseFromString(PAGE, 'text/html'));
  if (!extraction.ok) throw new Error(extraction.message);
  const fresh = withFreshContent(extraction);
  if (!fresh.ok) throw new Error('lost the article');
  const shown = fresh.article.content;
  expect(shown.ownerDocument).toBe(document);
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
