import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Extraction } from '../../src/core/article';
import { HOST_SELECTOR, mountOverlay, type OverlayOptions } from '../../src/content/overlay';
import { DEFAULT_SETTINGS, type Settings, type SettingsChange } from '../../src/shared/settings';
import { asUser } from './support/user-input';
import { makeArticle } from './support/article';

vi.mock('../../src/shared/browser', () => ({ default: {} }));
vi.mock(
  '../../src/content/trusted',
  async () => (await import('./support/user-input')).userInputMock,
);

let root: ShadowRoot | null = null;
const attachShadow = Element.prototype.attachShadow;

beforeEach(() => {
  document.body.innerHTML = '<p>Page text</p><button id="page-button">Page</button>';
  // The overlay's root is closed; the test keeps the reference the page never gets.
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    root = attachShadow.call(this, init);
    return root;
  });
});

const mounted: AbortController[] = [];
afterEach(() => {
  for (const controller of mounted.splice(0)) controller.abort();
  vi.restoreAllMocks();
});

function article(): Extraction {
  const html = '<p>First paragraph of the story. <a href="https://example.com/">a link</a></p>';
  return {
    ok: true,
    article: makeArticle(html, {
      title: 'A headline',
      byline: 'Jane Doe',
      siteName: 'Example News',
      publishedTime: '2024-03-05T10:00:00Z',
      lang: 'ar',
      dir: 'rtl',
      readingMinutes: 4,
    }),
  };
}

function mount(extraction: Extraction, overrides: Partial<OverlayOptions> = {}) {
  const controller = new AbortController();
  mounted.push(controller);
  const store = {
    save: vi.fn(async (_patch: Partial<Settings>) => DEFAULT_SETTINGS),
    update: vi.fn(async (_change: SettingsChange) => DEFAULT_SETTINGS),
  };
  const options = {
    settings: { ...DEFAULT_SETTINGS },
    store,
    signal: controller.signal,
    onClose: vi.fn(() => controller.abort()),
    ...overrides,
  } satisfies OverlayOptions;
  const overlay = mountOverlay(extraction, options);
  return { overlay, options, controller, store };
}

/** The text sizes the store was asked to step to, one per update, from the default size. */
const sizeSteps = (store: ReturnType<typeof mount>['store']) =>
  store.update.mock.calls.map(([change]) => change(DEFAULT_SETTINGS).fontSize);

/** A button by its accessible name: its aria-label, else its text. */
const byName = (name: string) =>
  [...root!.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
  );

