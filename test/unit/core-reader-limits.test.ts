// The limits an extraction honours: the CLI's by default, tighter ones when the caller gives
// them (the reader passes READER_LIMITS, since its work freezes the tab). Past them the answer
// is "too large", whether the page has too many elements or too much text in a few.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core';
import { PAGE_LIMITS, READER_LIMITS, TOO_LARGE_MESSAGE } from '../../src/core/extract/limits';

const PARAGRAPH =
  '<p>The council voted on Tuesday to keep the library open on Saturdays, after a petition signed by more than two thousand residents asked it to think again.</p>';
const tooLarge = { ok: false, reason: 'too-large', message: TOO_LARGE_MESSAGE };

function page(body: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head><title>Library</title></head><body><article><h1>Library</h1>${body}</article></body></html>`,
    'text/html',
  );
}

describe('extraction limits', () => {
  it('are tighter for the reader than for the CLI', () => {
    expect(READER_LIMITS.maxElements).toBeLessThan(PAGE_LIMITS.maxElements);
    expect(READER_LIMITS.maxTextChars).toBeDefined();
    expect(PAGE_LIMITS.maxTextChars).toBeUndefined();
  });

  it('a page past the given element limit is too large; the default reads it', () => {
    const doc = page(PARAGRAPH.repeat(40));
    expect(extractArticle(doc, { limits: { maxElements: 30, maxDepth: 100 } })).toEqual(tooLarge);
    expect(extractArticle(doc).ok).toBe(true);
  });

  it('a page of few elements but too much text is too large, on both paths', () => {
    const doc = page(PARAGRAPH.repeat(8));
    const limits = { ...READER_LIMITS, maxTextChars: 1_000 };
    expect(extractArticle(doc, { limits })).toEqual(tooLarge);
    const copy = doc.cloneNode(true) as Document;
    expect(extractArticle(copy, { limits, isPrivateCopy: true })).toEqual(tooLarge);
    expect(extractArticle(doc, { limits: READER_LIMITS }).ok).toBe(true);
  });

  it('answers a 4-million-character page under the reader limits without reading it', () => {
    const words = 'harbour wall '.repeat(320_000); // 4.16 million characters in one paragraph
    const doc = page(`<p>${words}</p>${PARAGRAPH.repeat(4)}`);
    expect(extractArticle(doc, { limits: READER_LIMITS })).toEqual(tooLarge);
  });
});
