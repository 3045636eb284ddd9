/**
 * Gives the shadow root its stylesheet in a way a page's Content-Security-Policy cannot block:
 * constructable stylesheets are not inline styles, so `style-src` does not apply to them.
 *
 * Firefox content scripts see the page through Xray wrappers: a sheet constructed in the
 * content script's compartment cannot be adopted by the page's shadow root, and assigning a
 * content-script array fails. There the sheet and the array must come from the page's window
 * (https://bugzilla.mozilla.org/show_bug.cgi?id=1770592). `<style>` stays as a last resort.
 */
interface XrayWindow {
  wrappedJSObject?: { CSSStyleSheet: typeof CSSStyleSheet; Array: ArrayConstructor };
}

export function adoptStyles(root: ShadowRoot, css: string): void {
  try {
    const page = (window as unknown as XrayWindow).wrappedJSObject;
    if (page) {
      const sheet = new page.CSSStyleSheet();
      sheet.replaceSync(css);
      const sheets = new page.Array();
      sheets.push(sheet);
      root.adoptedStyleSheets = sheets as CSSStyleSheet[];
    } else {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
    }
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    root.prepend(style);
  }
}
