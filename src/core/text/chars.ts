/**
 * How the core measures text: characters that are not white space, and the sizes it judges by.
 * One counter, so a threshold means the same wherever it is applied (the truncation guard's
 * "too little left" and no-article's "too little to read" are one number).
 */

/** Exactly the characters of `\s` in a regular expression, without running one. */
export function isSpace(code: number): boolean {
  if (code > 32 && code < 160) return false;
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Characters of `text` that are not white space. */
export function chars(text: string | null | undefined): number {
  const s = text ?? '';
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) n++;
  return n;
}

/** A paragraph with this much text outside links is prose. */
export const PROSE_CHARS = 80;
/** Below this many characters there is nothing to read in a reader. */
export const MIN_TEXT_CHARS = 250;
