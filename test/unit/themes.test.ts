// Every theme's colours meet WCAG contrast: body text 7:1 (AAA) on the page and on the code-block
// tint, links and muted text 4.5:1. Computed from the one data module the overlay's CSS is made of.
import { describe, expect, it } from 'vitest';
import { THEME_COLOURS, themeCss } from '../../src/content/themes';
import { THEMES } from '../../src/shared/settings-schema';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

it('the contrast formula gives the WCAG reference values', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#ffffff', '#ffffff')).toBe(1);
  expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
});

describe.each(Object.entries(THEME_COLOURS))('%s theme', (_name, c) => {
  it('colours are #rrggbb', () => {
    for (const value of [c.bg, c.fg, c.muted, c.accent, c.rule, c.tint]) {
      expect(value).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('body text is at least 7:1 on the page and on code blocks', () => {
    expect(contrast(c.fg, c.bg)).toBeGreaterThanOrEqual(7);
    expect(contrast(c.fg, c.tint)).toBeGreaterThanOrEqual(7);
  });

  it('links and muted text are at least 4.5:1, also on code blocks', () => {
    for (const ground of [c.bg, c.tint]) {
      expect(contrast(c.accent, ground)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c.muted, ground)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('the status toast (background and text swapped) is readable', () => {
    expect(contrast(c.bg, c.fg)).toBeGreaterThanOrEqual(7);
  });
});

describe('theme rules', () => {
  const css = themeCss();

  it('give every concrete theme of the settings its colours', () => {
    expect(Object.keys(THEME_COLOURS).sort()).toEqual(THEMES.filter((t) => t !== 'system').sort());
    for (const [name, c] of Object.entries(THEME_COLOURS)) {
      const rule = new RegExp(`data-theme='${name}'\\][^{}]*\\{--cp-bg:${c.bg};--cp-fg:${c.fg};`);
      expect(css).toMatch(rule);
    }
  });

  it('"system" is light, and dark when the browser prefers dark', () => {
    const { light, dark } = THEME_COLOURS;
    expect(css).toContain(`.reader[data-theme='system']{--cp-bg:${light.bg};`);
    expect(css).toMatch(
      new RegExp(
        `@media \\(prefers-color-scheme: dark\\)\\{\\.reader\\[data-theme='system'\\]\\{--cp-bg:${dark.bg};`,
      ),
    );
  });

  it('is valid CSS a browser keeps', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    expect(sheet.cssRules).toHaveLength(5);
  });
});

it('the high-contrast theme is well beyond AAA: 12:1 for text, links and muted text', () => {
  const c = THEME_COLOURS.contrast;
  for (const colour of [c.fg, c.accent, c.muted]) {
    expect(contrast(colour, c.bg)).toBeGreaterThanOrEqual(12);
    expect(contrast(colour, c.tint)).toBeGreaterThanOrEqual(12);
  }
  // Hairlines (borders of controls) stay visible against the page: 3:1 (WCAG 1.4.11).
  expect(contrast(c.rule, c.bg)).toBeGreaterThanOrEqual(3);
});
