/**
 * Matches the phrase groups of chrome-phrases.ts against normalised block text with plain
 * string operations. No alternation regex: V8 compiles a `/u` alternation of a few hundred
 * Unicode phrases in tens of milliseconds, which the reader would pay on every first click.
 * Each matcher builds its index (phrases by first character, longest first) on first use, per
 * combination of scripts in the texts it is asked about, so a group no block reaches costs
 * nothing and phrases in scripts a page does not use are never prepared.
 */
import type { PhraseGroup } from './chrome-phrases';
import { isLead, isSeparator, isUnspaced, wordCharBefore, wordCharAt } from '../text/text-chars';

/** Anything outside printable ASCII and whitespace needs more than lower-casing. */
const NON_ASCII = /[^\x20-\x7e\s]/;
/** Letters with marks or variants; curly quotes and dashes alone need no Unicode decomposition. */
const NEEDS_NFD = /[^\s\x20-\xbf\u2000-\u206f]/;
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
    if (NEEDS_NFD.test(out)) {
      out = out
        .normalize('NFD')
        .replace(MARKS, '')
        .replace(VARIANT_CHARS, (ch) => LETTER_VARIANTS[ch] ?? ch);
    }
    out = out.replace(APOSTROPHES, "'");
  }
  return out.replace(SPACES, ' ').trim();
}

/**
 * Phrases by their first UTF-16 unit, longest first. Spaced phrases must stand as whole words;
 * phrases in scripts written without spaces (Chinese, Japanese, Thai) may sit inside a run.
 */
interface PhraseIndex {
  spaced: Map<string, string[]>;
  unspaced: Map<string, string[]>;
  /**
   * Finds where some phrase *might* start: a plain literal alternation (no `u`, no classes,
   * no lookarounds) that V8 compiles quickly; the word boundaries are checked in JS, only at
   * its hits, so long texts are searched natively rather than character by character.
   */
  finder: RegExp;
}

/**
 * The scripts a phrase or a text is written in, as bits: only phrases whose scripts all occur
 * in a text can match it, so a matcher builds one index per combination of scripts it meets
 * and an English page never normalises, sorts or compiles the Arabic, Russian, Hindi, Chinese
 * or Japanese phrases. Exact, not a guess at the page's language: normalisation keeps every
 * character in its script (NFD marks and letter variants stay inside these blocks).
 */
const SCRIPTS = [
  /[\u0400-\u052f]/, // Cyrillic
  /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/, // Arabic
  /[\u0900-\u097f]/, // Devanagari
  /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/, // Han
  /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/, // kana
  /[\u0e00-\u0e7f]/, // Thai
];
const ANY_SCRIPT = new RegExp(`[${SCRIPTS.map((re) => re.source.slice(1, -1)).join('')}]`);

export function scriptsOf(text: string): number {
  if (!ANY_SCRIPT.test(text)) return 0;
  let mask = 0;
  SCRIPTS.forEach((re, i) => {
    if (re.test(text)) mask |= 1 << i;
  });
  return mask;
}

/** One language's phrases: their scripts, and (once asked for) their normalised forms. */
interface LanguagePhrases {
  scripts: number;
  normal?: string[];
  /** The normalised phrases without the scripts of the key (missing from the text). */
  fits?: Map<number, string[]>;
}

const languages = new Map<string, LanguagePhrases>();
/** Every script the matchers have been asked about in this context (see phraseMatcher). */
let scriptsSeen = 0;

function splitPhrases(normal: string): string[] {
  const out: string[] = [];
  for (const phrase of normal.split('|')) {
    const trimmed = phrase.trim();
    if (trimmed) out.push(trimmed);
  }
  return out;
}

/** The group's normalised phrases that can occur in a text written in `scripts` (and Latin). */
function phrasesOf(group: PhraseGroup, scripts: number): string[] {
  const phrases: string[] = [];
  for (const raw of Object.values(group)) {
    let lang = languages.get(raw);
    if (!lang) languages.set(raw, (lang = { scripts: scriptsOf(raw) }));
    const missing = lang.scripts & ~scripts;
    if (!missing) {
      // One normalisation per language string, not per phrase: most of the cost is per call.
      phrases.push(...(lang.normal ??= splitPhrases(normalizeForMatch(raw))));
    } else {
      // Mostly none; but languages may mix scripts (Japanese: kana and Han) or quote Latin.
      const fits = (lang.fits ??= new Map());
      let kept = fits.get(missing);
      if (!kept) {
        const raws = raw.split('|').filter((phrase) => !(scriptsOf(phrase) & missing));
        kept = raws.length ? splitPhrases(normalizeForMatch(raws.join('|'))) : [];
        fits.set(missing, kept);
      }
      phrases.push(...kept);
    }
  }
  return phrases;
}

