/**
 * The system font stack of Clearpage's own words (the reader's header, captions and controls,
 * the saved HTML file's header and footer), declared once for TypeScript. The stylesheets cannot
 * import it: overlay.css and popup.css each declare it once as a custom property, and
 * test/unit/ui-font.test.ts checks they match this.
 */
export const UI_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/**
 * The article's serif system fonts: the reader's default `--cp-font` (declared once in
 * overlay.css, checked against this by the same test), the fallback behind the bundled Literata
 * (fonts.ts), and the saved HTML file's body, which must not fetch a font.
 */
export const SERIF_FONT = "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif";
