/**
 * What a setting may be: the typed shape, defaults, ranges, per-field repair and the migrations
 * from older stored versions. Pure (no extension API), so the popup, the overlay and the tests
 * share one definition.
 */

export const FONT_FAMILIES = ['serif', 'sans', 'legible'] as const;
export const ALIGNMENTS = ['start', 'justify'] as const;
export const THEMES = ['system', 'light', 'sepia', 'dark', 'contrast'] as const;

export type FontFamily = (typeof FONT_FAMILIES)[number];
export type Alignment = (typeof ALIGNMENTS)[number];
export type Theme = (typeof THEMES)[number];

export interface Settings {
  /**
   * Body text size, in percent of the reader's default (20 px).
   * @default 100
   */
  fontSize: number;
  /**
   * 'serif' is Literata, 'sans' is Inter, 'legible' is Atkinson Hyperlegible (all bundled).
   * @default 'serif'
   */
  fontFamily: FontFamily;
  /**
   * Line height, as a multiple of the font size.
   * @default 1.6
   */
  lineHeight: number;
  /**
   * Content width, in ems of the body text, so the line length stays the same at any font size.
   * @default 38
   */
  width: number;
  /**
   * 'start' is ragged (left in left-to-right text, right in right-to-left), 'justify' fills lines.
   * @default 'start'
   */
  align: Alignment;
  /**
   * 'system' follows the browser's light or dark preference; 'contrast' is white on black.
   * @default 'system'
   */
  theme: Theme;
  /**
   * Extra space between letters, in ems of the body text.
   * @default 0
   */
  letterSpacing: number;
  /**
   * Extra space between words, in ems of the body text.
   * @default 0
   */
  wordSpacing: number;
  /**
   * A font installed on this computer, by name ('' for none); the family above stands in for
   * any character or computer it does not have.
   * @default ''
   */
  customFont: string;
  /**
   * Break long words at line ends, by the article's language's rules (`hyphens: auto`).
   * @default false
   */
  hyphenate: boolean;
  /**
   * Leave the article's images, and figures built around one, out of the reader.
   * @default false
   */
  hideImages: boolean;
  /**
   * Read aloud's voice per language: the article's primary language subtag ('en', 'ar'; 'und'
   * when it has none) to the `voiceURI` of a voice of this computer chosen for it.
   * @default {}
   */
  readAloudVoices: Readonly<Record<string, string>>;
}

export interface Range {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

export const FONT_SIZE: Range = Object.freeze({ min: 50, max: 300, step: 10 });
export const LINE_HEIGHT: Range = Object.freeze({ min: 1.2, max: 2.2, step: 0.1 });
export const WIDTH: Range = Object.freeze({ min: 26, max: 60, step: 2 });
export const LETTER_SPACING: Range = Object.freeze({ min: 0, max: 0.12, step: 0.01 });
export const WORD_SPACING: Range = Object.freeze({ min: 0, max: 0.4, step: 0.04 });
/** Longer than any family name a computer has; a stored one beyond it is not a name. */
export const MAX_FONT_NAME = 64;
/** Languages with a remembered voice, and a voice URI's length, at most (storage.sync allows 8 KB). */
export const MAX_VOICE_LANGUAGES = 16;
export const MAX_VOICE_URI = 200;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  fontSize: 100,
  fontFamily: 'serif',
  lineHeight: 1.6,
  width: 38,
  align: 'start',
  theme: 'system',
  letterSpacing: 0,
  wordSpacing: 0,
  customFont: '',
  hyphenate: false,
  hideImages: false,
  readAloudVoices: Object.freeze({}),
});

/**
 * v1 (the first release) stored only `fontSize`; v2 added typography and themes; v3 spacing,
 * a font of the computer's, hyphenation and hiding images; v4 read aloud's voice per language.
 */
export const SETTINGS_VERSION = 4;

/** A number (or numeric string) clamped into `range` and rounded to its step; else `fallback`. */
export function clampToRange(value: unknown, range: Range, fallback: number): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return fallback;
  const steps = Math.round((n - range.min) / range.step);
  // Rounded to 2 decimals: 1.2 + 4 * 0.1 is 1.6000000000000003 in floating point.
  const stepped = Math.round((range.min + steps * range.step) * 100) / 100;
  return Math.min(range.max, Math.max(range.min, stepped));
}

