/**
 * Ctrl + and − (Cmd on macOS, and = for + without Shift) change Clearpage's text size while the
 * reader is open, instead of zooming the whole page; the browser lets a page take these keys.
 */
import { trusted } from './trusted';

const LARGER = new Set(['+', '=', 'Add']);
const SMALLER = new Set(['-', '_', '−', 'Subtract']);

/** +1, −1, or 0 when the key is not a text-size shortcut. */
export function fontStepFor(event: KeyboardEvent): 1 | -1 | 0 {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return 0;
  if (LARGER.has(event.key) || event.code === 'NumpadAdd') return 1;
  if (SMALLER.has(event.key) || event.code === 'NumpadSubtract') return -1;
  return 0;
}

/**
 * Listens on the window in the capture phase, so the page's own key handlers never see them;
 * only real key presses count (a page's synthetic Ctrl + changed the stored size, issue 12).
 * The page's preventDefault does not stop them either: while the reader is open these keys are
 * the reader's.
 */
export function listenForFontKeys(onStep: (direction: 1 | -1) => void, signal: AbortSignal) {
  window.addEventListener(
    'keydown',
    trusted((event: KeyboardEvent) => {
      const step = fontStepFor(event);
      if (step === 0) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      onStep(step);
    }),
    { capture: true, signal },
  );
}
