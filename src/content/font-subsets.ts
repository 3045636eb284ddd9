/**
 * Which of the bundled fonts' subsets a text needs: the subsets whose unicode-range holds one
 * of its characters. fonts.ts loads those, in every family, the same whatever font is chosen
 * (issue 12), as the browser itself would load the chosen family's by use.
 */
import fonts from './fonts.json';

export type Subset = keyof typeof fonts.unicodeRanges;

/** "U+0000-00FF,U+0131" → [[0, 0xff], [0x131, 0x131]]. */
function parseRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const [from = '0', to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to, 16)];
  });
}

const RANGES = Object.entries(fonts.unicodeRanges).map(
  ([subset, range]) => [subset as Subset, parseRange(range)] as const,
);

/** Adds to `found` the subsets `text` has a character of (one pass over the text). */
export function subsetsOf(text: string, found: Set<Subset>): void {
  if (found.size === RANGES.length) return;
  const seen = new Set<number>();
  for (const char of text) seen.add(char.codePointAt(0)!);
  for (const [subset, ranges] of RANGES) {
    if (found.has(subset)) continue;
    for (const code of seen) {
      if (ranges.some(([from, to]) => code >= from && code <= to)) {
        found.add(subset);
        break;
      }
    }
  }
}
