// "Keep for this site" from the reader (issue 11, item 3): the page element for a reader block is
// found by its text only at that click, and what is stored is its structural selector, never the
// text; the note says what the site's fixes did and offers Undo, then to forget them.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './support/fake-browser';

let fake: FakeBrowser;
vi.mock('../../src/shared/browser', () => ({
  get default() {
    return fake;
  },
  popupNeedsUserAction: false,
}));

const { findPageElement } = await import('../../src/content/page-element');
const { keepFix, fixesNote } = await import('../../src/content/kept-fixes');
const { FIXES_KEY, fixesFor } = await import('../../src/shared/site-fixes');

const PAGE = `<main><article><h1>Barrier</h1>
<p>The harbour   board met on Tuesday.</p>
<div class="promo">Our sister paper covers the quay.</div>
<p>Engineers will inspect the bridge.</p></article></main>`;

function pageDoc(): Document {
  const doc = document.implementation.createHTMLDocument('Barrier');
  doc.body.innerHTML = PAGE;
  return doc;
}
const block = (html: string) => {
  const t = document.createElement('template');
  t.innerHTML = html;
  return t.content.firstElementChild!;
};

beforeEach(() => {
  fake = createFakeBrowser();
});

describe('the page element of a reader block', () => {
  it('is found by tag and text, or by text alone when Readability changed the tag', () => {
    const doc = pageDoc();
    expect(findPageElement(block('<p>The harbour board met on Tuesday.</p>'), doc)).toBe(
      doc.querySelector('p'),
    );
    // A <div> of phrasing content is a <p> in the reader.
    expect(findPageElement(block('<p>Our sister paper covers the quay.</p>'), doc)).toBe(
      doc.querySelector('.promo'),
    );
    expect(findPageElement(block('<p>Not on the page.</p>'), doc)).toBeNull();
  });
});

describe('keepFix', () => {
  it('stores the structural selector under the page host, and no text', async () => {
    const doc = pageDoc();
    const url = 'https://news.example/a';
    const sister = block('<p>Our sister paper covers the quay.</p>');
    expect(await keepFix('remove', sister, doc, url)).toBe(true);
    const fixes = await fixesFor('news.example');
    expect(fixes).toEqual([
      { kind: 'remove', selector: 'body > main > article > div', added: expect.any(Number) },
    ]);
    expect(JSON.stringify(fake.storage.local.data.get(FIXES_KEY))).not.toContain('sister');
    expect(await keepFix('remove', block('<p>Not on the page.</p>'), doc, url)).toBe(false);
  });

  it('does nothing for a page that is not on the web', async () => {
    const doc = pageDoc();
    const bridge = block('<p>Engineers will inspect the bridge.</p>');
    expect(await keepFix('remove', bridge, doc, 'file:///tmp/a.html')).toBe(false);
    expect(fake.storage.local.data.has(FIXES_KEY)).toBe(false);
  });
});

describe('the fixes note', () => {
  const fix = { kind: 'remove' as const, selector: 'body > div' };
  it('is there only when the site has fixes', () => {
    const onUndo = vi.fn();
    expect(fixesNote({ undone: false, onUndo, host: 'news.example' })).toBeNull();
    const note = fixesNote({
      report: { applied: [fix], skipped: [fix] },
      undone: false,
      onUndo,
      host: 'news.example',
    })!;
    expect(note.textContent).toContain(
      'Fixes for this site applied: 1 · No longer found, skipped: 1',
    );
    note.querySelector<HTMLButtonElement>('.fixes-note-undo')!.click();
    expect(onUndo).toHaveBeenCalled();
  });

  it('after Undo offers to forget the site’s fixes, and does', async () => {
    fake.storage.local.data.set(FIXES_KEY, {
      version: 1,
      sites: { 'news.example': [{ ...fix, added: 1 }], 'b.example': [{ ...fix, added: 1 }] },
    });
    const note = fixesNote({ undone: true, onUndo: vi.fn(), host: 'news.example' })!;
    expect(note.textContent).toContain("This reading is without this site's fixes.");
    note.querySelector<HTMLButtonElement>('.fixes-note-forget')!.click();
    await vi.waitFor(() => expect(note.textContent).toBe("This site's fixes are forgotten."));
    expect(await fixesFor('news.example')).toEqual([]);
    expect(await fixesFor('b.example')).toHaveLength(1);
  });
});
