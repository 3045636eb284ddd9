// The copy-text feature: "Copy text" puts the clean text on the clipboard and says so, or says it
// could not (how the text gets there is save.ts's copyText).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountFeature } from '../support/feature';
import { makeArticle } from '../support/article';

vi.mock('../../../src/shared/browser', () => ({
  default: { runtime: { sendMessage: async () => ({ ok: false }) } },
}));

const controllers: AbortController[] = [];
afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'clipboard');
});

function clipboard(writeText: (text: string) => Promise<void>) {
  const spy = vi.fn(writeText);
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: spy } });
  return spy;
}

function mount() {
  const mounted = mountFeature('copy-text', { article: makeArticle() });
  controllers.push(mounted.controller);
  return { ...mounted, button: mounted.items[0]!.el as HTMLButtonElement };
}

describe('copy-text', () => {
  it('a movable "Copy text" button, prefixed with its id', () => {
    const { items, button } = mount();
    expect([button.textContent, button.className, items[0]!.movable]).toEqual([
      'Copy text',
      'copy-text',
      true,
    ]);
  });

  it('copies the clean text and says "Copied"', async () => {
    const writeText = clipboard(async () => undefined);
    const { button, announce } = mount();
    button.click();
    await vi.waitFor(() => expect(announce).toHaveBeenCalledWith('Copied'));
    expect(writeText.mock.calls[0]![0]).toMatch(/^Harbour board approves tidal barrier\nBy /);
  });

  it('says so when nothing could copy it', async () => {
    clipboard(async () => Promise.reject(new Error('refused')));
    // jsdom has no execCommand('copy'), the last resort.
    Object.assign(document, { execCommand: () => false });
    const { button, announce } = mount();
    button.click();
    await vi.waitFor(() => expect(announce).toHaveBeenCalledWith('Could not copy'));
  });

  it('stays out without an article', () => {
    const mounted = mountFeature('copy-text');
    controllers.push(mounted.controller);
    expect(mounted.items).toEqual([]);
  });
});
