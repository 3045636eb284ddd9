// The save-menu feature, "More formats": the WAI-ARIA menu button pattern, wired to the export
// actions; Esc closing the menu without closing the reader (the Esc stack); and the popup's
// save-as and get-export, which it answers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article, Extraction } from '../../../src/core/article';
import type { ExportActions } from '../../../src/content/export-actions';
import { mountOverlay } from '../../../src/content/overlay';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { asUser } from '../support/user-input';
import { mountFeature } from '../support/feature';

vi.mock('../../../src/shared/browser', () => ({ default: {} }));
vi.mock(
  '../../../src/content/trusted',
  async () => (await import('../support/user-input')).userInputMock,
);
// The feature's actions, recorded (export-actions.test.ts tests the real ones).
const actions = vi.hoisted(() => ({ current: null as ExportActions | null }));
vi.mock('../../../src/content/export-actions', () => ({
  exportActions: () => actions.current,
}));

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

function recordedActions(): ExportActions {
  return {
    save: vi.fn(async () => true),
    copyable: vi.fn(async () => '# A headline\n'),
    prepare: vi.fn(),
  };
}

/** The whole reader, as the menu lives in it (the Esc stack is the overlay's). */
function mount() {
  const controller = new AbortController();
  controllers.push(controller);
  const recorded = (actions.current = recordedActions());
  const onClose = vi.fn();
  const store = { save: vi.fn(async () => undefined), update: vi.fn(async () => undefined) };
  mountOverlay(extraction(), {
    settings: { ...DEFAULT_SETTINGS },
    store,
    signal: controller.signal,
    onClose,
  });
  const button = root.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]')!;
  const menu = root.querySelector<HTMLElement>('[role="menu"]')!;
  const items = [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
  return { actions: recorded, onClose, button, menu, items };
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
    expect(button.closest('.save-menu')).not.toBeNull();
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

  it('inside "More controls": Esc closes the menu, then the panel, then the reader', () => {
    const { button, menu, onClose } = mount();
    const more = toolbarButton('More controls')!;
    const panel = root.getElementById(more.getAttribute('aria-controls')!)!;
    panel.append(button.closest('.save-menu')!);
    more.click();
    expect(panel.hidden).toBe(false);
    key(button, 'ArrowDown');
    expect(menu.hidden).toBe(false);
    key(focused()!, 'Escape');
    expect([menu.hidden, panel.hidden, onClose.mock.calls.length]).toEqual([true, false, 0]);
    expect(focused()).toBe(button);
    key(button, 'Escape');
    expect([panel.hidden, onClose.mock.calls.length]).toEqual([true, 0]);
    expect(focused()).toBe(more);
    key(more, 'Escape');
    expect(onClose).toHaveBeenCalledOnce();
  });

  it("the browser's close request goes through the same stack: the menu first, then the reader", () => {
    const made: { onclose: (() => void) | null; destroy(): void }[] = [];
    vi.stubGlobal(
      'CloseWatcher',
      class {
        onclose: (() => void) | null = null;
        constructor() {
          made.push(this);
        }
        destroy() {}
      },
    );
    try {
      const { button, menu, onClose } = mount();
      button.click();
      made.at(-1)!.onclose?.();
      expect([menu.hidden, onClose.mock.calls.length]).toEqual([true, 0]);
      // The spent watcher was replaced, so the next close request closes the reader.
      expect(made).toHaveLength(2);
      made.at(-1)!.onclose?.();
      expect(onClose).toHaveBeenCalledOnce();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('a menu closed otherwise (a click elsewhere) leaves Esc to the reader', () => {
    const { button, menu, onClose } = mount();
    button.click();
    button.click();
    expect(menu.hidden).toBe(true);
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

describe("the popup's save-as and get-export", () => {
  const story = () => extraction() as Extract<Extraction, { ok: true }>;

  it('answers them with the same actions; a format from outside is checked', async () => {
    const recorded = (actions.current = recordedActions());
    const { host, controller } = mountFeature('save-menu', { article: story().article });
    controllers.push(controller);
    const { 'save-as': saveAs, 'get-export': getExport } = host.handlers;
    expect(await saveAs!({ format: 'html' })).toEqual({ ok: true });
    expect(recorded.save).toHaveBeenCalledWith('html');
    expect(await saveAs!({ format: 'pdf' as 'html' })).toEqual({ ok: false });
    expect(await saveAs!(undefined as never)).toEqual({ ok: false });
    expect(recorded.save).toHaveBeenCalledOnce();
    expect(await getExport!({ format: 'markdown' })).toEqual({ text: '# A headline\n' });
    expect(await getExport!({ format: 'nope' as 'text' })).toBeNull();
    vi.mocked(recorded.copyable).mockResolvedValueOnce(null);
    expect(await getExport!({ format: 'text' })).toBeNull();
  });

  it('stays out without an article: no menu, no answers', () => {
    actions.current = recordedActions();
    const { bar, host, controller } = mountFeature('save-menu');
    controllers.push(controller);
    expect(bar.childElementCount).toBe(0);
    expect(host.handlers).toEqual({});
  });
});
