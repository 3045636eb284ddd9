// The font-size feature: "Smaller text" / "Larger text" and Ctrl/Cmd + and −, each one step of
// the stored size; the keys are the reader's (not the page's, not the browser's zoom) while it
// is open, and only the user's own presses count.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FONT_SIZE, DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { asUser } from '../support/user-input';
import { mountFeature } from '../support/feature';
import { makeArticle } from '../support/article';

vi.mock('../../../src/shared/browser', () => ({ default: {} }));
vi.mock(
  '../../../src/content/trusted',
  async () => (await import('../support/user-input')).userInputMock,
);

const controllers: AbortController[] = [];
afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
});

function mount(article = makeArticle()) {
  const mounted = mountFeature('font-size', { article });
  controllers.push(mounted.controller);
  return mounted;
}

const key = (init: KeyboardEventInit) =>
  asUser(new KeyboardEvent('keydown', { cancelable: true, bubbles: true, ...init }));
const byName = (bar: HTMLElement, name: string) =>
  [...bar.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === name)!;

describe('font-size', () => {
  it('two fixed icon buttons, named and titled, prefixed with its id', () => {
    const { items } = mount();
    expect(
      items.map(({ el, movable }) => [el.getAttribute('aria-label'), el.title, movable]),
    ).toEqual([
      ['Smaller text', 'Smaller text', false],
      ['Larger text', 'Larger text', false],
    ]);
    expect(items.every(({ el }) => el.classList.contains('font-size'))).toBe(true);
  });

  it('each press is one step from the stored size at the time of writing', () => {
    const { bar, store, storedAfterUpdates } = mount();
    byName(bar, 'Larger text').click();
    byName(bar, 'Larger text').click();
    byName(bar, 'Smaller text').click();
    expect(store.update).toHaveBeenCalledTimes(3);
    expect(storedAfterUpdates().fontSize).toBe(DEFAULT_SETTINGS.fontSize + FONT_SIZE.step);
  });

  it('takes Ctrl + and − from the page (no zoom) until the reader closes', () => {
    const { store, controller } = mount();
    const pageSaw = vi.fn();
    document.body.addEventListener('keydown', pageSaw);
    const larger = key({ ctrlKey: true, key: '=' });
    document.body.dispatchEvent(larger);
    expect(larger.defaultPrevented).toBe(true);
    expect(pageSaw).not.toHaveBeenCalled();
    const smaller = key({ metaKey: true, key: '-' });
    document.body.dispatchEvent(smaller);
    expect(smaller.defaultPrevented).toBe(true);
    const typing = key({ key: 'a' });
    document.body.dispatchEvent(typing);
    expect(typing.defaultPrevented).toBe(false);
    expect(store.update).toHaveBeenCalledTimes(2);
    controller.abort();
    const later = key({ ctrlKey: true, key: '-' });
    document.body.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
    expect(store.update).toHaveBeenCalledTimes(2);
    document.body.removeEventListener('keydown', pageSaw);
  });

  it('ignores a page script’s synthetic Ctrl +', () => {
    const { store } = mount();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '=', ctrlKey: true }));
    expect(store.update).not.toHaveBeenCalled();
  });

  it('without an article: no buttons, and the keys stay the browser’s', () => {
    const mounted = mountFeature('font-size');
    controllers.push(mounted.controller);
    expect(mounted.items).toEqual([]);
    const minus = key({ key: '-', ctrlKey: true });
    document.body.dispatchEvent(minus);
    expect(minus.defaultPrevented).toBe(false);
    expect(mounted.store.update).not.toHaveBeenCalled();
  });
});
