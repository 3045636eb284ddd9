/**
 * Enter and Space press the reader's buttons in every browser. In Firefox ESR 153 a reader
 * button gets the key's keydown, keypress and keyup (trusted, not prevented) but never the click
 * that should follow, although a page's own buttons in its own closed shadow root do (found with
 * WebDriver BiDi input, the way the e2e tests drive Firefox; test/e2e/firefox.test.ts). So when
 * Enter or Space goes up on a button and the browser made no click for it, one is made here;
 * where the browser made its own (Chromium: at the keypress for Enter, after the keyup for Space),
 * nothing more happens. A key whose keydown a control took for itself (preventDefault: a menu
 * button opening its menu) presses nothing.
 */
const isPressKey = (event: KeyboardEvent) => event.key === 'Enter' || event.key === ' ';

function buttonOf(target: EventTarget | null): HTMLButtonElement | null {
  return target instanceof Element ? target.closest('button') : null;
}

export function pressWithKeys(root: ShadowRoot, signal: AbortSignal): void {
  let pending: { button: HTMLButtonElement; down: KeyboardEvent } | null = null;
  const options = { capture: true, signal };
  // A shadow root's event map names only slotchange; its key events are the elements'.
  const on = <K extends 'keydown' | 'keyup' | 'click'>(
    type: K,
    listener: (event: HTMLElementEventMap[K]) => void,
  ) => root.addEventListener(type, listener as EventListener, options);
  on('keydown', (event) => {
    const button = buttonOf(event.target);
    if (isPressKey(event) && !event.repeat && button) pending = { button, down: event };
  });
  on('click', (event) => {
    if (pending && event.target instanceof Node && pending.button.contains(event.target))
      pending = null;
  });
  on('keyup', (event) => {
    if (!isPressKey(event) || !pending) return;
    const waiting = pending;
    // After the keyup's own default action, which is when a browser clicks for Space.
    setTimeout(() => {
      if (pending !== waiting) return;
      pending = null;
      const { button, down } = waiting;
      if (!down.defaultPrevented && !button.disabled && button.isConnected) button.click();
    }, 0);
  });
}
