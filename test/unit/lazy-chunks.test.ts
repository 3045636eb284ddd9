// Read aloud's engine and "Show removed"'s view are chunks loaded on the first press
// (src/content/chunks.ts): nothing is asked for before it, a load is asked for once, and a
// failed load says so and is tried again on the next press.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/core/article';
import { createFakeBrowser, type FakeBrowser } from './support/fake-browser';

let fake: FakeBrowser;
vi.mock('../../src/shared/browser', () => ({
  get default() {
    return fake;
  },
}));

let asked: string[];
let allow: boolean;

beforeEach(async () => {
  fake = createFakeBrowser();
  vi.resetModules();
  asked = [];
  allow = true;
  for (const name of ['read-aloud', 'show-removed'])
    delete (globalThis as Record<symbol, unknown>)[Symbol.for(`clearpage.chunk.${name}`)];
  // Stands in for the background's executeScript of chunks/<name>.js in this frame.
  const { handleMessages } = await import('../../src/shared/messages');
  handleMessages({
    'load-chunk': async (request: unknown) => {
      const name = (request as { name: string }).name;
      asked.push(name);
      if (!allow) return { ok: false };
      if (name === 'read-aloud') await import('../../src/content/lazy/read-aloud');
      if (name === 'show-removed') await import('../../src/content/lazy/show-removed');
      return { ok: true };
    },
  });
});

const FAILED = 'Could not load this control. Try again.';

describe('read aloud', () => {
  async function controls() {
    const { readAloudControls } = await import('../../src/content/read-aloud-controls');
    const body = document.createElement('div');
    body.innerHTML = '<p>One.</p><p>Two.</p>';
    const announce = vi.fn();
    const group = readAloudControls({
      body,
      lang: 'en',
      signal: new AbortController().signal,
      announce,
    });
    return { play: group.querySelector('button')!, announce };
  }

  it('loads its engine on the first press only (jsdom has no voice: it says so)', async () => {
    const { play, announce } = await controls();
    expect(asked).toEqual([]);
    play.click();
    await vi.waitFor(() => expect(announce).toHaveBeenCalledWith(expect.stringMatching(/voice/)));
    play.click();
    await vi.waitFor(() => expect(announce).toHaveBeenCalledTimes(2));
    expect(asked).toEqual(['read-aloud']);
  });

  it('says so when the engine cannot be loaded, and tries again on the next press', async () => {
    allow = false;
    const { play, announce } = await controls();
    play.click();
    await vi.waitFor(() => expect(announce).toHaveBeenCalledWith(FAILED));
    allow = true;
    play.click();
    await vi.waitFor(() => expect(asked).toEqual(['read-aloud', 'read-aloud']));
  });
});

describe('show removed', () => {
  async function toggle() {
    const { removedToggle } = await import('../../src/content/removed-view');
    const withRemoved = document.createDocumentFragment();
    const part = document.createElement('div');
    part.setAttribute('data-clearpage-removed', '0');
    part.setAttribute('data-kind', 'trending');
    part.innerHTML = '<p>Most read today</p>';
    withRemoved.append(document.createElement('p'), part);
    const article = {
      removed: [{ kind: 'trending', reason: 'a rule', text: 'Most read today' }],
      contentWithRemoved: withRemoved,
    } as unknown as Article;
    const body = document.createElement('div');
    const announce = vi.fn();
    const button = removedToggle({ article, body, prepareLinks: () => undefined, announce })!;
    return { button, body, announce };
  }

  it('loads its view on the first press, then shows and hides without loading again', async () => {
    const { button, body } = await toggle();
    expect(asked).toEqual([]);
    button.click();
    await vi.waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'));
    expect(body.querySelector('.cp-removed-label span')!.textContent).toBe('Removed: Trending');
    button.click();
    await vi.waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('false'));
    expect(body.querySelector<HTMLElement>('.cp-removed')!.hidden).toBe(true);
    button.click();
    await vi.waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'));
    expect(asked).toEqual(['show-removed']);
  });

  it('says so when the view cannot be loaded, stays unpressed, and tries again', async () => {
    allow = false;
    const { button, announce } = await toggle();
    button.click();
    await vi.waitFor(() => expect(announce).toHaveBeenCalledWith(FAILED));
    expect(button.getAttribute('aria-pressed')).toBe('false');
    allow = true;
    button.click();
    await vi.waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'));
    expect(asked).toEqual(['show-removed', 'show-removed']);
  });
});
