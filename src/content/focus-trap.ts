/**
 * Keeps keyboard focus inside the reader while it is open (it is a modal dialog): Tab wraps
 * around its controls, and focus that lands in the page underneath is pulled back.
 */
const FOCUSABLE = 'button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

export function trapFocus(
  host: Element,
  root: ShadowRoot,
  dialog: HTMLElement,
  signal: AbortSignal,
) {
  const focusables = () =>
    [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.hasAttribute('disabled'));

  dialog.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Tab') return;
      const items = focusables();
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      const active = root.activeElement;
      if (event.shiftKey && (active === first || !active)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first.focus();
      }
    },
    { signal },
  );

  document.addEventListener(
    'focusin',
    (event) => {
      if (event.target !== host) focusables()[0]?.focus();
    },
    { capture: true, signal },
  );
}
