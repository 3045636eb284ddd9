/**
 * The system font stack of Clearpage's own words (the reader's header, captions and controls,
 * the saved HTML file's header and footer), declared once for TypeScript. The stylesheets cannot
 * import it: overlay.css and popup.css each declare it once as a custom property, and
 * test/unit/ui-font.test.ts checks they match this.
 */
export const UI_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
