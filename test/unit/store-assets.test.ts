// @vitest-environment node
// What the stores show: the icons and promo tile are what scripts/make-icons.mjs draws (one
// source), the 128 px icon follows the Chrome Web Store's 96-in-128 rule and stands out on light
// and dark toolbars; the listing texts exist per UI language, their short description is the
// manifest's and comfortably under the stores' 132 characters, and every permission is justified.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIZES, TILE, iconPixels, promoPixels } from '../../scripts/make-icons.mjs';
import { encodePng } from '../../scripts/png.mjs';

const ROOT = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const manifest = JSON.parse(read('manifest.json'));
const LANGS = ['en', 'ar', 'es', 'fr'];

function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}
const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('icons', () => {
  it('the committed PNGs are what the script draws, at every size the manifest names', () => {
    for (const size of SIZES) {
      expect(manifest.icons[String(size)]).toBe(`icons/icon-${size}.png`);
      const file = readFileSync(join(ROOT, `public/icons/icon-${size}.png`));
      expect(file.equals(encodePng(size, size, iconPixels(size))), `icon-${size}`).toBe(true);
    }
    const promo = readFileSync(join(ROOT, '.github/store/promo-440x280.png'));
    expect(promo.equals(encodePng(440, 280, promoPixels()))).toBe(true);
  });

  it('the 128 px icon is 96 px artwork with 16 px of transparent padding', () => {
    const px = iconPixels(128);
    const opaque = (x: number, y: number) => px[(y * 128 + x) * 4 + 3]! > 0;
    const xs: number[] = [];
    for (let y = 0; y < 128; y++) for (let x = 0; x < 128; x++) if (opaque(x, y)) xs.push(x, y);
    expect(Math.min(...xs)).toBe(16);
    expect(Math.max(...xs)).toBe(111);
  });

  it('each size has an outline of 3:1 or more against light and dark toolbars', () => {
    const toolbars = [
      [255, 255, 255],
      [241, 243, 244],
      [32, 33, 36],
      [43, 42, 51],
    ];
    for (const size of SIZES) {
      const px = iconPixels(size);
      const row = Math.floor(size / 2);
      // The colours met walking in from the left edge of the middle row: the rim, up to the tile.
      const edge: number[][] = [];
      for (let x = 0; x < size; x++) {
        const o = (row * size + x) * 4;
        if (px[o + 3] !== 255) continue;
        edge.push([px[o]!, px[o + 1]!, px[o + 2]!]);
        if (edge.at(-1)!.every((c, k) => c === TILE[k])) break;
      }
      for (const bg of toolbars) {
        const best = Math.max(...edge.map((c) => contrast(c, bg)));
        expect(best, `icon-${size} on rgb(${bg})`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});

describe('store listing', () => {
  it('has a short and a long description per UI language; the short one is the manifest’s', () => {
    for (const lang of LANGS) {
      const text = read(`.github/store/${lang}.md`);
      const sections = text.split(/^## .*$/m).map((s) => s.trim());
      expect(sections, lang).toHaveLength(3);
      const [, short, long] = sections as [string, string, string];
      const messages = JSON.parse(read(`public/_locales/${lang}/messages.json`));
      expect(short, lang).toBe(messages.extDescription.message);
      expect([...short].length, lang).toBeLessThanOrEqual(120);
      expect(long.length, lang).toBeGreaterThan(400);
    }
  });

  it('justifies every permission the manifest asks for, and no other', () => {
    const headings = [...read('.github/store/permissions.md').matchAll(/^## (\S+)$/gm)].map(
      (m) => m[1],
    );
    const permissions = headings.filter((h) => !['Remote', 'Data'].includes(h!));
    expect(permissions.sort()).toEqual([...manifest.permissions].sort());
  });

  it('has a single-purpose statement and a privacy policy', () => {
    expect(read('.github/store/single-purpose.md')).toMatch(/article/);
    expect(read('PRIVACY.md')).toMatch(/sends nothing/);
  });
});
