import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERIF_FONT, UI_FONT } from '../../src/core/ui-font';
import { HTML_EXPORT_CSS } from '../../src/core/export/html-style';

// Stylesheets cannot import UI_FONT or SERIF_FONT, so each declares a stack once; this keeps
// them in step.
const STYLESHEETS = ['src/content/overlay.css', 'src/popup/popup.css'];
const STACK = /system-ui[^;]*/g;
/** The serif stack: from its first font to the generic family that ends it. */
const SERIF_STACK = /Charter[^;}]*?serif/g;
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the UI font stack', () => {
  it.each(STYLESHEETS)('%s declares it once, as UI_FONT', (file) => {
    const stacks = readFileSync(file, 'utf8').match(STACK) ?? [];
    expect(stacks.map(oneLine)).toEqual([UI_FONT]);
  });

  it('the saved HTML file uses UI_FONT only', () => {
    const stacks = HTML_EXPORT_CSS.match(/system-ui[^;}]*/g) ?? [];
    expect(stacks.length).toBeGreaterThan(0);
    for (const stack of stacks) expect(stack).toBe(UI_FONT);
  });
});

describe('the serif font stack', () => {
  it('overlay.css declares it once, as SERIF_FONT', () => {
    const css = readFileSync('src/content/overlay.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect((css.match(SERIF_STACK) ?? []).map(oneLine)).toEqual([SERIF_FONT]);
  });

  it('the saved HTML file’s body uses SERIF_FONT, and only it', () => {
    expect(HTML_EXPORT_CSS.match(SERIF_STACK)).toEqual([SERIF_FONT]);
  });

  it('fonts.ts writes no stack of its own: the serif fallback is SERIF_FONT', () => {
    const source = readFileSync('src/content/fonts.ts', 'utf8');
    expect(source).not.toMatch(/Charter/);
    expect(source).toMatch(/serif: SERIF_FONT/);
  });
});
