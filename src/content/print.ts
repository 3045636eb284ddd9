/**
 * Printing while the reader is open prints the article alone, on as many pages as it needs: the
 * page under the reader is hidden from print, and the reader drops its fixed, scrolling frame
 * and its controls. Both sheets apply to print media only, so the screen never changes, and
 * neither touches the page's DOM: the page's sheet is adopted (not a <style> element) and goes
 * when the reader closes.
 */

/** Hides everything in the page but the reader, in print only. */
function pageSheetText(hostSelector: string): string {
  return `@media print { html > :not(${hostSelector}) { display: none !important; } }`;
}

/**
 * Inside the reader: the host leaves the viewport-sized fixed box (and the top layer, where
 * `position: static` computes to absolute, which still flows over pages) so the article flows.
 */
const READER_SHEET = `@media print {
  :host { position: absolute !important; inset: 0 auto auto 0 !important; width: 100% !important;
    height: auto !important; overflow: visible !important; contain: none !important; }
  .reader { position: static !important; display: block !important; }
  .main { display: block !important; }
  .scroller { overflow: visible !important; padding: 0 !important; }
  .toolbar, .status, .progress, .outline-panel, [role='progressbar'] { display: none !important; }
  .body a { color: inherit; }
  .body figure, .body pre, .body blockquote, .body img { break-inside: avoid; }
  .body h2, .body h3, .body h4 { break-after: avoid; }
}`;

function sheet(css: string): CSSStyleSheet | null {
  try {
    const s = new CSSStyleSheet();
    s.replaceSync(css);
    return s;
  } catch {
    return null; // an engine without constructable sheets prints the page as it is
  }
}

function adopt(target: Document | ShadowRoot, added: CSSStyleSheet, signal: AbortSignal): void {
  target.adoptedStyleSheets = [...target.adoptedStyleSheets, added];
  signal.addEventListener(
    'abort',
    () => {
      target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== added);
    },
    { once: true },
  );
}

export function printOnlyTheReader(
  hostSelector: string,
  root: ShadowRoot,
  signal: AbortSignal,
): void {
  const page = sheet(pageSheetText(hostSelector));
  const reader = sheet(READER_SHEET);
  if (!page || !reader) return;
  try {
    adopt(root, reader, signal);
    adopt(document, page, signal);
  } catch {
    // A page that froze or replaced `document.adoptedStyleSheets`: printing shows the page.
  }
}
