/**
 * The reader's bundled fonts (Literata, Inter, Atkinson Hyperlegible, from @fontsource), never
 * fetched from the network. They are registered on the document (`document.fonts`) because
 * Chromium ignores @font-face rules in a shadow root's stylesheet
 * (https://issues.chromium.org/issues/41085401, formerly crbug 336876); the shadow tree then
 * uses them like any document font.
 *
 * Each face carries its subset's unicode-range, so the browser reads a file from the package only
 * when the article has characters in it (Arabic or CJK text falls back to system fonts). The
 * files are web-accessible resources (a per-session URL in Chromium, `use_dynamic_url`), loaded
 * by the content script's own FontFace, which loads them under a page CSP of `default-src 'none'`
 * (checked in Chromium 156 and Firefox 153 ESR; test/e2e/chromium-themes.test.ts keeps checking).
 * Families are named anew for every opening ("Clearpage <random> Inter"), so a page's own
 * @font-face can neither replace ours (it once could, by naming itself "Clearpage Literata")
 * nor be replaced by them; faces the page deletes from `document.fonts` are put back while the
 * reader is open, and faces under the reader's name that are not its own are taken out (issue 12).
 */
import browser from '../shared/browser';
import type { FontFamily } from '../shared/settings';
import fonts from './fonts.json';

type Subset = keyof typeof fonts.unicodeRanges;
type Face = (typeof fonts.faces)[number];

export const FONT_PREFIX = 'Clearpage ';

/** This opening's part of the family names: unguessable, new for every fontLoader. */
let tag = newTag();

function newTag(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => (b % 36).toString(36)).join(
    '',
  );
}

/** How often the faces are checked while the reader is open. */
const CHECK_EVERY_MS = 1_000;

const FALLBACKS: Record<FontFamily, string> = {
  serif: "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  legible: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
};

/** The bundled family's name as registered on the document. */
export function fontName(family: FontFamily): string {
  return `${FONT_PREFIX}${tag} ${fonts.families[family].name}`;
}

/** The CSS font-family list for a setting: the bundled face first, then system fonts. */
export function fontStack(family: FontFamily): string {
  return `'${fontName(family)}', ${FALLBACKS[family]}`;
}

/** A file's path in the package (scripts/build.mjs copies the same list from fonts.json). */
export function fontFile(family: FontFamily, subset: string, face: Face): string {
  return `fonts/${fonts.families[family].package}-${subset}-${face.weight}-${face.style}.woff2`;
}

function createFaces(family: FontFamily): FontFace[] {
  const { subsets } = fonts.families[family];
  return fonts.faces.flatMap((face) =>
    subsets.map((subset) => {
      const url = browser.runtime.getURL(fontFile(family, subset, face));
      return new FontFace(fontName(family), `url("${url}") format("woff2")`, {
        weight: String(face.weight),
        style: face.style,
        unicodeRange: fonts.unicodeRanges[subset as Subset],
        // The article shows at once in a system font and takes the bundled one when it is read.
        display: 'swap',
      });
    }),
  );
}

/** Made once per opening (the names change); the browser keeps the files it read in its cache. */
const created = new Map<FontFamily, FontFace[]>();

/** Puts back the faces the page deleted and drops the page's faces under the reader's names. */
function checkFaces(added: ReadonlySet<FontFace>): void {
  const names = new Set([...added].map((face) => face.family));
  for (const face of document.fonts) {
    if (names.has(face.family) && !added.has(face)) document.fonts.delete(face);
  }
  for (const face of added) if (!document.fonts.has(face)) document.fonts.add(face);
}

/**
 * Registers bundled families on the document for as long as the reader is open: `use(family)`
 * asks for one (again and again is harmless); aborting `signal` takes them all off, so the page
 * keeps no trace of the reader's fonts.
 *
 * Nothing is registered before the reader's first frame: adding a face makes the browser restyle
 * the whole page under the reader (in Chromium 156, on an 80,000-element page, of the order of a
 * full relayout of it), so the article paints in a system font first and takes the bundled one a
 * moment later, as it would anyway the first time, while the file loads.
 */
export function fontLoader(signal: AbortSignal): { use(family: FontFamily): void } {
  tag = newTag();
  created.clear();
  const added = new Set<FontFace>();
  let wanted: FontFamily | null = null;
  let ready = false;
  const register = () => {
    // Engines without the CSS Font Loading API (and jsdom) keep the system fonts.
    if (!ready || !wanted || signal.aborted || typeof FontFace !== 'function' || !document.fonts)
      return;
    let faces = created.get(wanted);
    if (!faces) created.set(wanted, (faces = createFaces(wanted)));
    for (const face of faces) {
      if (added.has(face)) continue;
      document.fonts.add(face);
      added.add(face);
    }
  };
  requestAnimationFrame(() =>
    setTimeout(() => {
      ready = true;
      register();
    }),
  );
  const timer = setInterval(() => {
    if (added.size > 0) checkFaces(added);
  }, CHECK_EVERY_MS);
  signal.addEventListener(
    'abort',
    () => {
      clearInterval(timer);
      added.forEach((face) => document.fonts.delete(face));
    },
    { once: true },
  );
  return {
    use(family) {
      wanted = family;
      register();
    },
  };
}
