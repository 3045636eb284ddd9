// File names for saved articles: the title kept readable in any script, safe on every OS.
import { describe, expect, it } from 'vitest';
import { articleFilename, filenameStem, MAX_FILENAME_BYTES } from '../../src/core/export/filename';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const utf8 = (text: string) => new TextEncoder().encode(text).length;
const name = (title: string, ext: 'txt' | 'md' | 'html' = 'md') => articleFilename({ title }, ext);

/** What no OS may find in a name: separators, Windows' forbidden set, controls, bidi overrides. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[/\\:*?"<>|\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('articleFilename', () => {
  it('is the title as a slug, letters of any script kept, with the extension', () => {
    expect(name('Harbour board approves tidal barrier', 'txt')).toBe(
      'harbour-board-approves-tidal-barrier.txt',
    );
    expect(
      name(
        'US to continue exposing Iran’s role in Ukraine war, including use of drones: Malley',
        'txt',
      ),
    ).toBe('us-to-continue-exposing-irans-role-in-ukraine-war-including-use-of-drones-malley.txt');
    expect(name('افتتاح أكبر محطة لتحلية المياه')).toBe('افتتاح-أكبر-محطة-لتحلية-المياه.md');
    expect(name('北京: 新的地铁线', 'html')).toBe('北京-新的地铁线.html');
    expect(name('À Lyon, une halle devient ferme')).toBe('à-lyon-une-halle-devient-ferme.md');
    expect(name('Family day 🎉 ✈️ 🇫🇷')).toBe('family-day.md');
  });

  it('leaves no separator and no character Windows forbids', () => {
    expect(name('AC/DC live? Yes | no')).toBe('ac-dc-live-yes-no.md');
    expect(name('He said "never"')).toBe('he-said-never.md');
    expect(name('a\\b*c<d>e')).toBe('a-b-c-d-e.md');
    expect(name('a/b\\c:d*e?f"g<h>i|j')).not.toMatch(UNSAFE);
  });

  it('drops format characters, which Chromium would write as "_"', () => {
    // Zero-width joiner, soft hyphen, zero-width non-joiner, BOM.
    expect(name('👨\u200d👩\u200d👧 soft\u00adhyphen زن\u200cها \ufeffBOM')).toBe(
      'softhyphen-زنها-bom.md',
    );
  });

  it('drops control and bidi characters, and dots and dashes at the ends', () => {
    expect(name('Tab\there\u0000 and\nnewline')).toBe('tab-here-and-newline.md');
    // A right-to-left override would make "…\u202Etxt.exe" read as "…exe.txt".
    expect(name('invoice\u202Etxt.exe')).toBe('invoice-txt-exe.md');
    expect(name('...hidden')).toBe('hidden.md');
    expect(name('  The end. . .  ')).toBe('the-end.md');
    expect(name('~tilde at the ends~')).toBe('tilde-at-the-ends.md');
  });

  it('never gives a name Windows reserves, in any case', () => {
    for (const reserved of ['CON', 'con', 'Prn', 'aux', 'NUL', 'com1', 'COM9', 'lpt1', 'LPT9'])
      expect(name(reserved), reserved).toBe(`${reserved.toLowerCase()}_.md`);
    expect(name('con.txt')).toBe('con_-txt.md');
    expect(name('Nul .')).toBe('nul_.md');
    expect(name('Console wars')).toBe('console-wars.md');
    expect(name('COM10')).toBe('com10.md');
  });

  it('falls back to "article" when nothing usable is left', () => {
    expect(name('')).toBe('article.md');
    expect(name('???')).toBe('article.md');
    expect(name(' . \u202e ')).toBe('article.md');
    expect(filenameStem('\ud800')).toBe('article');
  });

  it('caps the name at 200 UTF-8 bytes without cutting a character', () => {
    const cases = [
      'x'.repeat(300),
      'word '.repeat(60),
      'é'.repeat(150),
      'e\u0301'.repeat(150),
      '北'.repeat(100),
      'ا'.repeat(150),
    ];
    for (const title of cases) {
      const file = name(title, 'html');
      expect(utf8(file), title.slice(0, 8)).toBeLessThanOrEqual(MAX_FILENAME_BYTES);
      expect(utf8(file)).toBeGreaterThan(MAX_FILENAME_BYTES - 30);
      expect(file.endsWith('.html')).toBe(true);
      const stem = file.slice(0, -'.html'.length);
      // Whole characters only: no lone surrogate, no combining mark or joiner left dangling.
      expect(stem).not.toMatch(LONE_SURROGATE);
      expect(title.normalize('NFC').trim().replace(/\s+/g, '-').startsWith(stem)).toBe(true);
      expect(stem).not.toMatch(/[\u0301\u200d]$/);
    }
    expect(name('word '.repeat(60))).toMatch(/-word\.md$/);
    // Emoji are not words: a title of nothing else has no slug.
    expect(name('😀'.repeat(100), 'html')).toBe('article.html');
  });

  it('drops a lone surrogate rather than writing an invalid name', () => {
    expect(name('a\ud800b\udc00c')).toBe('abc.md');
  });

  it('gives safe names for random titles', () => {
    const pool = [
      '~',
      '\u200d',
      '\u00ad',
      'a',
      'Z',
      ' ',
      '.',
      '/',
      '\\',
      ':',
      '*',
      '?',
      '"',
      '<',
      '>',
      '|',
      '\u0000',
      '\u202e',
      'é',
      '北',
      '😀',
      'con',
      '\t',
    ];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let run = 0; run < 500; run++) {
      const title = Array.from(
        { length: Math.floor(random() * 120) },
        () => pool[Math.floor(random() * pool.length)],
      ).join('');
      const file = name(title, 'txt');
      expect(file, JSON.stringify(title)).not.toMatch(UNSAFE);
      expect(file).not.toMatch(/\p{Cf}|^~/u);
      expect(file).not.toMatch(/^[.\s]|[.\s]\.txt$/);
      expect(file.split('.')[0]).not.toMatch(/^(?:con|prn|aux|nul|com\d|lpt\d)$/i);
      expect(utf8(file)).toBeLessThanOrEqual(MAX_FILENAME_BYTES);
    }
  });
});
