/**
 * The reader's colour themes, as data: the overlay's CSS is generated from it and the unit test
 * computes every pair's WCAG contrast from it, so the two cannot drift. Body text is at least
 * 7:1 (WCAG AAA) against its background and the code-block tint, links and muted text 4.5:1.
 */
import type { Theme } from '../shared/settings';

export interface ThemeColours {
  /** Page background. */
  bg: string;
  /** Body text. */
  fg: string;
  /** Site name, byline, captions, quotes. */
  muted: string;
  /** Links, focus rings, the progress bar. */
  accent: string;
  /** Hairlines and borders. */
  rule: string;
  /** Background of code blocks and of hovered buttons. */
  tint: string;
  /** Only 'dark' asks the browser for dark scrollbars and form controls. */
  scheme: 'light' | 'dark';
}

export type ConcreteTheme = Exclude<Theme, 'system'>;

export const THEME_COLOURS: Readonly<Record<ConcreteTheme, ThemeColours>> = Object.freeze({
  light: {
    bg: '#fbfaf7',
    fg: '#1d1d1f',
    muted: '#56565c',
    accent: '#1c4e80',
    rule: '#d6d3cb',
    tint: '#efede8',
    scheme: 'light',
  },
  sepia: {
    bg: '#f4ecd8',
    fg: '#3b2e1e',
    muted: '#5e4b35',
    accent: '#7a3410',
    rule: '#d9cdb0',
    tint: '#e9dfc6',
    scheme: 'light',
  },
  dark: {
    bg: '#1b1b1d',
    fg: '#e8e6e3',
    muted: '#b0ada8',
    accent: '#8cc4ff',
    rule: '#3a3a3e',
    tint: '#27272a',
    scheme: 'dark',
  },
  // High contrast: white on black, yellow links (21:1 and 19.6:1); hairlines stay visible.
  contrast: {
    bg: '#000000',
    fg: '#ffffff',
    muted: '#e6e6e6',
    accent: '#ffe14d',
    rule: '#8a8a8a',
    tint: '#1a1a1a',
    scheme: 'dark',
  },
});

function declarations(c: ThemeColours): string {
  return (
    `--cp-bg:${c.bg};--cp-fg:${c.fg};--cp-muted:${c.muted};--cp-accent:${c.accent};` +
    `--cp-rule:${c.rule};--cp-tint:${c.tint};color-scheme:${c.scheme};`
  );
}

/**
 * `.reader[data-theme=…]` rules for every theme; 'system' is light unless the browser prefers
 * dark. Forced-colors mode (Windows High Contrast) overrides all of it with system colours.
 */
export function themeCss(): string {
  const { light, sepia, dark, contrast } = THEME_COLOURS;
  return (
    `.reader[data-theme='light'],.reader[data-theme='system']{${declarations(light)}}` +
    `.reader[data-theme='sepia']{${declarations(sepia)}}` +
    `.reader[data-theme='dark']{${declarations(dark)}}` +
    `.reader[data-theme='contrast']{${declarations(contrast)}}` +
    `@media (prefers-color-scheme: dark){.reader[data-theme='system']{${declarations(dark)}}}`
  );
}
