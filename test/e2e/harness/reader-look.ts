// What the reader's settings do to it, read inside its shadow root (see inReader), and the
// bundled faces the page's document holds. Kept free of closures: both are serialised.
import type { Page } from 'playwright-core';

export interface ReaderLook {
  bg: string;
  fg: string;
  fontFamily: string;
  fontSize: string;
  lineHeight: string;
  textAlign: string;
  maxWidth: string;
  themeSwitch: string | null;
  progress: string | null;
  letterSpacing: string;
  wordSpacing: string;
  hyphens: string;
  /** Images of the article that take up room (not hidden). */
  shownImages: number;
}

export function readerLook(root: ShadowRoot): ReaderLook {
  const dialog = root.querySelector<HTMLElement>('[role="dialog"]')!;
  const article = root.querySelector<HTMLElement>('article')!;
  const paragraph = article.querySelector<HTMLElement>('.body p')!;
  const p = getComputedStyle(paragraph);
  return {
    bg: getComputedStyle(dialog).backgroundColor,
    fg: p.color,
    fontFamily: p.fontFamily,
    fontSize: p.fontSize,
    lineHeight: p.lineHeight,
    textAlign: p.textAlign,
    maxWidth: getComputedStyle(article).maxWidth,
    themeSwitch: root.querySelector<HTMLSelectElement>('select[aria-label="Theme"]')?.value ?? null,
    progress: root.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') ?? null,
    letterSpacing: p.letterSpacing,
    wordSpacing: p.wordSpacing,
    hyphens: p.hyphens,
    shownImages: Array.from(article.querySelectorAll('img')).filter(
      (img) => img.getClientRects().length > 0,
    ).length,
  };
}

export interface FaceState {
  /** The subset, told by the first code point of its unicode-range. */
  range: string;
  weight: string;
  status: string;
}

/** The document's faces of `family` (the page's main world sees the reader's FontFaces). */
export function fontFaces(page: Page, family: string): Promise<FaceState[]> {
  return page.evaluate((wanted) => {
    const subsets: Record<string, string> = { 'U+0-FF': 'latin', 'U+100-2BA': 'latin-ext' };
    const subset = (range: string) => {
      const first = range.split(',')[0]!.trim().toUpperCase();
      if (subsets[first]) return subsets[first]!;
      return first.startsWith('U+301') ? 'cyrillic' : first.startsWith('U+370') ? 'greek' : first;
    };
    return (
      [...document.fonts]
        // The reader names its families anew per opening: "Clearpage <random> Literata".
        .filter(
          (face) =>
            face.family.replace(/"/g, '').replace(/^Clearpage [a-z0-9]{6} /, 'Clearpage ') ===
            wanted,
        )
        .map((face) => ({
          range: subset(face.unicodeRange),
          weight: face.weight,
          status: face.status,
        }))
    );
  }, family);
}
