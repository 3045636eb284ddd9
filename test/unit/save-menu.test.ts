// The overlay's "More formats" menu button: the WAI-ARIA menu button pattern, wired to the
// export actions, and Esc closing the menu without closing the reader.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article, Extraction } from '../../src/core/article';
import type { ExportActions } from '../../src/content/export-actions';
import { mountOverlay } from '../../src/content/overlay';
import { saveMenu } from '../../src/content/save-menu';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { asUser } from './support/user-input';

vi.mock('../../src/shared/browser', () => ({ default: {} }));
vi.mock(
  '../../src/content/trusted',
  async () => (await import('./support/user-input')).userInputMock,
);

let root: ShadowRoot;
const attachShadow = Element.prototype.attachShadow;
const controllers: AbortController[] = [];

beforeEach(() => {
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    root = attachShadow.call(this, init);
    return root;
  });
});

afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
  vi.restoreAllMocks();
});

function extraction(): Extraction {
  const content = document.createDocumentFragment();
  content.append(Object.assign(document.createElement('p'), { textContent: 'Story.' }));
  const article: Partial<Article> = {
    title: 'A headline',
    lang: 'en',
    dir: 'ltr',
    content,
    html: '<p>Story.</p>',
    removed: [],
    readingMinutes: 1,
  };
  return { ok: true, article: article as Article };
}

function mount() {
  const controller = new AbortController();
  controllers.push(controller);
  const actions: ExportActions = {
    save: vi.fn(async () => true),
    copyable: vi.fn(async () => '# A headline\n'),
    prepare: vi.fn(),
  };
  const onClose = vi.fn();
  mountOverlay(extraction(), {
    settings: { ...DEFAULT_SETTINGS },
    signal: controller.signal,
    onClose,
    onSave: vi.fn(),
    getText: () => 'text',
    onFontStep: vi.fn(),
    onTheme: vi.fn(),
    extraControls: (announce) => [saveMenu(actions, announce, controller.signal)],
  });
  const button = root.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]')!;
  const menu = root.querySelector<HTMLElement>('[role="menu"]')!;
  const items = [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
  return { actions, onClose, button, menu, items };
}

const key = (target: Element, name: string) =>
  target.dispatchEvent(
    asUser(
      new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true }),
    ),
  );
const focused = () => root.activeElement;
/** A button's name as the toolbar gives it: its label, else its text. */
const nameOf = (b: Element) => b.getAttribute('aria-label') ?? b.textContent?.trim();
const toolbarButton = (name: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => nameOf(b) === name);

describe('save menu', () => {
  it('is a labelled menu button after "Copy text", its menu closed, with three items', () => {
    const { button, menu, items } = mount();
    expect(button.getAttribute('aria-label')).toBe('More formats');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(root.getElementById(button.getAttribute('aria-controls')!)).toBe(menu);
    expect(menu.hidden).toBe(true);
    expect(items.map((i) => i.getAttribute('aria-label'))).toEqual([
      'Save as Markdown',
      'Save as HTML',
      'Copy as Markdown',
    ]);
    expect(items.every((i) => i.tabIndex === -1)).toBe(true);
    const names = [...root.querySelectorAll('.toolbar button')].map(nameOf);
    expect(names.indexOf('More formats')).toBe(names.indexOf('Copy text') + 1);
    expect(names).toContain('Save as text');
  });

  it('opens on click with focus on the first item, and starts loading the exporter', () => {
    const { button, menu, items, actions } = mount();
    button.click();
    expect(menu.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(focused()).toBe(items[0]);
    expect(actions.prepare).toHaveBeenCalledOnce();
    button.click();
    expect(menu.hidden).toBe(true);
    expect(focused()).toBe(button);
  });

  it('moves with the arrow keys (wrapping), Home and End; ↑ on the button opens on the last item', () => {
    const { button, items } = mount();
    key(button, 'ArrowUp');
    expect(focused()).toBe(items[2]);
    key(items[2]!, 'ArrowDown');
    expect(focused()).toBe(items[0]);
    key(items[0]!, 'ArrowUp');
    expect(focused()).toBe(items[2]);
    key(items[2]!, 'Home');
    expect(focused()).toBe(items[0]);
    key(items[0]!, 'End');
    expect(focused()).toBe(items[2]);
  });

  it('closes on Esc, focus back on the button, and the reader stays open; the next Esc closes it', () => {
    const { button, menu, items, onClose } = mount();
    key(button, 'ArrowDown');
    key(items[0]!, 'Escape');
    expect(menu.hidden).toBe(true);
    expect(focused()).toBe(button);
    expect(onClose).not.toHaveBeenCalled();
    key(button, 'Escape');
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('closes on Tab and when focus leaves it', () => {
    const { button, menu, items } = mount();
    key(button, 'ArrowDown');
    key(items[1]!, 'Tab');
    expect(menu.hidden).toBe(true);
    key(button, 'ArrowDown');
    toolbarButton('Copy text')!.focus();
    expect(menu.hidden).toBe(true);
  });

  it('runs the chosen item, closes, and announces the result', async () => {
    const { button, items, actions } = mount();
    // The overlay focuses its article after the first frame; a person clicks later than that.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: vi.fn(async () => undefined) },
    });
    const status = root.querySelector('[role="status"]')!;
    button.click();
    items[0]!.click();
    expect(actions.save).toHaveBeenCalledWith('markdown');
    await vi.waitFor(() => expect(status.textContent).toBe('Saved as Markdown'));
    expect(focused()).toBe(button);
    button.click();
    items[1]!.click();
    expect(actions.save).toHaveBeenLastCalledWith('html');
    await vi.waitFor(() => expect(status.textContent).toBe('Saved as HTML'));
    button.click();
    items[2]!.click();
    await vi.waitFor(() => expect(status.textContent).toBe('Copied as Markdown'));
    expect(actions.copyable).toHaveBeenCalledWith('markdown');
    expect(navigator.clipboard.writeText).toHaveBeenCalledWith('# A headline\n');
  });

  it('says so when saving fails', async () => {
    const { button, items, actions } = mount();
    vi.mocked(actions.save).mockRejectedValueOnce(new Error('no exporter'));
    button.click();
    items[1]!.click();
    await vi.waitFor(() =>
      expect(root.querySelector('[role="status"]')!.textContent).toBe('Could not save as HTML'),
    );
  });
});
