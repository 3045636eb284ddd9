// The save-text feature: "Save as text" downloads <title-slug>.txt at once (no chunk is loaded),
// the article as the popup's "Save as text" and the CLI give it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountFeature } from '../support/feature';
import { makeArticle } from '../support/article';

const sent = vi.hoisted(() => [] as unknown[]);
vi.mock('../../../src/shared/browser', () => ({
  default: { runtime: { sendMessage: async (m: unknown) => void sent.push(m) } },
}));

interface Saved {
  name: string;
  type: string;
  text: Promise<string>;
}
let saved: Saved[];
const controllers: AbortController[] = [];

beforeEach(() => {
  saved = [];
  sent.length = 0;
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href)!;
    saved.push({ name: this.download, type: blob.type, text: blob.text() });
  });
});
afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
  vi.restoreAllMocks();
});

describe('save-text', () => {
  it('a movable "Save as text" button, prefixed with its id, that downloads the clean text', async () => {
    const mounted = mountFeature('save-text', { article: makeArticle() });
    controllers.push(mounted.controller);
    const [item] = mounted.items;
    expect([item!.el.textContent, item!.el.className, item!.movable]).toEqual([
      'Save as text',
      'save-text',
      true,
    ]);
    (item!.el as HTMLButtonElement).click();
    expect(saved.map(({ name, type }) => ({ name, type }))).toEqual([
      { name: 'harbour-board-approves-tidal-barrier.txt', type: 'text/plain;charset=utf-8' },
    ]);
    expect(await saved[0]!.text).toMatch(
      /^Harbour board approves tidal barrier\nBy Maya Okafor\n[\s\S]*The harbour board met on Tuesday\.\n$/,
    );
    // Nothing was loaded for it.
    expect(sent).toEqual([]);
  });

  it('stays out without an article', () => {
    const mounted = mountFeature('save-text');
    controllers.push(mounted.controller);
    expect(mounted.items).toEqual([]);
  });
});
