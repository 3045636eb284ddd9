/**
 * What Esc closes: the innermost open thing first (a menu, then the overflow panel it may sit
 * in), and the reader when nothing else is open (issue 9). The key handler (overlay.ts) and the
 * browser's close request (close-request.ts, dialog `cancel`) both go through it, so a menu
 * closes before the reader whichever way the Esc arrives.
 */
export interface EscapeStack {
  /** `close` is what Esc does while it is the innermost; the returned function takes it off. */
  push(close: () => void): () => void;
  /** Closes the innermost open thing, or the reader when nothing else is open. */
  closeInnermost(): void;
}

export function escapeStack(closeReader: () => void): EscapeStack {
  const open: (() => void)[] = [];
  return {
    push(close) {
      // A wrapper of its own, so the same function pushed twice is taken off once per push.
      const entry = () => close();
      open.push(entry);
      return () => {
        const at = open.lastIndexOf(entry);
        if (at >= 0) open.splice(at, 1);
      };
    },
    closeInnermost() {
      const innermost = open.pop();
      if (innermost) innermost();
      else closeReader();
    },
  };
}
