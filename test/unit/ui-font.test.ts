import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UI_FONT } from '../../src/core/ui-font';
import { HTML_EXPORT_CSS } from '../../src/core/export/html-style';

// Stylesheets cannot import UI_FONT, so each declares the stack once; this keeps them in step.
const STYLESHEETS = ['src/content/overlay.css', 'src/popup/popup.css'];
const STACK = /system-ui[^;]*/g;
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
