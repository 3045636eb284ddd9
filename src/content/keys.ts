/**
 * Ctrl + and − (Cmd on macOS, and = for + without Shift) change Clearpage's text size while the
 * reader is open, instead of zooming the whole page; the browser lets a page take these keys.
 * features/font-size.ts binds them (the feature host listens, feature-host.ts).
 */
const LARGER = new Set(['+', '=', 'Add']);
const SMALLER = new Set(['-', '_', '−', 'Subtract']);

/** +1, −1, or 0 when the key is not a text-size shortcut. */
export function fontStepFor(event: KeyboardEvent): 1 | -1 | 0 {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return 0;
  if (LARGER.has(event.key) || event.code === 'NumpadAdd') return 1;
  if (SMALLER.has(event.key) || event.code === 'NumpadSubtract') return -1;
  return 0;
}
