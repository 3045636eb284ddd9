// The popup and the overlay in a fake Arabic UI: their words come from the Arabic messages and
// their chrome is right to left, while an article keeps its own language and direction.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Extraction } from '../../src/core/article';
import { createFakeBrowser, type FakeBrowser } from './support/fake-browser';
import { makeArticle } from './support/article';

let fake: FakeBrowser;
vi.mock('../../src/shared/browser', () => ({
  get default() {
    return { i18n: fake.i18n };
  },
}));

const { fillMessages, localize } = await import('../../src/shared/i18n');
const { mountOverlay } = await import('../../src/content/overlay');
// "Show removed"'s view, registered as chunks/show-removed.js would be once injected.
await import('../../src/content/lazy/show-removed');
const { DEFAULT_SETTINGS } = await import('../../src/shared/settings');

const root = join(import.meta.dirname, '../..');
type Messages = Record<string, { message: string }>;
const messagesOf = (lang: string) =>
  JSON.parse(readFileSync(join(root, `public/_locales/${lang}/messages.json`), 'utf8')) as Messages;
const english = messagesOf('en');
const arabic = messagesOf('ar');
/** English texts the Arabic file translates: none of them may be left in an Arabic UI. */
const untranslated = new Set(
  Object.keys(english)
    .filter((key) => english[key]!.message !== arabic[key]!.message)
    .map((key) => english[key]!.message),
);

function uiIn(lang: string) {
  fake = createFakeBrowser();
  fake.i18n.useLocale(lang);
}

describe('popup in an Arabic UI', () => {
  beforeEach(() => {
    uiIn('ar');
    const html = readFileSync(join(root, 'src/popup/popup.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    document.documentElement.replaceChildren(...doc.documentElement.childNodes);
    fillMessages(document);
    localize(document.documentElement);
  });

  it('is right to left, in Arabic', () => {
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(document.documentElement.getAttribute('lang')).toBe('ar');
  });

  it('shows no English UI text, in its text or its labels', () => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode.textContent!.trim());
    const labels = [...document.querySelectorAll('[aria-label]')].map((el) =>
      el.getAttribute('aria-label')!,
    );
    expect([...texts, ...labels].filter((text) => untranslated.has(text))).toEqual([]);
    expect(document.getElementById('save')!.textContent).toBe(arabic.saveText!.message);
    expect(document.getElementById('font-smaller')!.getAttribute('aria-label')).toBe(
      arabic.fontSmaller!.message,
    );
  });
});

const attachShadow = Element.prototype.attachShadow;
let shadow: ShadowRoot | null = null;
const controllers: AbortController[] = [];

function article(lang: string, dir: 'ltr' | 'rtl'): Extraction {
  return {
    ok: true,
    article: makeArticle('<p>A paragraph of the story.</p>', {
      title: 'A headline',
      byline: 'Jane Doe',
      siteName: null,
      publishedTime: null,
      lang,
      dir,
      readingMinutes: 4,
    }),
  };
}

function mount(extraction: Extraction) {
  const controller = new AbortController();
  controllers.push(controller);
  mountOverlay(extraction, {
    settings: { ...DEFAULT_SETTINGS },
    store: { save: vi.fn(async () => undefined), update: vi.fn(async () => undefined) },
    signal: controller.signal,
    onClose: () => controller.abort(),
  });
  const dialog = shadow!.querySelector('[role="dialog"]')!;
  const names = [...shadow!.querySelectorAll('button')].map(
    (b) => b.getAttribute('aria-label') ?? b.textContent!.trim(),
  );
  return { dialog, names, articleEl: shadow!.querySelector('article') };
}

