// The pick-article feature: a movable "Pick the article" button that asks the reader for the
// picker, with an article and on the "no article" screen alike, and nothing once the reader closed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountFeature } from '../support/feature';
import { makeArticle } from '../support/article';

vi.mock('../../../src/shared/browser', () => ({ default: {} }));

const controllers: AbortController[] = [];
afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
});

function mount(article: ReturnType<typeof makeArticle> | null) {
  const mounted = mountFeature('pick-article', { article });
  controllers.push(mounted.controller);
  return { ...mounted, button: mounted.items[0]!.el as HTMLButtonElement };
}

describe('pick-article', () => {
  it('a movable "Pick the article" button, prefixed with its id', () => {
    const { items, button } = mount(makeArticle());
    expect(items).toHaveLength(1);
    expect([button.textContent, button.className, button.type, items[0]!.movable]).toEqual([
      'Pick the article',
      'pick-article',
      'button',
      true,
    ]);
  });

  it('asks the reader for the picker when pressed, article or not', () => {
    for (const article of [makeArticle(), null]) {
      const { button, startPicker } = mount(article);
      expect(startPicker).not.toHaveBeenCalled();
      button.click();
      expect(startPicker).toHaveBeenCalledTimes(1);
    }
  });

  it('does nothing once the reader closed', () => {
    const { button, startPicker, controller } = mount(makeArticle());
    controller.abort();
    button.click();
    expect(startPicker).not.toHaveBeenCalled();
  });
});

describe('pick-article after a pick', () => {
  function mountPicked(keep: () => Promise<boolean>) {
    const mounted = mountFeature('pick-article', {
      article: makeArticle(),
      keepPick: { host: 'news.example', keep: vi.fn(keep) },
    });
    controllers.push(mounted.controller);
    return { ...mounted, keepButton: mounted.items[1]?.el as HTMLButtonElement };
  }

  it('offers "Use this block on <host> from now on", keeps it once and says so', async () => {
    let calls = 0;
    const { keepButton, announce, items } = mountPicked(async () => (calls++, true));
    expect(items).toHaveLength(2);
    expect([keepButton.textContent, keepButton.className]).toEqual([
      'Use this block on news.example from now on',
      'pick-article-keep',
    ]);
    keepButton.click();
    await vi.waitFor(() =>
      expect(announce).toHaveBeenCalledWith('Kept: this block opens on news.example from now on'),
    );
    expect(keepButton.getAttribute('aria-disabled')).toBe('true');
    keepButton.click();
    await Promise.resolve();
    expect(calls).toBe(1);
  });

  it('says so when the block cannot be kept', async () => {
    const { keepButton, announce } = mountPicked(async () => false);
    keepButton.click();
    await vi.waitFor(() =>
      expect(announce).toHaveBeenCalledWith(expect.stringMatching(/^Couldn’t keep/)),
    );
    expect(keepButton.hasAttribute('aria-disabled')).toBe(false);
  });

  it('is not offered for a reading that was not picked', () => {
    const { items } = mount(makeArticle());
    expect(items.map((i) => i.el.className)).toEqual(['pick-article']);
  });
});
