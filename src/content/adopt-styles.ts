/**
 * Gives the shadow root its stylesheet in a way a page's Content-Security-Policy cannot block:
 * constructable stylesheets are not inline styles, so `style-src` does not apply to them.
 *
 * The sheet is built from the content script's own CSSStyleSheet, never the page's: a page can
 * replace `window.CSSStyleSheet` or `Array`, but not the content script's copies (Chromium's
 * isolated world, Firefox's Xray vision). Firefox content scripts could not adopt such sheets
 * (https://bugzilla.mozilla.org/show_bug.cgi?id=1770592); Firefox ESR 153 can — checked under
 * `default-src 'none'` — and `<style>` remains the fallback where an engine refuses.
 */
export function adoptStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    root.prepend(style);
  }
}
