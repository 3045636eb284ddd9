// The read-aloud feature: its group on the toolbar, and its engine, a chunk loaded on the first
// press (src/content/chunks.ts): nothing is asked for before it, a load is asked for once, and a
// failed load says so and is tried again on the next press. The engine itself is tested in
// test/unit/read-aloud.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

async function mount(
  article: ReturnType<typeof makeArticle> | null = makeArticle('<p>One.</p><p>Two.</p>'),
) {
  const { mountFeature } = await import('../support/feature');
  const mounted = mountFeature('read-aloud', { article });
  controllers.push(mounted.controller);
  const group = mounted.root.querySelector<HTMLElement>('.read-aloud');
  return { ...mounted, group, play: group?.querySelector('button') ?? null };
}

describe('read-aloud', () => {
  it('is a labelled, movable group: "Read aloud", then Stop and the speed, shown only while reading', async () => {
    const { group, items } = await mount();
    expect(items.map((i) => [i.el, i.movable])).toEqual([[group, true]]);
    expect(group!.getAttribute('role')).toBe('group');
    expect(group!.getAttribute('aria-label')).toBe('Read aloud');
    const [play, stop] = group!.querySelectorAll('button');
    const rate = group!.querySelector('select')!;
    expect(play!.textContent).toBe('Read aloud');
    expect(stop!.getAttribute('aria-label')).toBe('Stop reading');
    expect(rate.getAttribute('aria-label')).toBe('Reading speed');
    expect([...rate.options].map((o) => o.value)).toEqual(['0.75', '1', '1.25', '1.5', '2']);
    expect(rate.value).toBe('1');
    expect([stop!.hidden, rate.hidden]).toEqual([true, true]);
    // Its classes carry its id.
    for (const el of group!.querySelectorAll(':scope > [class]'))
      expect(el.getAttribute('class')).toMatch(/(^| )read-aloud-/);
  });

  it('loads its engine on the first press only (jsdom has no voice: it says so)', async () => {
    const { play, announce } = await mount();
    expect(loader.asked).toEqual([]);
    play!.click();
    await vi.waitFor(() => expect(announce).toHaveBeenCalledWith(expect.stringMatching(/voice/)));
    play!.click();
    await vi.waitFor(() => expect(announce).toHaveBeenCalledTimes(2));
    expect(loader.asked).toEqual(['read-aloud']);
  });

  it('says so when the engine cannot be loaded, and tries again on the next press', async () => {
    loader.allow = false;
    const { play, announce } = await mount();
    play!.click();
    await vi.waitFor(() => expect(announce).toHaveBeenCalledWith(FAILED));
    loader.allow = true;
    play!.click();
    await vi.waitFor(() => expect(loader.asked).toEqual(['read-aloud', 'read-aloud']));
  });

  it('stays out without an article', async () => {
    const { items, group } = await mount(null);
    expect([items, group]).toEqual([[], null]);
  });
});
