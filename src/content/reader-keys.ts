/**
 * The reader's keys on the window, before the page's own handlers (capture): Esc, and every
 * other key while the reader is open. Only real key presses (trusted.ts).
 */
import type { EscapeStack } from './escape-stack';
import { trusted } from './trusted';

/**
 * Esc closes the innermost open thing (escape-stack.ts), from anywhere, before the page's own
 * handlers see it (capture on window). Only a real key press, and one the page's own
 * preventDefault() cannot keep from closing it.
 */
export function listenForEscape(escapes: EscapeStack, signal: AbortSignal): void {
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    escapes.closeInnermost();
  };
  window.addEventListener('keydown', trusted(onKey), { capture: true, signal });
}

/**
 * A real key pressed while a page element holds focus (the page took it: Firefox does not
 * always let focus-trap.ts pull it back) is the reader's, never the page input's (issue 12).
 * Other keys typed in the reader are the reader's too: the page's shortcuts must not fire under it.
 */
export function keepKeysInReader(
  host: HTMLElement,
  scroller: HTMLElement,
  signal: AbortSignal,
): void {
  window.addEventListener(
    'keydown',
    trusted((event: KeyboardEvent) => {
      if (event.target === host || event.key === 'Escape') return;
      if (event.ctrlKey || event.metaKey || event.altKey) return; // shortcuts stay the browser's
      event.preventDefault();
      event.stopImmediatePropagation();
      scroller.focus({ preventScroll: true });
    }),
    { capture: true, signal },
  );
  host.addEventListener('keydown', (event) => event.stopPropagation(), { signal });
}
