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
import { subsetsOf, type Subset } from './font-subsets';
import { afterFirstFrame } from './first-frame';
import fonts from './fonts.json';
import { SERIF_FONT, UI_FONT } from '../core/ui-font';

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
  serif: SERIF_FONT,
  sans: UI_FONT,
  legible: UI_FONT,
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

function createFace(family: FontFamily, subset: Subset, face: Face): FontFace {
  const url = browser.runtime.getURL(fontFile(family, subset, face));
  return new FontFace(fontName(family), `url("${url}") format("woff2")`, {
    weight: String(face.weight),
    style: face.style,
    unicodeRange: fonts.unicodeRanges[subset],
    // The article shows at once in a system font and takes the bundled one when it is read.
    display: 'swap',
  });
}

/** Every face of every family, each with its subset. */
function createFaces(): { face: FontFace; subset: Subset }[] {
  const families = Object.keys(fonts.families) as FontFamily[];
  return families.flatMap((family) =>
    fonts.families[family].subsets.flatMap((subset) =>
      fonts.faces.map((face) => ({
        face: createFace(family, subset as Subset, face),
        subset: subset as Subset,
      })),
    ),
  );
}

/** Puts back the faces the page deleted and drops the page's faces under the reader's names. */
function checkFaces(added: ReadonlySet<FontFace>): void {
  const names = new Set([...added].map((face) => face.family));
  for (const face of document.fonts) {
    if (names.has(face.family) && !added.has(face)) document.fonts.delete(face);
  }
  for (const face of added) if (!document.fonts.has(face)) document.fonts.add(face);
}

/**
 * Registers the bundled families on the document for as long as the reader is open; aborting
 * `signal` takes them all off, so the page keeps no trace of the reader's fonts.
 *
 * Every face of every family is added, and those of the subsets the reader's text needs are
 * loaded, in every family, whatever the user chose: the page can read `document.fonts` (its
 * size, families and each face's status), and faces of one family only, or only the chosen
 * family's loaded by use, told it which font the user reads in (issue 12). For a Latin article
 * that is 9 files, 190 kB, read from the package. Text the reader shows later ("Show removed")
 * is looked at in a MutationObserver, which runs before the browser styles it and starts a load.
 *
 * Nothing is registered before the reader's first frame: adding a face makes the browser restyle
 * the whole page under the reader (in Chromium 156, on an 80,000-element page, of the order of a
 * full relayout of it), so the article paints in a system font first and takes the bundled one a
 * moment later, as it would anyway the first time, while the file loads.
 */
export function fontLoader(root: Node, signal: AbortSignal): void {
  tag = newTag();
  const added = new Set<FontFace>();
  const faces = new Map<Subset, FontFace[]>();
  const needed = new Set<Subset>();
  const load = (text: string) => {
    const before = needed.size;
    subsetsOf(text, needed);
    if (needed.size === before) return;
    for (const subset of needed) {
      for (const face of faces.get(subset) ?? []) {
        if (face.status === 'unloaded') face.load().catch(() => undefined);
      }
    }
  };
  const register = () => {
    // Engines without the CSS Font Loading API (and jsdom) keep the system fonts.
    if (signal.aborted || typeof FontFace !== 'function' || !document.fonts) return;
    for (const { face, subset } of createFaces()) {
      document.fonts.add(face);
      added.add(face);
      faces.set(subset, [...(faces.get(subset) ?? []), face]);
    }
    // In the same task as the adds, before any layout starts the chosen family's by use.
    load(root.textContent ?? '');
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') load(record.target.textContent ?? '');
        record.addedNodes.forEach((node) => load(node.textContent ?? ''));
      }
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  };
  afterFirstFrame(register, signal);
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
}
