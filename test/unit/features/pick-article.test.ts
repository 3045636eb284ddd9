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
