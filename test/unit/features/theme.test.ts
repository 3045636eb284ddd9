// The theme feature: a labelled switch with every theme, showing the theme in force (it may
// change from the popup or another tab) and storing the choice; there with or without an article.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { mountFeature } from '../support/feature';
import { makeArticle } from '../support/article';

vi.mock('../../../src/shared/browser', () => ({ default: {} }));

const controllers: AbortController[] = [];
afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
});

function mount(options: Parameters<typeof mountFeature>[1] = {}) {
  const mounted = mountFeature('theme', options);
  controllers.push(mounted.controller);
  const select = mounted.root.querySelector<HTMLSelectElement>('select[aria-label="Theme"]')!;
  return { ...mounted, select };
}

describe('theme', () => {
  it('offers every theme in its labelled switch, a movable item prefixed with its id', () => {
    const { select, items, root } = mount({ article: makeArticle() });
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['system', 'System'],
      ['light', 'Light'],
      ['sepia', 'Sepia'],
      ['dark', 'Dark'],
      ['contrast', 'High contrast'],
    ]);
    expect(items).toHaveLength(1);
    expect(items[0]!.movable).toBe(true);
    expect(items[0]!.el.className).toBe('theme-field');
    expect(root.querySelector(`label[for="${select.id}"]`)!.textContent).toBe('Theme');
  });

  it('shows the theme in force, and follows it when it changes', () => {
    const { select, host } = mount({ settings: { ...DEFAULT_SETTINGS, theme: 'sepia' } });
    expect(select.value).toBe('sepia');
    host.applySettings({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(select.value).toBe('dark');
  });

  it('stores the choice, and is there without an article', () => {
    const { select, store } = mount();
    select.value = 'dark';
    select.dispatchEvent(new Event('change'));
    expect(store.save).toHaveBeenCalledWith({ theme: 'dark' });
  });
});
