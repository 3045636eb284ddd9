// The show-removed feature: "Show removed (N)", there only when something was removed; its view
// is a chunk loaded on the first press (src/content/chunks.ts), then shown and hidden without
// loading again; a failed load says so, stays unpressed and is tried again. Its Arabic labels
// are checked in test/unit/i18n-ui.test.ts, the view in the browser in
// test/e2e/chromium-removed.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../src/core/article';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';
import { makeArticle } from '../support/article';
import { stubChunkLoader, type ChunkLoader } from '../support/chunk-loader';

let fake: FakeBrowser;
vi.mock('../../../src/shared/browser', () => ({
  get default() {
    return fake;
  },
}));

let loader: ChunkLoader;
const controllers: AbortController[] = [];

beforeEach(async () => {
  fake = createFakeBrowser();
  vi.resetModules();
  loader = await stubChunkLoader();
});
afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
});

const FAILED = 'Could not load this control. Try again.';

function articleWithRemoved(): Article {
  const withRemoved = document.createDocumentFragment();
  const part = document.createElement('div');
  part.setAttribute('data-clearpage-removed', '0');
  part.setAttribute('data-kind', 'trending');
  part.innerHTML = '<p>Most read today</p>';
  withRemoved.append(document.createElement('p'), part);
  return Object.assign(makeArticle('<p>Story.</p>'), {
    removed: [{ kind: 'trending', reason: 'a rule', text: 'Most read today' }],
    contentWithRemoved: withRemoved,
  }) as Article;
}

async function mount(article: Article | null = articleWithRemoved()) {
  const { mountFeature } = await import('../support/feature');
  const mounted = mountFeature('show-removed', { article });
  controllers.push(mounted.controller);
  return {
    ...mounted,
    button: mounted.root.querySelector<HTMLButtonElement>('button.show-removed'),
  };
}

describe('show-removed', () => {
  it('is a movable toggle named with the count, prefixed with its id', async () => {
    const { button, items } = await mount();
    expect(items.map((i) => [i.el, i.movable])).toEqual([[button, true]]);
    expect(button!.textContent).toBe('Show removed (1)');
    expect(button!.getAttribute('aria-pressed')).toBe('false');
  });

  it('loads its view on the first press, then shows and hides without loading again', async () => {
    const { button, body } = await mount();
    expect(loader.asked).toEqual([]);
    button!.click();
    await vi.waitFor(() => expect(button!.getAttribute('aria-pressed')).toBe('true'));
    expect(body!.querySelector('.cp-removed-label span')!.textContent).toBe('Removed: Trending');
    button!.click();
    await vi.waitFor(() => expect(button!.getAttribute('aria-pressed')).toBe('false'));
    expect(body!.querySelector<HTMLElement>('.cp-removed')!.hidden).toBe(true);
    button!.click();
    await vi.waitFor(() => expect(button!.getAttribute('aria-pressed')).toBe('true'));
    expect(loader.asked).toEqual(['show-removed']);
  });

  it('says so when the view cannot be loaded, stays unpressed, and tries again', async () => {
    loader.allow = false;
    const { button, announce } = await mount();
    button!.click();
    await vi.waitFor(() => expect(announce).toHaveBeenCalledWith(FAILED));
    expect(button!.getAttribute('aria-pressed')).toBe('false');
    loader.allow = true;
    button!.click();
    await vi.waitFor(() => expect(button!.getAttribute('aria-pressed')).toBe('true'));
    expect(loader.asked).toEqual(['show-removed', 'show-removed']);
  });

  it('stays out when nothing was removed, and without an article', async () => {
    expect((await mount(makeArticle())).items).toEqual([]);
    expect((await mount(null)).items).toEqual([]);
  });
});
