// The remove-block feature, "Remove parts" (issue 11, item 2): off, the reading is untouched;
// on, every block is reachable by Tab with one "Remove" button after the block in focus or under
// the pointer; Delete and the button remove, Undo and Ctrl+Z put back, "Keep for this site"
// keeps it as a fix; saves and copies follow what is shown; "Show removed" rebuilding the body
// keeps the removals.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleBlocks } from '../../../src/content/features/remove-block';
import { shownArticle } from '../../../src/content/shown-article';
import { articleToText } from '../../../src/core/export/text';
import { asUser } from '../support/user-input';
import { mountFeature, type MountedFeature } from '../support/feature';
import { makeArticle } from '../support/article';

vi.mock('../../../src/shared/browser', () => ({ default: {} }));
vi.mock(
  '../../../src/content/trusted',
  async () => (await import('../support/user-input')).userInputMock,
);

const HTML =
  '<h2>Barrier</h2><p>First paragraph.</p><div><p>Second, in a wrapper.</p>' +
  '<ul><li>One</li><li>Two</li></ul></div><figure><img src="https://x.test/a.png" alt="Quay"></figure>' +
  '<p>Last paragraph.</p>';

let mounted: MountedFeature;
const keepFix = vi.fn(async (_kind: string, _block: Element) => true);

beforeEach(() => {
  keepFix.mockClear();
  mounted = mountFeature('remove-block', { article: makeArticle(HTML), keepFix });
});
afterEach(() => mounted.controller.abort());

const toggle = () => mounted.items[0]!.el as HTMLButtonElement;
const body = () => mounted.body!;
const control = () => body().querySelector<HTMLButtonElement>('.remove-block-control');
const toast = () => mounted.root.querySelector<HTMLElement>('.remove-block-toast')!;
const texts = () =>
  articleBlocks(body())
    .filter((b) => !b.hidden)
    .map((b) => b.textContent);
const key = (init: KeyboardEventInit, target: EventTarget = window) => {
  const event = asUser(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
  target.dispatchEvent(event);
  return event;
};

describe('remove-block', () => {
  it('is a toggle that leaves the reading untouched until pressed', () => {
    expect([
      toggle().textContent,
      toggle().className,
      toggle().getAttribute('aria-pressed'),
    ]).toEqual(['Remove parts', 'remove-block', 'false']);
    expect(body().querySelector('[tabindex], .remove-block-control')).toBeNull();
    expect(mounted.root.querySelector('.remove-block-toast')).toBeNull();
  });

  it('finds the outermost blocks, in order', () => {
    expect(articleBlocks(body()).map((b) => b.localName)).toEqual([
      'h2',
      'p',
      'p',
      'ul',
      'figure',
      'p',
    ]);
  });

  it('when on, makes every block focusable and puts Remove right after the focused one', () => {
    toggle().click();
    expect(toggle().getAttribute('aria-pressed')).toBe('true');
    const blocks = articleBlocks(body());
    expect(blocks.every((b) => b.tabIndex === 0)).toBe(true);
    blocks[2]!.focus();
    expect(control()?.hidden).toBe(false);
    expect(blocks[2]!.nextElementSibling).toBe(control());
    // The pointer moves it too.
    blocks[4]!.dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(blocks[4]!.nextElementSibling).toBe(control());
    toggle().click();
    expect(body().querySelector('[tabindex], .remove-block-control, .cp-current')).toBeNull();
  });

  it('removes by the button and by Delete, and Undo and Ctrl+Z put back in order', () => {
    toggle().click();
    const blocks = articleBlocks(body());
    blocks[1]!.focus();
    control()!.click();
    expect(texts()).not.toContain('First paragraph.');
    expect(toast().hidden).toBe(false);
    expect(mounted.announce).toHaveBeenLastCalledWith('Removed. Undo or Ctrl+Z brings it back');
    // Focus goes on to the next block.
    expect(mounted.root.activeElement ?? document.activeElement).toBe(blocks[2]);

    key({ key: 'Delete' }, blocks[2]!);
    expect(texts()).toEqual(['Barrier', 'OneTwo', '', 'Last paragraph.']);

    expect(key({ key: 'z', ctrlKey: true }).defaultPrevented).toBe(true);
    expect(texts()).toContain('Second, in a wrapper.');
    toast().querySelector<HTMLButtonElement>('.remove-block-undo')!.click();
    expect(texts()).toEqual([
      'Barrier',
      'First paragraph.',
      'Second, in a wrapper.',
      'OneTwo',
      '',
      'Last paragraph.',
    ]);
    expect(toast().hidden).toBe(true);
    // Nothing left to undo: Ctrl+Z is the page's again.
    expect(key({ key: 'z', ctrlKey: true }).defaultPrevented).toBe(false);
  });

  it('keeps the last removal for the site', async () => {
    toggle().click();
    const blocks = articleBlocks(body());
    key({ key: 'Backspace' }, blocks[3]!);
    toast().querySelector<HTMLButtonElement>('.remove-block-keep')!.click();
    await vi.waitFor(() => expect(keepFix).toHaveBeenCalledWith('remove', blocks[3]));
    await vi.waitFor(() =>
      expect(mounted.announce).toHaveBeenLastCalledWith(
        'Kept for this site: it applies the next time you read this site',
      ),
    );
  });

  it('keeps the removals when "Show removed" rebuilds the body', async () => {
    const blocks = articleBlocks(body());
    toggle().click();
    key({ key: 'Delete' }, blocks[5]!);
    // What show-removed does: the same article, a removed part added in a wrapper.
    const rebuilt = document.createElement('template');
    rebuilt.innerHTML = `<div data-clearpage-removed="0"><p>Most read</p></div>${HTML}`;
    body().replaceChildren(rebuilt.content);
    await vi.waitFor(() =>
      expect(body().querySelector('[data-cp-cut]')?.textContent).toBe('Last paragraph.'),
    );
    expect(texts()).not.toContain('Last paragraph.');
    expect(articleBlocks(body()).every((b) => b.tabIndex === 0)).toBe(true);
    key({ key: 'z', ctrlKey: true });
    expect(texts()).toContain('Last paragraph.');
  });

  it('saves and copies what is shown: no removed block, no reader controls, parts brought back in', () => {
    const article = makeArticle(HTML);
    expect(shownArticle(article, body())).toBe(article);
    toggle().click();
    key({ key: 'Delete' }, articleBlocks(body())[1]!);
    const restored = document.createElement('div');
    restored.className = 'cp-removed cp-restored';
    restored.setAttribute('data-clearpage-removed', '0');
    restored.innerHTML = '<p>A part brought back.</p>';
    const dimmed = document.createElement('div');
    dimmed.className = 'cp-removed';
    dimmed.setAttribute('data-clearpage-removed', '1');
    dimmed.innerHTML =
      '<div class="cp-removed-label"><span>Removed: Trending</span></div><p>Most read</p>';
    body().append(restored, dimmed);

    const shown = shownArticle(article, body());
    const text = articleToText(shown);
    expect(text).not.toContain('First paragraph.');
    expect(text).toContain('A part brought back.');
    expect(text).not.toContain('Most read');
    expect(text).not.toContain('Remove');
    expect(shown.html).not.toMatch(/tabindex|data-cp|class=|hidden|Remove/);
    expect(shown.html).toContain('<p>Second, in a wrapper.</p>');
    expect(shown.title).toBe(article.title);
  });
});
