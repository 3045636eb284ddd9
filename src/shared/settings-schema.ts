/**
 * What a setting may be: the typed shape, defaults, ranges, per-field repair and the migrations
 * from older stored versions. Pure (no extension API), so the popup, the overlay and the tests
 * share one definition.
 */

export const FONT_FAMILIES = ['serif', 'sans', 'legible'] as const;
export const ALIGNMENTS = ['start', 'justify'] as const;
export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;

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
   * 'system' follows the browser's light or dark preference.
   * @default 'system'
   */
  theme: Theme;
}

export interface Range {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

export const FONT_SIZE: Range = Object.freeze({ min: 50, max: 300, step: 10 });
export const LINE_HEIGHT: Range = Object.freeze({ min: 1.2, max: 2.2, step: 0.1 });
export const WIDTH: Range = Object.freeze({ min: 26, max: 60, step: 2 });

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  fontSize: 100,
  fontFamily: 'serif',
  lineHeight: 1.6,
  width: 38,
  align: 'start',
  theme: 'system',
});

/** v1 (the first release) stored only `fontSize`; v2 added typography and themes. */
export const SETTINGS_VERSION = 2;

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

function oneOf<T extends string>(list: readonly T[], value: unknown, fallback: T): T {
  return list.includes(value as T) ? (value as T) : fallback;
}

type Raw = Record<string, unknown>;

/** Each step turns version N into N + 1. */
const MIGRATIONS: Record<number, (raw: Raw) => Raw> = {
  // v2 only added fields; a v1 font size means the same thing, the new fields take defaults.
  1: (raw) => ({ ...raw, version: 2 }),
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
  };
}
