// auto-open.js on a chosen site's page: asks for the reader once, and only on an article.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFakeBrowser, type FakeBrowser } from './support/fake-browser';

let fake: FakeBrowser;
vi.mock('../../src/shared/browser', () => ({
  get default() {
    return fake;
  },
}));

const page = (name: string) =>
  readFileSync(join(import.meta.dirname, `../fixtures/pages/${name}/source.html`), 'utf8');
const asked: unknown[] = [];

async function runOn(html: string) {
  document.documentElement.innerHTML = new DOMParser().parseFromString(
    html,
    'text/html',
  ).documentElement.innerHTML;
  vi.resetModules();
  await import('../../src/content/auto-open');
  await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(() => {
  fake = createFakeBrowser();
  asked.length = 0;
  fake.runtime.onMessage.addListener((message: unknown) => void asked.push(message));
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('clearpage.auto-open')];
});

describe('auto-open.js', () => {
  it('asks the background for the reader on an article, once per document', async () => {
    await runOn(page('en-news-chrome'));
    expect(asked).toEqual([{ clearpage: 'auto-open' }]);
    await runOn(page('en-news-chrome')); // injected again into the same document
    expect(asked).toHaveLength(1);
  });

  it('asks nothing on a page that is not an article', async () => {
    await runOn(page('search-results-no-article'));
    expect(asked).toEqual([]);
  });
});