describe('reader overlay', () => {
  it('is one host element holding a labelled dialog with the article', () => {
    mount(article());
    expect(document.querySelectorAll(HOST_SELECTOR)).toHaveLength(1);
    expect(document.querySelector(HOST_SELECTOR)?.localName).toBe('div');
    const dialog = root!.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-label')).toBe('A headline');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const articleEl = root!.querySelector('article')!;
    expect(articleEl.getAttribute('dir')).toBe('rtl');
    expect(articleEl.getAttribute('lang')).toBe('ar');
    expect(root!.querySelector('h1')!.textContent).toBe('A headline');
    expect(root!.querySelector('.meta')!.textContent).toContain('Jane Doe');
    expect(root!.querySelector('.meta')!.textContent).toContain('4 min read');
    expect(root!.querySelector('.body a')!.getAttribute('target')).toBe('_blank');
    for (const name of [
      'Close reader',
      'Save as text',
      'Copy text',
      'Smaller text',
      'Larger text',
    ]) {
      expect(byName(name), name).toBeDefined();
    }
  });

  it('writes the date in the UI’s language (English here) at once, whatever the article’s', () => {
    const english = article();
    if (english.ok) english.article.lang = 'en-GB';
    mount(english);
    expect(root!.querySelector('time')!.textContent).toBe('March 5, 2024');
    mounted.splice(0).forEach((c) => c.abort());
    mount(article()); // an Arabic article
    const time = root!.querySelector('time')!;
    expect(time.textContent).toBe('March 5, 2024');
    expect(time.getAttribute('datetime')).toBe('2024-03-05T10:00:00Z');
  });

  it('says plainly when there is no article, with only a way out', () => {
    mount({
      ok: false,
      reason: 'no-article',
      message: "Clearpage couldn't find an article on this page",
    });
    expect(root!.textContent).toContain("Clearpage couldn't find an article on this page");
    // …and what to do next: read a selection.
    expect(root!.querySelector('.empty .next')?.textContent).toMatch(/Read selection in Clearpage/);
    expect(root!.querySelector<HTMLElement>('[role="progressbar"]')!.hidden).toBe(true);
    expect(byName('Save as text')).toBeUndefined();
    expect(byName('Close reader')).toBeDefined();
  });

  it('offers "Pick the article" on the no-article screen, and a note line when asked', () => {
    const onPick = vi.fn();
    const run = vi.fn();
    mount(
      {
        ok: false,
        reason: 'no-article',
        message: "Clearpage couldn't find an article on this page",
      },
      {
        onPick,
        note: { text: 'Showing the block kept for this site.', action: { label: 'Undo', run } },
      },
    );
    const button = root!.querySelector<HTMLButtonElement>('.empty .pick-line button.pick-article')!;
    expect(button.textContent).toBe('Pick the article');
    button.click();
    expect(onPick).toHaveBeenCalledTimes(1);
    expect(root!.querySelector('.fix-note')?.textContent).toBe(
      'Showing the block kept for this site. Undo',
    );
    root!.querySelector<HTMLButtonElement>('.fix-note-action')!.click();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('says so when the page is too large to read', () => {
    mount({
      ok: false,
      reason: 'too-large',
      message: 'This page is too large for Clearpage to read',
    });
    expect(root!.textContent).toContain('This page is too large for Clearpage to read');
    expect(byName('Close reader')).toBeDefined();
  });

  it('wires its features to the settings store and "Close reader" to the reader', () => {
    const { options, store } = mount(article());
    byName('Larger text')!.click();
    byName('Smaller text')!.click();
    expect(sizeSteps(store)).toEqual([110, 90]);
    byName('Close reader')!.click();
    expect(options.onClose).toHaveBeenCalledOnce();
  });

  it('puts the features on the toolbar in the order of features/index.ts, then its own two', () => {
    const withRemoved = article();
    if (withRemoved.ok) {
      Object.assign(withRemoved.article, {
        removed: [{ kind: 'trending', reason: 'a rule', text: 'Most read' }],
        contentWithRemoved: document.createDocumentFragment(),
      });
    }
    mount(withRemoved);
    const bar = root!.querySelector('.toolbar')!;
    const names = [...bar.querySelectorAll('button, select')]
      .filter((el) => !(el as HTMLElement).hidden && !el.closest('[role="menu"]'))
      .map((el) => el.getAttribute('aria-label') ?? el.textContent?.trim());
    expect(names).toEqual([
      'Smaller text',
      'Larger text',
      'Theme',
      'Save as text',
      'Copy text',
      'More formats',
      'Show removed (1)',
      'Remove parts',
      'Read aloud',
      'Pick the article',
      'More controls',
      'Close reader',
    ]);
  });

  it('sets the font size through one custom property, clamped', () => {
    const { overlay } = mount(article(), { settings: { ...DEFAULT_SETTINGS, fontSize: 150 } });
    const dialog = root!.querySelector<HTMLElement>('[role="dialog"]')!;
    expect(dialog.style.getPropertyValue('--cp-scale')).toBe('1.5');
    overlay.apply({ ...DEFAULT_SETTINGS, fontSize: 1000 });
    expect(dialog.style.getPropertyValue('--cp-scale')).toBe('3');
  });

  it('closes on Escape, and its teardown leaves the page as it was', () => {
    const before = document.documentElement.outerHTML;
    const { options } = mount(article());
    document
      .getElementById('page-button')!
      .dispatchEvent(asUser(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(options.onClose).toHaveBeenCalledOnce();
    expect(document.documentElement.outerHTML).toBe(before);
    // Listeners went with it: a later Escape reaches the page again.
    const pageSaw = vi.fn();
    document.addEventListener('keydown', pageSaw);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(pageSaw).toHaveBeenCalledOnce();
    expect(options.onClose).toHaveBeenCalledOnce();
  });

  it('ignores the keys a page script makes: a synthetic Esc or Ctrl + does nothing', () => {
    const { options } = mount(article());
    const page = document.getElementById('page-button')!;
    page.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '=', ctrlKey: true }));
    expect(options.onClose).not.toHaveBeenCalled();
    expect(options.store.update).not.toHaveBeenCalled();
    // The page's preventDefault() does not keep the user's own Esc from closing the reader.
    const pageBlocks = new AbortController();
    const block = (e: Event) => e.preventDefault();
    document.addEventListener('keydown', block, { capture: true, signal: pageBlocks.signal });
    const esc = asUser(new KeyboardEvent('keydown', { key: 'Escape', cancelable: true }));
    page.dispatchEvent(esc);
    pageBlocks.abort();
    expect(options.onClose).toHaveBeenCalledOnce();
  });

  it('keeps the page from seeing keys typed in the reader', () => {
    mount(article());
    const pageSaw = vi.fn();
    document.addEventListener('keydown', pageSaw);
    byName('Copy text')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }),
    );
    expect(pageSaw).not.toHaveBeenCalled();
  });

  it('pulls focus that escapes to the page back into the reader', () => {
    mount(article());
    document.getElementById('page-button')!.focus();
    expect(document.activeElement?.matches(HOST_SELECTOR)).toBe(true);
  });
});

describe('reader settings in the overlay', () => {
  const dialog = () => root!.querySelector<HTMLElement>('[role="dialog"]')!;
  const themeSwitch = () => root!.querySelector<HTMLSelectElement>('select[aria-label="Theme"]')!;

  it('applies every setting on mount and again when they change', () => {
    const { overlay } = mount(article(), { settings: { ...DEFAULT_SETTINGS, theme: 'dark' } });
    expect(dialog().getAttribute('data-theme')).toBe('dark');
    expect(themeSwitch().value).toBe('dark');
    overlay.apply({ ...DEFAULT_SETTINGS, theme: 'sepia', align: 'justify', lineHeight: 2 });
    expect(dialog().getAttribute('data-theme')).toBe('sepia');
    expect(dialog().getAttribute('data-align')).toBe('justify');
    expect(dialog().style.getPropertyValue('--cp-line-height')).toBe('2');
    expect(themeSwitch().value).toBe('sepia');
  });

  it('has a theme switch without an article too, and stores the choice', () => {
    const { store } = mount({ ok: false, reason: 'no-article', message: 'none' });
    const select = themeSwitch();
    select.value = 'dark';
    select.dispatchEvent(new Event('change'));
    expect(store.save).toHaveBeenCalledWith({ theme: 'dark' });
  });

  it('shows a labelled reading-progress bar', () => {
    mount(article());
    const bar = root!.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-label')).toBe('Reading progress');
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('100');
    expect(bar.getAttribute('aria-valuenow')).toBe('0');
  });

  it('Ctrl + steps the text size through the feature host', () => {
    const { store } = mount(article());
    const plus = asUser(
      new KeyboardEvent('keydown', { key: '=', ctrlKey: true, bubbles: true, cancelable: true }),
    );
    document.body.dispatchEvent(plus);
    expect(plus.defaultPrevented).toBe(true);
    expect(sizeSteps(store)).toEqual([110]);
  });
});