export function clampFontSize(value: unknown): number {
  return clampToRange(value, FONT_SIZE, DEFAULT_SETTINGS.fontSize);
}

/**
 * A family name as the reader typed it, trimmed, or '' when it cannot be one: letters, digits,
 * spaces and `-_.'&+` only, so it is always safe inside the quoted CSS string it goes into.
 */
export function fontName(value: unknown): string {
  if (typeof value !== 'string') return '';
  const name = value.replace(/\s+/g, ' ').trim();
  if (name.length > MAX_FONT_NAME || !/^[\p{L}\p{N} _.'&+-]*$/u.test(name)) return '';
  return name;
}

/** The key a language's voice is remembered under: its primary subtag, lower case ('und' for none). */
export function voiceLanguage(lang: string | null | undefined): string {
  const primary = (lang ?? '').trim().split(/[-_]/)[0]!.toLowerCase();
  return /^[a-z]{2,8}$/.test(primary) ? primary : 'und';
}

/** The remembered voices, each entry checked on its own; anything else is dropped. */
export function voiceChoices(value: unknown): Readonly<Record<string, string>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const kept = Object.entries(value as Record<string, unknown>).filter(
    (entry): entry is [string, string] =>
      voiceLanguage(entry[0]) === entry[0] &&
      typeof entry[1] === 'string' &&
      entry[1] !== '' &&
      entry[1].length <= MAX_VOICE_URI,
  );
  return Object.fromEntries(kept.slice(0, MAX_VOICE_LANGUAGES));
}

function oneOf<T extends string>(list: readonly T[], value: unknown, fallback: T): T {
  return list.includes(value as T) ? (value as T) : fallback;
}

type Raw = Record<string, unknown>;

/** Each step turns version N into N + 1. */
const MIGRATIONS: Record<number, (raw: Raw) => Raw> = {
  // v2 only added fields; a v1 font size means the same thing, the new fields take defaults.
  1: (raw) => ({ ...raw, version: 2 }),
  // v3 too: the new fields take their defaults.
  2: (raw) => ({ ...raw, version: 3 }),
  // v4 too: no voice remembered yet.
  3: (raw) => ({ ...raw, version: 4 }),
};

/** The stored version; anything without a usable one is treated as the first release's. */
export function storedVersion(raw: unknown): number {
  const version = raw !== null && typeof raw === 'object' ? (raw as Raw).version : undefined;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : 1;
}

/**
 * Brings a stored object up to the current version. A newer version (synced from a newer
 * Clearpage on another computer) is left as it is: its fields that this version knows are read,
 * each repaired on its own, and the rest is kept for that newer version.
 */
export function migrate(raw: Raw): Raw {
  let out = raw;
  for (let v = storedVersion(raw); v < SETTINGS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) break;
    out = step(out);
  }
  return out;
}

/** Repairs whatever is stored (missing, corrupt, older or of the wrong type), field by field. */
export function parseSettings(raw: unknown): Settings {
  const record = raw !== null && typeof raw === 'object' ? migrate(raw as Raw) : {};
  const d = DEFAULT_SETTINGS;
  return {
    fontSize: clampFontSize(record.fontSize ?? d.fontSize),
    fontFamily: oneOf(FONT_FAMILIES, record.fontFamily, d.fontFamily),
    lineHeight: clampToRange(record.lineHeight, LINE_HEIGHT, d.lineHeight),
    width: clampToRange(record.width, WIDTH, d.width),
    align: oneOf(ALIGNMENTS, record.align, d.align),
    theme: oneOf(THEMES, record.theme, d.theme),
    letterSpacing: clampToRange(record.letterSpacing, LETTER_SPACING, d.letterSpacing),
    wordSpacing: clampToRange(record.wordSpacing, WORD_SPACING, d.wordSpacing),
    customFont: fontName(record.customFont),
    hyphenate: typeof record.hyphenate === 'boolean' ? record.hyphenate : d.hyphenate,
    hideImages: typeof record.hideImages === 'boolean' ? record.hideImages : d.hideImages,
    readAloudVoices: voiceChoices(record.readAloudVoices),
  };
}