function buildIndex(groups: readonly PhraseGroup[], scripts: number): PhraseIndex {
  const phrases = new Set<string>();
  for (const group of groups) for (const phrase of phrasesOf(group, scripts)) phrases.add(phrase);
  const sorted = [...phrases].sort(longestFirst);
  const finder = new RegExp(sorted.map(escape).join('|') || '(?!)', 'g');
  const index: PhraseIndex = { spaced: new Map(), unspaced: new Map(), finder };
  for (const phrase of sorted) {
    const map = isUnspaced(phrase) ? index.unspaced : index.spaced;
    const list = map.get(phrase.charAt(0));
    if (list) list.push(phrase);
    else map.set(phrase.charAt(0), [phrase]);
  }
  return index;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const longestFirst = (a: string, b: string) => b.length - a.length;

/** Lengths of every phrase that matches at `pos`, longest first (spaced ones before the rest). */
function matchesAt(index: PhraseIndex, text: string, pos: number, all: boolean): number[] {
  const out: number[] = [];
  const first = text.charAt(pos);
  const spaced = index.spaced.get(first);
  if (spaced && !wordCharBefore(text, pos)) {
    for (const phrase of spaced) {
      if (text.startsWith(phrase, pos) && !wordCharAt(text, pos + phrase.length)) {
        out.push(phrase.length);
        if (!all) return out;
      }
    }
  }
  for (const phrase of index.unspaced.get(first) ?? []) {
    if (text.startsWith(phrase, pos)) {
      out.push(phrase.length);
      if (!all) return out;
    }
  }
  return out;
}

/** Length of the first phrase matching at `pos` (as a regex alternation would pick it), or 0. */
function matchAt(index: PhraseIndex, text: string, pos: number): number {
  if (!index.spaced.has(text.charAt(pos)) && !index.unspaced.has(text.charAt(pos))) return 0;
  return matchesAt(index, text, pos, false)[0] ?? 0;
}

/** Calls `found` for each phrase occurrence, left to right, without overlaps; stops on `true`. */
function scan(index: PhraseIndex, text: string, found: (pos: number, len: number) => boolean) {
  const finder = index.finder;
  finder.lastIndex = 0;
  for (let hit = finder.exec(text); hit; hit = finder.exec(text)) {
    const len = matchAt(index, text, hit.index);
    if (len && found(hit.index, len)) return;
    finder.lastIndex = hit.index + (len || 1);
  }
}

function skip(text: string, pos: number, test: (text: string, pos: number) => boolean): number {
  while (pos < text.length && test(text, pos)) pos += (text.codePointAt(pos) ?? 0) > 0xffff ? 2 : 1;
  return pos;
}

/** The text from `pos` on is phrases and separators only; `failed` remembers dead ends. */
function labelFrom(index: PhraseIndex, text: string, pos: number, failed: Set<number>): boolean {
  const start = skip(text, pos, isSeparator);
  if (start === text.length) return true;
  if (failed.has(start)) return false;
  for (const len of matchesAt(index, text, start, true)) {
    if (labelFrom(index, text, start + len, failed)) return true;
  }
  failed.add(start);
  return false;
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
  /** Where the first phrase occurrence starts, or -1. */
  indexIn(normal: string): number;
  /** The text with every phrase replaced by a space, to see what else is there. */
  strip(normal: string): string;
}

/** Labels are short; a longer text is never just a label. */
const MAX_LABEL_LENGTH = 100;

export function phraseMatcher(...groups: PhraseGroup[]): PhraseMatcher {
  const built: { scripts: number; index: PhraseIndex }[] = [];
  const indexFor = (normal: string) => {
    const scripts = scriptsOf(normal);
    for (let i = built.length - 1; i >= 0; i--) {
      const entry = built[i]!;
      if ((entry.scripts & scripts) === scripts) return entry.index;
    }
    // An index for more scripts than the text has is still exact (its extra phrases cannot
    // match), so one is built for every script met so far: a page in Arabic with English
    // blocks builds one or two per matcher, not one per mix.
    scriptsSeen |= scripts;
    const index = buildIndex(groups, scriptsSeen);
    built.push({ scripts: scriptsSeen, index });
    return index;
  };
  const openingLength = (normal: string) => {
    const start = skip(normal, 0, isLead);
    const len = start < normal.length ? matchAt(indexFor(normal), normal, start) : 0;
    return len ? start + len : 0;
  };
  return {
    isLabel(normal) {
      if (normal.length > MAX_LABEL_LENGTH) return false;
      const start = skip(normal, 0, isSeparator);
      return start < normal.length && labelFrom(indexFor(normal), normal, start, new Set());
    },
    startsWith: (normal) => openingLength(normal) > 0,
    openingLength,
    mentions(normal) {
      let found = false;
      scan(indexFor(normal), normal, () => (found = true));
      return found;
    },
    indexIn(normal) {
      let at = -1;
      scan(indexFor(normal), normal, (pos) => ((at = pos), true));
      return at;
    },
    count(normal) {
      let n = 0;
      scan(indexFor(normal), normal, () => (n++, false));
      return n;
    },
    strip(normal) {
      const parts: string[] = [];
      let last = 0;
      scan(indexFor(normal), normal, (pos, len) => {
        parts.push(normal.slice(last, pos), ' ');
        last = pos + len;
        return false;
      });
      parts.push(normal.slice(last));
      return parts.join('');
    },
  };
}

const ASCII_WORD = /[a-z0-9]/i;

/** True when `text` has a letter or digit in any script. */
export function hasWordChars(text: string): boolean {
  if (ASCII_WORD.test(text)) return true;
  for (let i = 0; i < text.length; i++) if (wordCharAt(text, i)) return true;
  return false;
}
