/**
 * Character classes for phrase matching, one character at a time. ASCII is decided by code;
 * other characters by small single-class regexes, compiled by V8 on first use (well under a
 * millisecond each, unlike an alternation of phrases).
 */

const WORD = /[\p{L}\p{N}]/u;
/** Separators allowed around labels: spaces, punctuation, symbols (":", "»", "|", emoji). */
const SEPARATOR = /[\s\p{P}\p{S}]/u;
/** Allowed before an opener: bullets, dashes, emoji — but not quotes, which mark reported speech. */
const LEAD = /[\s\p{S}\p{Pd}*\u2022\u00b7]/u;

/** The whole code point at `pos` (surrogate pairs joined), or '' past the end. */
function charAt(text: string, pos: number): string {
  const code = text.codePointAt(pos);
  return code === undefined ? '' : String.fromCodePoint(code);
}

function asciiWord(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
}

/** A letter or digit, in any script, starts at `pos`. */
export function wordCharAt(text: string, pos: number): boolean {
  const code = text.charCodeAt(pos);
  if (Number.isNaN(code)) return false;
  if (code < 128) return asciiWord(code);
  return WORD.test(charAt(text, pos));
}

/** A letter or digit ends right before `pos`. */
export function wordCharBefore(text: string, pos: number): boolean {
  if (pos <= 0) return false;
  const code = text.charCodeAt(pos - 1);
  if (code < 128) return asciiWord(code);
  // A low surrogate ends a pair that starts one unit earlier.
  const start = code >= 0xdc00 && code <= 0xdfff && pos >= 2 ? pos - 2 : pos - 1;
  return WORD.test(charAt(text, start));
}

function classAt(re: RegExp, text: string, pos: number): boolean {
  const code = text.charCodeAt(pos);
  if (code === 32) return true;
  if (code < 128 && asciiWord(code)) return false;
  return re.test(charAt(text, pos));
}

export function isSeparator(text: string, pos: number): boolean {
  return classAt(SEPARATOR, text, pos);
}

export function isLead(text: string, pos: number): boolean {
  return classAt(LEAD, text, pos);
}

/** Han, kana and Thai: written without spaces, so a phrase may sit inside a run of letters. */
export function isUnspaced(phrase: string): boolean {
  const c = phrase.codePointAt(0) ?? 0;
  return (
    (c >= 0x0e00 && c <= 0x0e7f) || // Thai
    (c >= 0x3040 && c <= 0x30ff) || // Hiragana, Katakana
    (c >= 0x31f0 && c <= 0x31ff) || // Katakana extensions
    (c >= 0x3400 && c <= 0x4dbf) || // Han extension A
    (c >= 0x4e00 && c <= 0x9fff) || // Han
    (c >= 0xf900 && c <= 0xfaff) || // Han compatibility
    (c >= 0xff66 && c <= 0xff9f) || // half-width Katakana
    (c >= 0x20000 && c <= 0x3134f) // Han extensions B–G
  );
}
