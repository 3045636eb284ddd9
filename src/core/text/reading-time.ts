/**
 * Word count and reading time. Chinese and Japanese are written without spaces, so each Han or
 * kana character counts as one word, read at ~400 characters a minute; everything else is read
 * at ~230 words a minute.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** A word: letters or digits, with marks and inner apostrophes/hyphens ("don't", "Shahed-136"). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’\-.][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

export const WORDS_PER_MINUTE = 230;
export const CJK_CHARS_PER_MINUTE = 400;

export interface TextSize {
  words: number;
  cjkChars: number;
}

/** Cheap pre-test: no character from the CJK blocks means no Unicode-property pass. */
const MAYBE_CJK = /[\u2e80-\u9fff\uf900-\ufaff\ud840-\ud87f]/;

export function measureText(text: string): TextSize {
  let cjkChars = 0;
  if (!MAYBE_CJK.test(text)) return { words: text.match(WORD)?.length ?? 0, cjkChars };
  const rest = text.replace(CJK, () => {
    cjkChars++;
    return ' ';
  });
  return { words: rest.match(WORD)?.length ?? 0, cjkChars };
}

/** Words plus CJK characters. */
export function wordCount(text: string | TextSize): number {
  const { words, cjkChars } = typeof text === 'string' ? measureText(text) : text;
  return words + cjkChars;
}

/** Whole minutes, at least 1. */
export function readingMinutes(text: string | TextSize): number {
  const { words, cjkChars } = typeof text === 'string' ? measureText(text) : text;
  const minutes = words / WORDS_PER_MINUTE + cjkChars / CJK_CHARS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}
