// Draws every Clearpage image the manifest and the stores need from one design (a page with lines
// of text on a blue tile, with a light rim): public/icons/icon-{16,32,48,128}.png and the Chrome
// Web Store's 440×280 small promo tile, .github/store/promo-440x280.png. No image editor, no
// browser: shapes in a 0..1 design space, 4×4 supersampled, written as PNG.
//
// Chrome Web Store icon guidelines (developer.chrome.com/docs/webstore/images): the 128 px icon
// is 96×96 artwork centred in a transparent 128×128 canvas (16 px padding), legible on light and
// dark backgrounds — the blue tile carries it on light toolbars, the light rim on dark ones.
// The toolbar sizes (16/32/48) use the whole canvas, as toolbar icons do.
//
// Usage: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodePng } from './png.mjs';

export const TILE = [24, 86, 160];
export const RIM = [236, 242, 250];
const INK = [255, 255, 255];
export const SIZES = [16, 32, 48, 128];
/** The artwork's share of the canvas: 96 of 128 for the store icon, all of it when smaller. */
export const artworkShare = (size) => (size === 128 ? 96 / 128 : 1);

function roundedSquare(u, v, inset) {
  const r = 0.2 - inset;
  const lo = inset;
  const hi = 1 - inset;
  if (u < lo || u > hi || v < lo || v > hi) return false;
  const dx = Math.max(lo + r - u, 0, u - (hi - r));
  const dy = Math.max(lo + r - v, 0, v - (hi - r));
  return dx * dx + dy * dy <= r * r;
}

function textLines(u, v) {
  const lines = [0.3, 0.45, 0.6, 0.75];
  return lines.some(
    (top, i) => v >= top && v <= top + 0.08 && u >= 0.24 && u <= (i === 3 ? 0.6 : 0.76),
  );
}

/** The icon's colour and coverage at (u, v) of the artwork: rim, tile, then lines on top. */
function iconSample(u, v, rimWidth) {
  if (!roundedSquare(u, v, 0)) return null;
  if (!roundedSquare(u, v, rimWidth)) return RIM;
  return textLines(u, v) ? INK : TILE;
}

/** RGBA pixels of a size×size icon; `rimWidth` is at least about one pixel at every size. */
export function iconPixels(size) {
  const share = artworkShare(size);
  const pad = (size * (1 - share)) / 2;
  const art = size * share;
  const rimWidth = Math.max(0.04, 1.1 / art);
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let i = 0; i < 4; i++) {
        for (let j = 0; j < 4; j++) {
          const u = (x + (i + 0.5) / 4 - pad) / art;
          const v = (y + (j + 0.5) / 4 - pad) / art;
          const colour = iconSample(u, v, rimWidth);
          if (!colour) continue;
          for (let c = 0; c < 3; c++) acc[c] += colour[c];
          acc[3]++;
        }
      }
      const o = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) rgba[o + c] = acc[3] ? Math.round(acc[c] / acc[3]) : 0;
      rgba[o + 3] = Math.round((acc[3] / 16) * 255);
    }
  }
  return rgba;
}

/** The 440×280 promo tile: the icon at 160 px on the tile's blue, with a page of text beside. */
export function promoPixels(width = 440, height = 280) {
  const icon = iconPixels(128);
  const rgba = new Uint8Array(width * height * 4);
  const page = { x: 250, y: 60, w: 140, h: 160 };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      let colour = TILE.map((c) => Math.round(c * 0.8));
      const px = (x - page.x) / page.w;
      const py = (y - page.y) / page.h;
      if (px >= 0 && px <= 1 && py >= 0 && py <= 1) {
        const line = [0.15, 0.3, 0.45, 0.6, 0.75].some(
          (top, i) => py >= top && py <= top + 0.06 && px >= 0.12 && px <= (i === 4 ? 0.6 : 0.88),
        );
        colour = line ? TILE : RIM;
      }
      // The store icon (96 px artwork), scaled 1.5×, centred on the left half.
      const ix = Math.floor((x - 30) / 1.5);
      const iy = Math.floor((y - 44) / 1.5);
      if (ix >= 0 && ix < 128 && iy >= 0 && iy < 128) {
        const io = (iy * 128 + ix) * 4;
        const a = icon[io + 3] / 255;
        colour = colour.map((c, k) => Math.round(c * (1 - a) + icon[io + k] * a));
      }
      rgba.set([...colour, 255], o);
    }
  }
  return rgba;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync('public/icons', { recursive: true });
  for (const size of SIZES) {
    writeFileSync(`public/icons/icon-${size}.png`, encodePng(size, size, iconPixels(size)));
  }
  mkdirSync('.github/store', { recursive: true });
  writeFileSync('.github/store/promo-440x280.png', encodePng(440, 280, promoPixels()));
  console.log(
    `wrote public/icons/icon-{${SIZES.join(',')}}.png and .github/store/promo-440x280.png`,
  );
}
