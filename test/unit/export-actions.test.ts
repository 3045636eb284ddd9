// Saving and copying from the content script: text at once, Markdown and HTML through the
// exporter that the background injects on first use (export.js), and the popup's messages
// through the reader's one router, with its answers for a closed reader.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/core/article';
import { createFakeBrowser, type FakeBrowser } from './support/fake-browser';
import { makeArticle as baseArticle } from './support/article';

let fake: FakeBrowser;
vi.mock('../../src/shared/browser', () => ({
  get default() {
    return fake;
  },
}));

function makeArticle(): Article {
  return baseArticle('<p>First <a href="/more">paragraph</a>.</p><pre><code>x = 1</code></pre>', {
    title: 'Harbour: a wall?',
    siteName: 'The Ledger',
    publishedTime: '2024-03-14',
    url: 'https://example.com/news/story',
    text: 'First paragraph.\n\nx = 1',
    wordCount: 4,
  });
}

interface Saved {
  name: string;
  type: string;
  text: Promise<string>;
}
let saved: Saved[];
let exporterLoads: number;

beforeEach(async () => {
  fake = createFakeBrowser();
  vi.resetModules();
  // No chunk loaded yet in this frame (chunk-slot.ts keeps them under these keys).
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('clearpage.chunk.export')];
  saved = [];
  exporterLoads = 0;
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href)!;
    saved.push({ name: this.download, type: blob.type, text: blob.text() });
  });
  // Stands in for the background's executeScript of export.js in this frame.
  const { handleMessages } = await import('../../src/shared/messages');
  handleMessages({
    'load-chunk': async (request: unknown) => {
      if ((request as { name?: string } | undefined)?.name !== 'export') return { ok: false };
      exporterLoads++;
      await import('../../src/content/lazy/export');
      return { ok: true };
    },
  });
});

afterEach(() => vi.restoreAllMocks());

async function actionsFor(article: Article | null) {
  const { exportActions } = await import('../../src/content/export-actions');
  return exportActions(() => article);
}

const message = (name: string, payload: unknown) =>
  fake.tabs.sendMessage(1, { clearpage: name, payload });

describe('exportActions', () => {
  it('saves text without loading the exporter', async () => {
    const actions = await actionsFor(makeArticle());
    expect(await actions.save('text')).toBe(true);
    expect(exporterLoads).toBe(0);
    expect(saved.map(({ name, type }) => ({ name, type }))).toEqual([
      { name: 'harbour-a-wall.txt', type: 'text/plain;charset=utf-8' },
    ]);
    expect(await saved[0]!.text).toMatch(/^Harbour: a wall\?\nBy Maya Okafor\n/);
  });

  it('saves Markdown with front matter and HTML as a standalone file, loading the exporter once', async () => {
    const actions = await actionsFor(makeArticle());
    expect(await actions.save('markdown')).toBe(true);
    expect(await actions.save('html')).toBe(true);
    expect(exporterLoads).toBe(1);
    expect(saved.map(({ name, type }) => ({ name, type }))).toEqual([
      { name: 'harbour-a-wall.md', type: 'text/markdown;charset=utf-8' },
      { name: 'harbour-a-wall.html', type: 'text/html;charset=utf-8' },
    ]);
    const markdown = await saved[0]!.text;
    expect(markdown).toMatch(
      /^---\ntitle: "Harbour: a wall\?"\nsource: "https:\/\/example.com\/news\/story"\n/,
    );
    expect(markdown).toMatch(
      /\nsaved: \d{4}-\d\d-\d\dT[\d:.]+Z\nsite: "The Ledger"\nlanguage: "en"\n---\n\n# Harbour: a wall\?\n/,
    );
    expect(markdown).toContain('First [paragraph](https://example.com/more).');
    expect(markdown).toContain('```\nx = 1\n```');
    const html = await saved[1]!.text;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<p>First <a href="/more">paragraph</a>.</p>');
  });

  it('copies Markdown without front matter', async () => {
    const actions = await actionsFor(makeArticle());
    const markdown = await actions.copyable('markdown');
    expect(markdown).toMatch(
      /^# Harbour: a wall\?\n\n_By Maya Okafor · The Ledger · March 14, 2024_\n/,
    );
    expect(await actions.copyable('text')).toMatch(/^Harbour: a wall\?\n/);
  });

  it('does nothing without an article', async () => {
    const actions = await actionsFor(null);
    expect(await actions.save('markdown')).toBe(false);
    expect(await actions.copyable('markdown')).toBeNull();
    actions.prepare();
    expect(saved).toEqual([]);
    expect(exporterLoads).toBe(0);
  });

  it('says so when the exporter cannot be loaded, and tries again next time', async () => {
    fake.runtime.onMessage.listeners.clear();
    const { handleMessages } = await import('../../src/shared/messages');
    let allow = false;
    handleMessages({
      'load-chunk': async () => {
        if (!allow) return { ok: false };
        await import('../../src/content/lazy/export');
        return { ok: true };
      },
    });
    const actions = await actionsFor(makeArticle());
    await expect(actions.save('markdown')).rejects.toThrow(/could not load its export part/);
    allow = true;
    expect(await actions.save('markdown')).toBe(true);
  });
});

