/**
 * File names for saved articles: `<title-slug>.<ext>`, the title in lower case with words joined
 * by "-", letters of every script kept, made safe on Windows, macOS and Linux. Rules from
 * https://learn.microsoft.com/windows/win32/fileio/naming-a-file (the strictest of the three).
 *
 * Never overwriting is the browser's part: the reader downloads through a link's `download`
 * attribute, and Chromium and Firefox add " (1)" to a name that already exists.
 */
import type { Article } from '../article';

export type SaveFormat = 'txt' | 'md' | 'html';

/** Whole name in UTF-8 bytes, extension included: well under the 255-byte limit of ext4/APFS/NTFS. */
export const MAX_FILENAME_BYTES = 200;
const FALLBACK = 'article';

/** Windows refuses these as names, in any case, with or without an extension. */
const RESERVED = /^(?:con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/**
 * Control characters, and the bidi controls that can make a name read backwards
 * ("…\u202Etxt.exe"): each becomes a space.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/**
 * Other format characters (joiners, soft hyphens, BOM): Chromium writes each as "_" in a
 * download's name (seen in Chromium 156: "👨‍👩‍👧" saved as "👨_👩_👧"), so they go; an emoji
 * sequence then shows as its separate emoji.
 */
const FORMAT = /\p{Cf}/gu;

/** Half of a surrogate pair without its other half: no UTF-8 for it (`toWellFormed` is ES2024). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text).length;

/**
 * The title as a slug: lower case, apostrophes dropped ("Iran's" → "irans"), every other run of
 * what is not a letter, digit or combining mark (spaces, punctuation, every character Windows
 * forbids, emoji) one "-". Letters of every script are kept as they are.
 */
function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/['\u2019\u02bc]/gu, '')
    .replace(/\p{Variation_Selector}/gu, '') // they style emoji; as marks they would stay
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Whole characters (grapheme clusters where the engine can tell) up to `budget` bytes. */
function cutToBytes(text: string, budget: number): string {
  if (bytes(text) <= budget) return text;
  const parts =
    typeof Intl.Segmenter === 'function'
      ? Array.from(
          new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
          (s) => s.segment,
        )
      : Array.from(text);
  let out = '';
  let used = 0;
  for (const part of parts) {
    used += bytes(part);
    if (used > budget) break;
    out += part;
  }
  // End at a word when one ends in the last third, rather than mid-word.
  const dash = out.lastIndexOf('-');
  return dash > (out.length * 2) / 3 ? out.slice(0, dash) : out;
}

/** The title as a slug, safe as a base name (no extension); "article" when nothing is left. */
export function filenameStem(title: string, budget = MAX_FILENAME_BYTES - 5): string {
  const clean = title
    .replace(LONE_SURROGATE, '')
    .normalize('NFC')
    .replace(INVISIBLE, ' ')
    .replace(FORMAT, '');
  const stem = cutToBytes(slugify(clean), budget).replace(/-+$/, '') || FALLBACK;
  // "con" and "con-txt" are both the device to Windows.
  const device = stem.split('-')[0] ?? '';
  return RESERVED.test(device)
    ? cutToBytes(`${device}_${stem.slice(device.length)}`, budget)
    : stem;
}

/** `<title-slug>.<ext>`, at most MAX_FILENAME_BYTES bytes of UTF-8. */
export function articleFilename(article: Pick<Article, 'title'>, ext: SaveFormat): string {
  return `${filenameStem(article.title, MAX_FILENAME_BYTES - 1 - ext.length)}.${ext}`;
}
