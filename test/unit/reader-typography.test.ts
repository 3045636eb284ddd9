// The pieces the overlay applies settings with: the text-size keys (bound by
// features/font-size.ts, tested in test/unit/features/font-size.test.ts), the progress arithmetic and
// the bundled font faces (FontFace and document.fonts stubbed: jsdom has neither).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { asUser } from './support/user-input';

vi.mock('../../src/shared/browser', () => ({
  default: { runtime: { getURL: (path: string) => `chrome-extension://id/${path}` } },
}));
vi.mock(
  '../../src/content/trusted',
  async () => (await import('./support/user-input')).userInputMock,
);

const { fontStepFor } = await import('../../src/content/keys');
const { scrolledPercent } = await import('../../src/content/progress');
const { fontFile, fontLoader, fontStack } = await import('../../src/content/fonts');
const { applyTypography } = await import('../../src/content/typography');
const { DEFAULT_SETTINGS, FONT_FAMILIES } = await import('../../src/shared/settings-schema');
const fonts = (await import('../../src/content/fonts.json')).default;

const key = (init: KeyboardEventInit) =>
  asUser(new KeyboardEvent('keydown', { cancelable: true, ...init }));

describe('text-size keys', () => {
  it('Ctrl or Cmd with + or = is larger, with − or _ smaller, numpad included', () => {
    for (const init of [
      { ctrlKey: true, key: '=' },
      { ctrlKey: true, key: '+', shiftKey: true },
      { metaKey: true, key: '=' },
      { ctrlKey: true, key: '+', code: 'NumpadAdd' },
    ]) {
      expect(fontStepFor(key(init)), JSON.stringify(init)).toBe(1);
    }
    for (const init of [
      { ctrlKey: true, key: '-' },
      { metaKey: true, key: '_', shiftKey: true },
      { ctrlKey: true, key: '-', code: 'NumpadSubtract' },
    ]) {
      expect(fontStepFor(key(init)), JSON.stringify(init)).toBe(-1);
    }
  });

  it('leaves other keys alone: no modifier, Alt, other letters', () => {
    for (const init of [
      { key: '=' },
      { key: '-' },
      { ctrlKey: true, altKey: true, key: '=' },
      { ctrlKey: true, key: '0' },
      { ctrlKey: true, key: 'p' },
    ]) {
      expect(fontStepFor(key(init)), JSON.stringify(init)).toBe(0);
    }
  });
});

describe('reading progress', () => {
  it('is the share of the scrollable height scrolled past, rounded', () => {
    expect(scrolledPercent(0, 3000, 1000)).toBe(0);
    expect(scrolledPercent(1000, 3000, 1000)).toBe(50);
    expect(scrolledPercent(2000, 3000, 1000)).toBe(100);
    expect(scrolledPercent(333, 3000, 1000)).toBe(17);
  });

  it('is 100 when nothing scrolls, and stays within 0–100 on overscroll', () => {
    expect(scrolledPercent(0, 800, 1000)).toBe(100);
    expect(scrolledPercent(-40, 3000, 1000)).toBe(0);
    expect(scrolledPercent(2100, 3000, 1000)).toBe(100);
  });
});

describe('typography', () => {
  it('puts every setting on the reader element', () => {
    const el = document.createElement('div');
    const settings = {
      ...DEFAULT_SETTINGS,
      fontSize: 130,
      fontFamily: 'legible',
      lineHeight: 1.8,
      width: 44,
      align: 'justify',
      theme: 'sepia',
    } as const;
    applyTypography(el, settings);
    expect(el.style.getPropertyValue('--cp-scale')).toBe('1.3');
    expect(el.style.getPropertyValue('--cp-line-height')).toBe('1.8');
    expect(el.style.getPropertyValue('--cp-width')).toBe('44em');
    expect(el.style.getPropertyValue('--cp-font')).toBe(fontStack('legible'));
    expect(el.getAttribute('data-align')).toBe('justify');
    expect(el.getAttribute('data-theme')).toBe('sepia');
    expect(el.style.getPropertyValue('--cp-letter-spacing')).toBe('0em');
    expect(el.hasAttribute('data-hyphenate')).toBe(false);
    expect(el.hasAttribute('data-hide-images')).toBe(false);

    applyTypography(el, {
      ...settings,
      letterSpacing: 0.04,
      wordSpacing: 0.16,
      customFont: 'Noto Serif',
      hyphenate: true,
      hideImages: true,
    });
    expect(el.style.getPropertyValue('--cp-letter-spacing')).toBe('0.04em');
    expect(el.style.getPropertyValue('--cp-word-spacing')).toBe('0.16em');
    // The computer's font first, the chosen family standing in where it is missing.
    expect(el.style.getPropertyValue('--cp-font')).toBe(`"Noto Serif", ${fontStack('legible')}`);
    expect(el.hasAttribute('data-hyphenate')).toBe(true);
    expect(el.hasAttribute('data-hide-images')).toBe(true);
    // Turned off again: the attributes go.
    applyTypography(el, settings);
    expect(el.hasAttribute('data-hide-images')).toBe(false);
    expect(el.style.getPropertyValue('--cp-font')).toBe(fontStack('legible'));
  });

  it('never puts a stored name that is not a font name into the CSS', () => {
    const el = document.createElement('div');
    applyTypography(el, { ...DEFAULT_SETTINGS, customFont: 'x", serif; color: red' });
    expect(el.style.getPropertyValue('--cp-font')).toBe(fontStack('serif'));
  });
});

