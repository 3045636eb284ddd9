/**
 * The page owns the DOM the reader's host lives in, so it can remove, move or re-attribute the
 * host at any time (issue 12). Removed or moved, the reader is torn down completely — print
 * sheet, key listeners, fonts, stylesheet — through the same abort as Esc, so the next click
 * opens a new reader instead of finding a half-open one. Attributes the page adds or changes on
 * the host (`hidden`, `popover`, `inert`, `style`…) are put back, and the reader is raised to
 * the top of the top layer again when the page shows a popover or dialog of its own. `inert`
 * set on the host's parent (<html>) is reported, for root-inert.ts to lift.
 */
export interface HostGuardOptions {
  /** The host's own attribute, whose value is kept. */
  selectorAttr: string;
  onGone(): void;
  /** Puts the host back on top of the top layer. */
  raise(): void;
  /** The host's parent changed its `inert` attribute (root-inert.ts). */
  onParentInert(): void;
  signal: AbortSignal;
}

function restoreAttributes(host: HTMLElement, own: ReadonlyMap<string, string>): boolean {
  let changed = false;
  for (const { name } of Array.from(host.attributes)) {
    if (!own.has(name)) {
      host.removeAttribute(name);
      changed = true;
    }
  }
  for (const [name, value] of own) {
    if (host.getAttribute(name) !== value) {
      host.setAttribute(name, value);
      changed = true;
    }
  }
  return changed;
}

export function guardHost(host: HTMLElement, options: HostGuardOptions): void {
  const { signal } = options;
  const parent = host.parentNode;
  const own = new Map(Array.from(host.attributes, (a) => [a.name, a.value] as const));
  const observer = new MutationObserver(() => {
    if (signal.aborted) return;
    if (host.parentNode !== parent || !host.isConnected) {
      observer.disconnect();
      options.onGone();
      return;
    }
    options.onParentInert();
    if (restoreAttributes(host, own)) options.raise();
  });
  if (parent) observer.observe(parent, { childList: true, attributeFilter: ['inert'] });
  observer.observe(host, { attributes: true });
  // A page popover or dialog opened above the reader: the reader goes back on top. `toggle`
  // does not bubble, but a capture listener on the window sees it on the way down.
  window.addEventListener(
    'toggle',
    (event) => {
      if (event.target !== host && (event as ToggleEvent).newState === 'open') options.raise();
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