/** A page Readability reads as one article (six paragraphs of the story). */
const STORY_PAGE =
  '<main><article><h1>Harbour: a wall?</h1>' +
  Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the story: the harbour board met on Tuesday and voted, after a ` +
      'long debate about money, tides and the old sea wall, to build the new tidal barrier.</p>',
  ).join('') +
  '</article></main>';

describe("the popup's messages, through the reader's one router (reader.ts)", () => {
  async function reader(html: string) {
    // The reader closes itself when the extension is gone (page-watch.ts): it is here.
    Object.assign(fake.runtime, { id: 'clearpage-test' });
    document.body.innerHTML = html;
    const { createReader } = await import('../../src/content/reader');
    return createReader();
  }

  it('a closed reader answers save-as with ok: false and get-export with null', async () => {
    await reader(STORY_PAGE);
    expect(await message('save-as', { format: 'text' })).toEqual({ ok: false });
    expect(await message('get-export', { format: 'text' })).toBeNull();
    expect(await message('reader-status', undefined)).toEqual({ open: false });
    expect(saved).toEqual([]);
  });

  it('save-as downloads the format asked for; an unknown format saves nothing', async () => {
    const open = await reader(STORY_PAGE);
    open.open();
    expect(await message('save-as', { format: 'html' })).toEqual({ ok: true });
    expect(await message('save-as', { format: 'pdf' })).toEqual({ ok: false });
    expect(await message('save-as', undefined)).toEqual({ ok: false });
    expect(saved.map((s) => s.name)).toEqual(['harbour-a-wall.html']);
    open.close();
  });

  it('get-export answers with the text to copy, or null', async () => {
    const open = await reader(STORY_PAGE);
    open.open();
    const answer = (await message('get-export', { format: 'markdown' })) as { text: string };
    expect(answer.text.startsWith('# Harbour: a wall?')).toBe(true);
    expect(await message('get-export', { format: 'nope' })).toBeNull();
    // Closed again: the fallbacks, not the closed reader's features.
    open.close();
    expect(await message('get-export', { format: 'markdown' })).toBeNull();
    expect(await message('save-as', { format: 'text' })).toEqual({ ok: false });
  });

  it('a reader open without an article has nothing to save', async () => {
    // "Read selection" with nothing selected: the reader says so, with no article.
    const open = await reader(STORY_PAGE);
    open.open('selection');
    expect(await message('reader-status', undefined)).toEqual({ open: true, kind: 'no-article' });
    expect(await message('save-as', { format: 'text' })).toEqual({ ok: false });
    expect(await message('get-export', { format: 'text' })).toBeNull();
    open.close();
  });
});

describe('the background', () => {
  it('injects a chunk into the asking frame of the asking tab, and only a listed one', async () => {
    fake.runtime.onMessage.listeners.clear();
    await import('../../src/background/index');
    const ask = (payload: unknown, sender: object) =>
      fake.runtime.deliver({ clearpage: 'load-chunk', payload }, sender);
    for (const name of ['export', 'read-aloud', 'show-removed', 'picker']) {
      expect(await ask({ name }, { tab: { id: 7 }, frameId: 3 })).toEqual({ ok: true });
      expect(fake.calls).toContainEqual({
        api: 'scripting.executeScript',
        args: { target: { tabId: 7, frameIds: [3] }, files: [`chunks/${name}.js`] },
      });
    }
    const before = fake.calls.length;
    expect(await ask({ name: '../popup' }, { tab: { id: 7 } })).toEqual({ ok: false });
    expect(await ask(undefined, { tab: { id: 7 } })).toEqual({ ok: false });
    expect(fake.calls.slice(before).filter((c) => c.api === 'scripting.executeScript')).toEqual([]);
    expect(await ask({ name: 'export' }, { tab: { id: -1 } })).toEqual({ ok: false });
  });
});