describe('bundled fonts', () => {
  class FakeFontFace {
    loads = 0;
    constructor(
      public family: string,
      public source: string,
      public descriptors: FontFaceDescriptors,
    ) {}
    status: FontFaceLoadStatus = 'unloaded';
    load() {
      this.loads++;
      this.status = 'loading';
      return Promise.resolve(this);
    }
  }
  const set = new Set<unknown>();
  const installFakes = () => {
    vi.stubGlobal('FontFace', FakeFontFace);
    Object.defineProperty(document, 'fonts', { configurable: true, value: set });
  };
  afterEach(() => {
    vi.unstubAllGlobals();
    set.clear();
  });

  it('each family’s stack starts with its bundled face, named anew per opening, and ends in a generic family', () => {
    expect(fontStack('serif')).toMatch(/^'Clearpage [a-z0-9]{6} Literata', .*serif$/);
    expect(fontStack('sans')).toMatch(/^'Clearpage [a-z0-9]{6} Inter', .*sans-serif$/);
    expect(fontStack('legible')).toMatch(
      /^'Clearpage [a-z0-9]{6} Atkinson Hyperlegible', .*sans-serif$/,
    );
  });

  it('names only files the @fontsource packages ship (scripts/build.mjs copies them)', () => {
    const root = join(import.meta.dirname, '../..');
    for (const family of FONT_FAMILIES) {
      const { package: pkg, subsets } = fonts.families[family];
      for (const subset of subsets) {
        for (const face of fonts.faces) {
          const file = fontFile(family, subset, face).replace(/^fonts\//, '');
          expect(existsSync(join(root, 'node_modules/@fontsource', pkg, 'files', file)), file).toBe(
            true,
          );
        }
        const unicode = JSON.parse(
          readFileSync(join(root, 'node_modules/@fontsource', pkg, 'unicode.json'), 'utf8'),
        ) as Record<string, string>;
        expect(fonts.unicodeRanges[subset as keyof typeof fonts.unicodeRanges]).toBe(
          unicode[subset],
        );
      }
    }
  });

  const text = (content = 'Tide') => {
    const el = document.createElement('div');
    el.textContent = content;
    return el;
  };

  /** Registration waits for the reader's first frame. */
  const afterFirstFrame = () =>
    new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 1)));

  it('registers every family’s faces and loads the subsets the text needs in all of them', async () => {
    installFakes();
    const controller = new AbortController();
    const root = text('Tide tables');
    fontLoader(root, controller.signal);
    expect(set.size).toBe(0);
    await afterFirstFrame();
    const faces = [...set] as FakeFontFace[];
    const count = (family: keyof typeof fonts.families) =>
      fonts.faces.length * fonts.families[family].subsets.length;
    expect(faces).toHaveLength(count('serif') + count('sans') + count('legible'));
    // The page reading document.fonts sees the same faces, loaded alike, whatever the setting.
    expect(new Set(faces.map((f) => f.family))).toEqual(
      new Set(FONT_FAMILIES.map((family) => fontStack(family).split("'")[1])),
    );
    const loaded = (range: string) =>
      faces.filter((f) => f.descriptors.unicodeRange === range).map((f) => f.loads);
    expect(loaded(fonts.unicodeRanges.latin)).toEqual(Array(9).fill(1));
    expect(loaded(fonts.unicodeRanges.cyrillic)).toEqual(Array(6).fill(0));
    expect(faces[0]!.source).toBe(
      'url("chrome-extension://id/fonts/literata-latin-400-normal.woff2") format("woff2")',
    );
    expect(faces[0]!.descriptors).toMatchObject({
      weight: '400',
      style: 'normal',
      display: 'swap',
      unicodeRange: fonts.unicodeRanges.latin,
    });
    // Text shown later (Show removed) loads its subsets too, in every family.
    root.append(' библиотека');
    await Promise.resolve();
    expect(loaded(fonts.unicodeRanges.cyrillic)).toEqual(Array(6).fill(1));
    controller.abort();
    expect(set.size).toBe(0);
  });

  it('names the faces anew on the next opening, from the same files', async () => {
    installFakes();
    const first = new AbortController();
    fontLoader(text(), first.signal);
    await afterFirstFrame();
    const before = [...set] as FakeFontFace[];
    expect(before).not.toEqual([]);
    first.abort();
    fontLoader(text(), new AbortController().signal);
    await afterFirstFrame();
    const after = [...set] as FakeFontFace[];
    expect(after.map((f) => f.source)).toEqual(before.map((f) => f.source));
    expect(after[0]!.family).not.toBe(before[0]!.family);
    expect(after[0]!.family).toBe(fontStack('serif').split("'")[1]);
  });

  it('puts back faces the page deleted and drops page faces under the reader’s name', async () => {
    installFakes();
    const controller = new AbortController();
    fontLoader(text(), controller.signal);
    await afterFirstFrame();
    const ours = [...set];
    const forged = new FakeFontFace(fontStack('serif').split("'")[1]!, 'url(evil)', {});
    set.delete(ours[0]);
    set.add(forged);
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // one check
    expect(set.has(ours[0])).toBe(true);
    expect(set.has(forged)).toBe(false);
    controller.abort();
  });

  it('registers nothing when the reader closed before its first frame', async () => {
    installFakes();
    const controller = new AbortController();
    fontLoader(text(), controller.signal);
    controller.abort();
    await afterFirstFrame();
    expect(set.size).toBe(0);
  });

  it('does nothing where the CSS Font Loading API is missing', () => {
    expect(typeof FontFace).toBe('undefined');
    expect(() => fontLoader(text(), new AbortController().signal)).not.toThrow();
  });
});
