// @vitest-environment jsdom
// Outputs in the reader's language (issue 10): saved text, Markdown and HTML say Clearpage's own
// words ("By", "Source:", "min read", "Saved with Clearpage on", dates) in the UI's language and
// keep the article's words as they are. The words come from the UI messages; the CLI's --lang
// reads the same files.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article';
import { articleToHtml } from '../../src/core/export/html';
import { articleToMarkdown, markdownDocument } from '../../src/core/export/markdown';
import { articleToText } from '../../src/core/export/text';
import { ENGLISH_WORDS, SLOT, wordsFromMessages } from '../../src/core/export/words';
import { cliWords, UI_LANGS } from '../../src/cli/words';
import en from '../../public/_locales/en/messages.json';
import { ARTICLE_HTML, makeArticle } from './support/article';

function article(overrides: Partial<Article> = {}): Article {
  return makeArticle(ARTICLE_HTML, { readingMinutes: 3, ...overrides });
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const SAVED = new Date('2025-01-02T09:30:00Z');

describe('Clearpage’s words in the UI’s language', () => {
  const fr = cliWords('fr');

  it('saved text: "Par", the date in French, the article’s words unchanged', () => {
    const lines = articleToText(article(), fr).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Harbour board approves tidal barrier',
      'Par Maya Okafor',
      'https://example.com/story',
      '14 mars 2024',
    ]);
    expect(lines).toContain('The harbour board met on Tuesday.');
  });

  it('Markdown: "Par", "Source :" and the French date; front matter stays data', () => {
    const md = markdownDocument(article(), { words: fr, savedAt: SAVED });
    expect(md).toContain('_Par Maya Okafor · The Northbay Herald · 14 mars 2024_');
    expect(md).toContain('Source : <https://example.com/story>');
    expect(md).toMatch(/^published: 2024-03-14T23:30:00-05:00$/m);
    expect(md).not.toMatch(/\bBy\b|min read/);
  });

  it('HTML: meta line, source and foot in French, marked lang="fr"', () => {
    const doc = parse(articleToHtml(article(), { words: fr, savedAt: SAVED }));
    const meta = doc.querySelector('.meta')!;
    expect(meta.getAttribute('lang')).toBe('fr');
    expect(meta.textContent).toBe('Par Maya Okafor · 14 mars 2024 · 3 min de lecture');
    expect(doc.querySelector('.meta bdi')?.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('.source')?.textContent).toBe('Source : https://example.com/story');
    const foot = doc.querySelector('footer')!.textContent!;
    expect(foot).toMatch(/^Enregistré avec Clearpage le 2 janvier 2025 (à )?\d{2}:\d{2}$/);
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
  });

  it('Arabic: right-to-left lines in Arabic with Arabic dates', () => {
    const doc = parse(articleToHtml(article(), { words: cliWords('ar'), savedAt: SAVED }));
    const meta = doc.querySelector('.meta')!;
    expect(meta.getAttribute('dir')).toBe('rtl');
    expect(meta.textContent).toContain('بقلم Maya Okafor');
    expect(meta.textContent).toContain('مارس'); // March, from Intl
    expect(doc.querySelector('.source')?.textContent).toMatch(/^المصدر: /);
  });

  it('English is the default and matches the English UI messages', () => {
    expect(cliWords('en')).toEqual(ENGLISH_WORDS);
    expect(wordsFromMessages('en', 'ltr', en)).toEqual(ENGLISH_WORDS);
    expect(articleToMarkdown(article())).toContain('Source: <https://example.com/story>');
  });

  it('every UI language has every word, with a place for its value where one goes', () => {
    for (const lang of UI_LANGS) {
      const words = cliWords(lang);
      for (const key of ['byline', 'minutesRead', 'savedWith'] as const)
        expect(words[key], `${lang} ${key}`).toContain(SLOT);
      if (lang !== 'en') expect(words.byline, lang).not.toBe(ENGLISH_WORDS.byline);
      expect(words.source, lang).not.toContain(SLOT);
    }
  });
});
