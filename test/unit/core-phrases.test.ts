// The phrase matcher and class-word matcher the chrome rules are built on.
import { describe, expect, it } from 'vitest';
import { CLASS_HINTS, type PhraseGroup } from '../../src/core/phrases/chrome-phrases';
import { classWords, compileHint, matchesHint } from '../../src/core/strip/class-words';
import { normalizeForMatch, phraseMatcher, scriptsOf } from '../../src/core/phrases/phrase-match';

describe('normalizeForMatch', () => {
  it('lower-cases, drops accents and diacritics, collapses whitespace', () => {
    expect(normalizeForMatch('  Lo MÁS   leído\n')).toBe('lo mas leido');
    expect(normalizeForMatch('Don’t')).toBe("don't");
  });
  it('unifies Arabic and Persian spellings and zero-width joiners', () => {
    expect(normalizeForMatch('اقرأ أيضاً')).toBe(normalizeForMatch('اقرا ايضا'));
    expect(normalizeForMatch('برچسب‌ها')).toBe('برچسب ها');
    expect(normalizeForMatch('كتاب')).toBe(normalizeForMatch('کتاب'));
  });
});

describe('phraseMatcher', () => {
  const group: PhraseGroup = {
    en: 'read more|related|top content|trending',
    zh: '相关阅读',
    ar: 'اقرأ أيضا',
  };
  const m = phraseMatcher(group);

  it('matches whole words only, but CJK phrases inside runs of characters', () => {
    expect(m.mentions('see the related story')).toBe(true);
    expect(m.mentions('an unrelated story')).toBe(false);
    expect(m.mentions('点击相关阅读链接')).toBe(true);
  });

  it('recognises texts made only of labels and separators', () => {
    expect(m.isLabel('top content trending')).toBe(true);
    expect(m.isLabel('» read more:')).toBe(true);
    expect(m.isLabel(normalizeForMatch('اقرأ أيضاً:'))).toBe(true);
    expect(m.isLabel('read more about it')).toBe(false);
  });

  it('finds an opening phrase after bullets, never after a quotation mark', () => {
    expect(m.startsWith('▶ read more: the story')).toBe(true);
    expect(m.startsWith('“read more,” she said')).toBe(false);
    expect(m.openingLength('read more: x')).toBe('read more'.length);
  });

  it('strips and counts phrases', () => {
    expect(m.strip('related: trending now').replace(/\s+/g, ' ')).toBe(' : now');
    expect(m.count('related, trending, related')).toBe(3);
  });

  it('reads emoji (two UTF-16 units) as separators and leads', () => {
    expect(m.isLabel('🔥 trending 🔥')).toBe(true);
    expect(m.startsWith('👉 read more: the story')).toBe(true);
    expect(m.isLabel('trending 🔥 now')).toBe(false);
  });

  it('prefers the longest phrase and backtracks inside labels', () => {
    const labels = phraseMatcher({ en: 'more|more on this|on this day' });
    expect(labels.openingLength('more on this story')).toBe('more on this'.length);
    expect(labels.isLabel('more on this day')).toBe(true);
  });
});

describe('class words', () => {
  const related = compileHint(CLASS_HINTS.related);
  const ad = compileHint(CLASS_HINTS.advertisement);
  const share = compileHint(CLASS_HINTS.share);
  const el = (cls: string, id = '') => {
    const div = document.createElement('div');
    div.className = cls;
    if (id) div.id = id;
    return classWords(div);
  };

  it('matches multi-word names only as a whole class name or BEM part', () => {
    expect(matchesHint(el('entry-content entry-content-read-more'), related)).toBe(false);
    expect(matchesHint(el('article__read-more'), related)).toBe(true);
    expect(matchesHint(el('read_more'), related)).toBe(true);
  });

  it('matches single words as whole words of class names, ids and camelCase', () => {
    expect(matchesHint(el('', 'div-gpt-ad-1666188812345-0'), ad)).toBe(true);
    expect(matchesHint(el('shareBar'), share)).toBe(true);
    expect(matchesHint(el('addendum shared-content'), ad)).toBe(false);
    expect(matchesHint(el('shared-content'), share)).toBe(false);
  });
});

describe('phrase indexes per script', () => {
  it('tells the scripts of a text apart, Latin being none', () => {
    expect(scriptsOf('Read more — café')).toBe(0);
    expect(scriptsOf('اقرأ')).not.toBe(0);
    expect(scriptsOf('関連記事')).toBe(scriptsOf('関連')); // Han only
    expect(scriptsOf('あわせて')).not.toBe(scriptsOf('関連'));
    expect(scriptsOf('关于 read 更多')).toBe(scriptsOf('更多'));
  });

  it('matches every script after Latin-only texts were asked first (the index grows)', () => {
    const m = phraseMatcher({
      en: 'see also',
      ru: 'читайте также',
      ja: '関連記事|あわせて読みたい|PR',
    });
    // Latin first: the index built then holds only the phrases without other scripts.
    expect(m.mentions('a story, see also the map')).toBe(true);
    expect(m.mentions('pr')).toBe(true);
    expect(m.mentions(normalizeForMatch('Читайте также'))).toBe(true);
    expect(m.isLabel(normalizeForMatch('Читайте также:'))).toBe(true);
    // Han without kana: the Han phrase matches; the kana one needs its kana.
    expect(m.mentions('関連記事一覧')).toBe(true);
    expect(m.mentions('あわせて読みたい')).toBe(true);
    expect(m.isLabel('see also · 関連記事')).toBe(true);
    expect(m.mentions('the related list')).toBe(false);
  });
});
