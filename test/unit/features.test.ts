// The features' own structure (issue 9): one file per feature in src/content/features/, listed
// once in features/index.ts, its id its file name, its test test/unit/features/<id>.test.ts,
// and its toolbar items' classes prefixed with its id.
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/core/article';
import { FEATURES } from '../../src/content/features/index';
import { mountFeature } from './support/feature';
import { makeArticle } from './support/article';

vi.mock('../../src/shared/browser', () => ({ default: {} }));

const WIRING = ['context.ts', 'index.ts'];
const files = readdirSync('src/content/features').filter((f) => !WIRING.includes(f));
const ids = FEATURES.map((f) => f.id);

const controllers: AbortController[] = [];
afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
});

/** An article with something removed and three headings, so that every feature has its controls. */
function fullArticle(): Article {
  const sections = ['One', 'Two', 'Three'].map((n) => `<h2>${n}</h2><p>Text ${n}.</p>`).join('');
  return Object.assign(makeArticle(sections), {
    removed: [{ kind: 'trending', reason: 'a rule', text: 'Most read' }],
    contentWithRemoved: document.createDocumentFragment(),
  }) as Article;
}

describe('the reader’s features', () => {
  it('are the files of src/content/features, each listed once under its file name', () => {
    expect([...ids].sort()).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ids)('%s has its test, test/unit/features/%s.test.ts', (id) => {
    expect(readdirSync('test/unit/features')).toContain(`${id}.test.ts`);
  });

  it.each(ids)('%s: every toolbar item it adds carries a class prefixed with its id', (id) => {
    const mounted = mountFeature(id, { article: fullArticle() });
    controllers.push(mounted.controller);
    expect(mounted.items.length, `${id} adds no toolbar item`).toBeGreaterThan(0);
    for (const { el } of mounted.items)
      expect(
        [...el.classList].some((c) => c === id || c.startsWith(`${id}-`)),
        el.outerHTML,
      ).toBe(true);
  });

  it.each(ids)('%s: closing the reader ends what it registered', (id) => {
    const mounted = mountFeature(id, { article: fullArticle() });
    mounted.controller.abort();
    expect(mounted.controller.signal.aborted).toBe(true);
    // Its keys are the page's again.
    const key = new KeyboardEvent('keydown', { key: '=', ctrlKey: true, cancelable: true });
    window.dispatchEvent(key);
    expect(key.defaultPrevented).toBe(false);
  });
});
