/**
 * The reader acts only on what the user did (issue 12). Page scripts can dispatch any event at
 * the window, the document and the reader's host — the nodes they can reach — and a synthetic
 * Ctrl + once changed the stored font size, a synthetic Esc closed the reader. Events the browser
 * makes from real input have `isTrusted`; script-made ones never do.
 *
 * Every listener the reader puts on a node the page can reach goes through `trusted`. Listeners
 * on nodes inside the closed shadow root need none: no page script holds a reference to them
 * (test/e2e/*-isolation.test.ts checks it never gets one), and `dispatchEvent` on the host does
 * not reach into its shadow tree.
 */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
