// t() asks the browser and falls back to English; uiLang()/uiDir() follow the messages shown.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './support/fake-browser';

let fake: FakeBrowser | Record<string, never>;
vi.mock('../../src/shared/browser', () => ({
  get default() {
    return fake;
  },
}));

const { t, uiDir, uiLang, substitute, localize, fillMessages } =
  await import('../../src/shared/i18n');

function fakeIn(lang: string | null): FakeBrowser {
  const browser = createFakeBrowser();
  if (lang) browser.i18n.useLocale(lang);
  return browser;
}

beforeEach(() => {
  fake = fakeIn(null);
});

describe('t()', () => {
  it('falls back to English when the browser answers nothing', () => {
    expect(t('closeReader')).toBe('Close reader');
    expect(t('minutesRead', 4)).toBe('4 min read');
    expect(t('showRemoved', 12)).toBe('Show removed (12)');
  });

  it('falls back to English where there is no i18n API at all', () => {
    fake = {};
    expect(t('removedKind', 'Trending')).toBe('Removed: Trending');
    expect(uiDir()).toBe('ltr');
    expect(uiLang()).toBe('en');
  });

  it('falls back to English when getMessage throws (extension reloaded)', () => {
    const browser = fakeIn('ar');
    browser.i18n.getMessage = () => {
      throw new Error('Extension context invalidated.');
    };
    fake = browser;
    expect(t('copyText')).toBe('Copy text');
  });

  it("gives the browser's language, with substitutions", () => {
    fake = fakeIn('ar');
    expect(t('closeReader')).toBe('إغلاق القارئ');
    expect(t('minutesRead', 7)).toBe('مدة القراءة: 7 د');
    fake = fakeIn('fr');
    expect(t('showRemoved', 3)).toBe('Éléments retirés (3)');
    expect(t('toDownloads', t('savedHtml'))).toBe('Enregistré en HTML dans vos téléchargements.');
  });

  it('asks the browser once per text without substitutions, every time with them', () => {
    const browser = fakeIn('fr');
    const asked: string[] = [];
    const getMessage = browser.i18n.getMessage.bind(browser.i18n);
    browser.i18n.getMessage = (key: string, subs?: string[]) => {
      asked.push(key);
      return getMessage(key, subs);
    };
    fake = browser;
    expect([t('copyText'), t('copyText')]).toEqual(['Copier le texte', 'Copier le texte']);
    expect([t('showRemoved', 1), t('showRemoved', 2)]).toEqual([
      'Éléments retirés (1)',
      'Éléments retirés (2)',
    ]);
    expect(asked).toEqual(['copyText', 'showRemoved', 'showRemoved']);
  });

  it('says which language and direction the UI text is in', () => {
    fake = fakeIn('ar');
    expect([uiLang(), uiDir()]).toEqual(['ar', 'rtl']);
    const el = document.createElement('div');
    localize(el);
    expect([el.lang, el.dir]).toEqual(['ar', 'rtl']);
    fake = fakeIn('es');
    expect([uiLang(), uiDir()]).toEqual(['es', 'ltr']);
  });
});

describe('fillMessages', () => {
  it('fills text, aria-label and title from the messages; an unknown key keeps the markup', () => {
    fake = fakeIn('es');
    document.body.innerHTML =
      '<button data-i18n="copyText" data-i18n-title="copyText">Copy text</button>' +
      '<span data-i18n-aria-label="readingSpeed" aria-label="Reading speed"></span>' +
      '<p data-i18n="noSuchKey">Kept</p>';
    fillMessages(document);
    const button = document.querySelector('button')!;
    expect([button.textContent, button.title]).toEqual(['Copiar texto', 'Copiar texto']);
    expect(document.querySelector('span')!.getAttribute('aria-label')).toBe('Velocidad de lectura');
    expect(document.querySelector('p')!.textContent).toBe('Kept');
  });
});

describe('substitute', () => {
  it('replaces named placeholders, then $1…$9, keeps $$ as a dollar', () => {
    const entry = {
      message: '$WHO$ paid $$5 for $2 ($Who$)',
      placeholders: { who: { content: '$1' } },
    };
    expect(substitute(entry, ['Ann', 'tea'])).toBe('Ann paid $5 for tea (Ann)');
    expect(substitute({ message: 'no $UNKNOWN$ here' }, [])).toBe('no $UNKNOWN$ here');
  });
});
