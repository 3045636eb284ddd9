// The four UI locales agree with each other, with the manifest and with the popup's markup:
// same keys, same placeholders, nothing empty, and each file says its own language and direction.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Messages = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string; example?: string }> }
>;

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const LOCALES = ['en', 'ar', 'es', 'fr'] as const;
const messages = Object.fromEntries(
  LOCALES.map((lang) => [lang, JSON.parse(read(`public/_locales/${lang}/messages.json`))]),
) as Record<(typeof LOCALES)[number], Messages>;
const englishKeys = Object.keys(messages.en).sort();

/** The $name$ references of a message, lower-cased as the browsers compare them. */
const references = (text: string) =>
  [...text.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('UI messages', () => {
  it('has a fair number of keys, each a name both browsers accept', () => {
    expect(englishKeys.length).toBeGreaterThan(60);
    for (const key of englishKeys) expect(key).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
    const lower = new Set(englishKeys.map((k) => k.toLowerCase()));
    expect(lower.size, 'keys differ only in case').toBe(englishKeys.length);
  });

  it.each(LOCALES)('%s has exactly the English keys, none empty', (lang) => {
    expect(Object.keys(messages[lang]).sort()).toEqual(englishKeys);
    for (const [key, { message }] of Object.entries(messages[lang])) {
      expect(message.trim(), `${lang}.${key}`).not.toBe('');
    }
  });

  it.each(LOCALES)('%s uses the same placeholders as English, each one declared', (lang) => {
    for (const key of englishKeys) {
      const mine = messages[lang][key]!;
      const english = messages.en[key]!;
      const declared = Object.keys(mine.placeholders ?? {}).sort();
      expect(declared, `${lang}.${key}`).toEqual(Object.keys(english.placeholders ?? {}).sort());
      expect(references(mine.message), `${lang}.${key}`).toEqual(references(english.message));
      expect([...new Set(references(mine.message))], `${lang}.${key}`).toEqual(declared);
      for (const [name, { content }] of Object.entries(mine.placeholders ?? {})) {
        expect(content, `${lang}.${key}.${name}`).toBe(english.placeholders![name]!.content);
      }
    }
  });

  it('each file names its own language, and only Arabic is right to left', () => {
    for (const lang of LOCALES) {
      expect(messages[lang].uiLang!.message).toBe(lang);
      expect(messages[lang].uiDir!.message).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    }
  });

  it('translates what the reader reads (only brand and format names may stay English)', () => {
    const same = (lang: string) =>
      englishKeys.filter(
        (key) => messages[lang as 'ar'][key]!.message === messages.en[key]!.message,
      );
    expect(same('ar')).toEqual(['extName', 'fontLegible']);
    for (const lang of ['es', 'fr']) {
      expect(same(lang).length, lang).toBeLessThan(6);
    }
  });
});

describe('messages used by the manifest and the popup', () => {
  it('the manifest names only messages that exist, with English as the default', () => {
    const manifest = read('manifest.json');
    expect(JSON.parse(manifest).default_locale).toBe('en');
    const used = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used).toEqual(
      expect.arrayContaining(['extName', 'extDescription', 'actionTitle', 'commandToggle']),
    );
    for (const key of used) expect(englishKeys, key).toContain(key);
  });

  it("the popup's markup names existing messages, its English text the same as theirs", () => {
    const doc = new DOMParser().parseFromString(read('src/popup/popup.html'), 'text/html');
    const marked = [...doc.querySelectorAll('[data-i18n], [data-i18n-aria-label]')];
    expect(marked.length).toBeGreaterThan(30);
    for (const el of marked) {
      const textKey = el.getAttribute('data-i18n');
      const labelKey = el.getAttribute('data-i18n-aria-label');
      if (textKey) expect(el.textContent!.trim()).toBe(messages.en[textKey]?.message);
      if (labelKey) expect(el.getAttribute('aria-label')).toBe(messages.en[labelKey]?.message);
    }
  });
});
