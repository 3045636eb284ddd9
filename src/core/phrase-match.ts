/**
 * Compiles the phrase groups of chrome-phrases.ts into regexes, once per group at load time, and
 * normalises block text the same way so one plain spelling per phrase matches its variants.
 */
import type { PhraseGroup } from './chrome-phrases';

/** Anything outside printable ASCII and whitespace needs the full (slower) normalisation. */
const NON_ASCII = /[^\x20-\x7e\s]/;
const MARKS = /\p{M}+/gu;
const SPACES = /[\s\u200b-\u200d\u2060\ufeff]+/g;
const APOSTROPHES = /[\u2018\u2019\u02bc`\u00b4]/g;
const LETTER_VARIANTS: Record<string, string> = {
  '\u0629': '\u0647', // ة → ه
  '\u0649': '\u06cc', // ى → ی
  '\u064a': '\u06cc', // ي → ی (Arabic and Persian spellings meet)
  '\u0643': '\u06a9', // ك → ک
  '\u0640': '', // tatweel
};
const VARIANT_CHARS = /[\u0629\u0649\u064a\u0643\u0640]/g;

/**
 * Lower-cases, drops accents and diacritics (NFD marks), unifies Arabic/Persian letter variants
 * and apostrophes, turns zero-width joiners into spaces and collapses whitespace.
 */
export function normalizeForMatch(text: string): string {
  let out = text.toLowerCase();
  if (NON_ASCII.test(out)) {
    out = out
      .normalize('NFD')
      .replace(MARKS, '')
      .replace(VARIANT_CHARS, (ch) => LETTER_VARIANTS[ch] ?? ch)
      .replace(APOSTROPHES, "'");
  }
  return out.replace(SPACES, ' ').trim();
}

/** Scripts written without spaces: a phrase in them may sit inside a longer run of letters. */
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';
/** Separators allowed around labels: spaces, punctuation, symbols (":", "»", "|", emoji). */
const SEP = '[\\s\\p{P}\\p{S}]';
/** Allowed before an opener: bullets, dashes, emoji — but not quotes, which mark reported speech. */
const LEAD = '[\\s\\p{S}\\p{Pd}*\\u2022\\u00b7]';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation of all phrases, longest first, each bounded as a whole word where words exist. */
function alternation(groups: readonly PhraseGroup[]): string {
  const phrases = new Set<string>();
  for (const group of groups) {
    for (const list of Object.values(group)) {
      for (const phrase of list.split('|')) {
        const normal = normalizeForMatch(phrase);
        if (normal) phrases.add(normal);
      }
    }
  }
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const spaced = sorted.filter((p) => !UNSPACED.test(p)).map(escape);
  const unspaced = sorted.filter((p) => UNSPACED.test(p)).map(escape);
  const parts: string[] = [];
  if (spaced.length) parts.push(`${BEFORE}(?:${spaced.join('|')})${AFTER}`);
  if (unspaced.length) parts.push(`(?:${unspaced.join('|')})`);
  return parts.length ? `(?:${parts.join('|')})` : '(?!)';
}

export interface PhraseMatcher {
  /** The whole text is one or more of the phrases, with separators ("Top Content · Trending:"). */
  isLabel(normal: string): boolean;
  /** The text opens with a phrase (after bullets or emoji, never after a quotation mark). */
  startsWith(normal: string): boolean;
  /** Length of the opening phrase match (with its lead), or 0. */
  openingLength(normal: string): number;
  /** A phrase occurs anywhere as whole words. */
  mentions(normal: string): boolean;
  /** How many phrase occurrences the text holds. */
  count(normal: string): number;
  /** The text with every phrase replaced by a space, to see what else is there. */
  strip(normal: string): string;
}

/** Label checks run only on short texts, which also bounds the regex's backtracking. */
const MAX_LABEL_LENGTH = 100;

export function phraseMatcher(...groups: PhraseGroup[]): PhraseMatcher {
  const alt = alternation(groups);
  const label = new RegExp(`^(?:${SEP}*${alt})+${SEP}*$`, 'u');
  const start = new RegExp(`^${LEAD}*${alt}`, 'u');
  const any = new RegExp(alt, 'u');
  const all = new RegExp(alt, 'gu');
  return {
    isLabel: (normal) => normal.length <= MAX_LABEL_LENGTH && label.test(normal),
    startsWith: (normal) => start.test(normal),
    openingLength: (normal) => start.exec(normal)?.[0].length ?? 0,
    mentions: (normal) => any.test(normal),
    count: (normal) => normal.match(all)?.length ?? 0,
    strip: (normal) => normal.replace(all, ' '),
  };
}

/** True when `text` has a letter or digit in any script. */
export function hasWordChars(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