describe('overlay', () => {
  beforeEach(() => {
    document.body.innerHTML = '<p>Page</p>';
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, i) {
      shadow = attachShadow.call(this, i);
      return shadow;
    });
  });
  afterEach(() => {
    for (const controller of controllers.splice(0)) controller.abort();
    vi.restoreAllMocks();
  });

  it('in a French UI an English article’s date is French: the day at once, words after a frame', async () => {
    uiIn('fr');
    const extraction = article('en', 'ltr');
    if (extraction.ok) extraction.article.publishedTime = '2024-03-05T10:00:00Z';
    mount(extraction);
    const time = shadow!.querySelector('time')!;
    expect(time.textContent).toBe('2024-03-05');
    await vi.waitFor(() => expect(time.textContent).toBe('5 mars 2024'));
  });

  it('in an Arabic UI: rtl chrome with Arabic names, an English article stays ltr', () => {
    uiIn('ar');
    const { dialog, names, articleEl } = mount(article('en', 'ltr'));
    expect([dialog.getAttribute('dir'), dialog.getAttribute('lang')]).toEqual(['rtl', 'ar']);
    expect(shadow!.querySelector('[role="toolbar"]')!.matches(':dir(rtl)')).toBe(true);
    expect(names).toEqual(
      expect.arrayContaining(
        ['closeReader', 'saveText', 'copyText', 'smallerText', 'readAloud'].map(
          (key) => arabic[key]!.message,
        ),
      ),
    );
    expect(names.filter((name) => untranslated.has(name))).toEqual([]);
    expect([articleEl!.getAttribute('dir'), articleEl!.getAttribute('lang')]).toEqual([
      'ltr',
      'en',
    ]);
    expect(articleEl!.querySelector('.body p')!.matches(':dir(ltr)')).toBe(true);
    // The meta line is all Clearpage's words: Arabic and right to left inside the English article.
    const meta = articleEl!.querySelector('.meta')!;
    expect([meta.getAttribute('lang'), meta.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    const readingTime = articleEl!.querySelector('.reading-time')!;
    expect(readingTime.textContent).toBe('مدة القراءة: 4 د');
    expect(readingTime.getAttribute('dir')).toBe('rtl');
    const byline = articleEl!.querySelector('.byline')!;
    expect([byline.textContent, byline.getAttribute('dir')]).toEqual(['بقلم Jane Doe', 'rtl']);
    expect(byline.querySelector('bdi')!.getAttribute('lang')).toBe('en');
  });

  it('in an Arabic UI: "show removed" and its labels are Arabic, right to left', async () => {
    uiIn('ar');
    const extraction = article('en', 'ltr');
    const withRemoved = document.createDocumentFragment();
    const part = document.createElement('div');
    part.setAttribute('data-clearpage-removed', '0');
    part.setAttribute('data-kind', 'trending');
    part.innerHTML = '<p>Most read today</p>';
    withRemoved.append(part);
    if (extraction.ok) {
      Object.assign(extraction.article, {
        removed: [{ kind: 'trending', reason: 'a rule', text: 'Most read' }],
        contentWithRemoved: withRemoved,
      });
    }
    const { names } = mount(extraction);
    const toggle = [...shadow!.querySelectorAll('button')].find(
      (b) => b.textContent === 'إظهار المحذوف (1)',
    );
    expect(toggle, names.join(' | ')).toBeDefined();
    toggle!.click();
    // The view with the removed parts is its own chunk (imported above, as if injected).
    await vi.waitFor(() => expect(shadow!.querySelector('.cp-removed-label')).not.toBeNull());
    const label = shadow!.querySelector('.cp-removed-label')!;
    expect(label.getAttribute('dir')).toBe('rtl');
    expect(label.querySelector('span')!.textContent).toBe('محذوف: الأكثر رواجًا');
    expect(label.querySelector('button')!.textContent).toBe(arabic.bringBack!.message);
  });

  it('in an English UI: ltr chrome, an Arabic article reads right to left', () => {
    uiIn('en');
    const { dialog, names, articleEl } = mount(article('ar', 'rtl'));
    expect(dialog.getAttribute('dir')).toBe('ltr');
    expect(names).toEqual(expect.arrayContaining(['Close reader', 'Save as text', 'Read aloud']));
    expect(articleEl!.getAttribute('dir')).toBe('rtl');
    expect(articleEl!.querySelector('.body p')!.matches(':dir(rtl)')).toBe(true);
  });

  it('an article of unknown language does not take the UI language', () => {
    uiIn('ar');
    const unknown = article('', 'ltr');
    if (unknown.ok) unknown.article.lang = null;
    expect(mount(unknown).articleEl!.getAttribute('lang')).toBe('');
  });

  it.each([
    ['no-article', "Clearpage couldn't find an article on this page", 'noArticle'],
    ['no-article', 'Select some text on the page first, then read the selection', 'noSelection'],
    ['too-large', 'This page is too large for Clearpage to read', 'tooLarge'],
  ] as const)('says why there is no article in the UI language (%s: %s)', (reason, msg, key) => {
    uiIn('ar');
    mount({ ok: false, reason, message: msg });
    expect(shadow!.querySelector('.empty p')!.textContent).toBe(arabic[key]!.message);
    const next = shadow!.querySelector('.empty .next')?.textContent ?? null;
    expect(next).toBe(key === 'noSelection' ? null : arabic.noArticleNext!.message);
  });
});
