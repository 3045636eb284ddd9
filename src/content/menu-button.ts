/**
 * A menu button for the overlay's toolbar, after the WAI-ARIA pattern
 * (https://www.w3.org/WAI/ARIA/apg/patterns/menu-button/): Enter, Space or ↓ open it on the
 * first item, ↑ on the last; ↑/↓ move (wrapping), Home/End jump; Esc closes it and gives focus
 * back to the button (the reader's Esc stack, escape-stack.ts, closes the menu before the reader);
 * Tab closes it and moves on; a click or focus elsewhere closes it.
 *
 * Its look is overlay.css's `.menu-button` rules, over the toolbar's own button look.
 */
import { h } from './h';

export interface MenuItem {
  label: string;
  /** Runs after the menu closed (focus is back on the menu button). */
  select(): void;
}

export interface MenuButtonOptions {
  label: string;
  /** Unique inside the reader's shadow root (aria-controls points at it). */
  id: string;
  items: MenuItem[];
  onOpen?(): void;
  /** Puts "close the menu" on the reader's Esc stack while it is open (escape-stack.ts). */
  pushEscape(close: () => void): () => void;
  signal: AbortSignal;
}

function elements({ label, id, items }: MenuButtonOptions) {
  const entries = items.map((item) =>
    h(
      'button',
      { type: 'button', role: 'menuitem', tabindex: '-1', 'aria-label': item.label },
      item.label,
    ),
  );
  const menu = h('div', { role: 'menu', id, 'aria-label': label }, ...entries);
  menu.hidden = true;
  const button = h(
    'button',
    {
      type: 'button',
      'aria-label': label,
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
      'aria-controls': id,
    },
    `${label} `,
    h('span', { 'aria-hidden': 'true' }, '▾'),
  );
  const wrapper = h('div', { class: 'menu-button' }, button, menu);
  return { wrapper, button, menu, entries };
}

export function menuButton(options: MenuButtonOptions): HTMLElement {
  const { wrapper, button, menu, entries } = elements(options);
  const { signal } = options;
  const on = <K extends keyof HTMLElementEventMap>(
    target: HTMLElement,
    type: K,
    listener: (event: HTMLElementEventMap[K]) => void,
  ) => target.addEventListener(type, listener as EventListener, { signal });

  const isOpen = () => !menu.hidden;
  let popEscape: (() => void) | null = null;
  const focusEntry = (index: number) =>
    entries[(index + entries.length) % entries.length]?.focus({ preventScroll: true });
  const open = (index: number) => {
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    popEscape ??= options.pushEscape(() => close(true));
    options.onOpen?.();
    focusEntry(index);
  };
  const close = (refocus: boolean) => {
    if (!isOpen()) return;
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    popEscape?.();
    popEscape = null;
    if (refocus) button.focus({ preventScroll: true });
  };

  on(button, 'click', () => (isOpen() ? close(true) : open(0)));
  on(button, 'keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    open(event.key === 'ArrowDown' ? 0 : entries.length - 1);
  });
  on(menu, 'keydown', (event) => moveFocus(event, entries, focusEntry, close));
  // A click must not move focus first (Firefox and Safari on macOS do not focus clicked
  // buttons): that would look like focus leaving, and close the menu under the pointer.
  on(menu, 'mousedown', (event) => event.preventDefault());
  on(button, 'mousedown', (event) => isOpen() && event.preventDefault());
  on(wrapper, 'focusout', (event) => {
    if (!wrapper.contains(event.relatedTarget as Node | null)) close(false);
  });
  entries.forEach((entry, index) =>
    on(entry, 'click', () => {
      close(true);
      options.items[index]?.select();
    }),
  );
  return wrapper;
}

function moveFocus(
  event: KeyboardEvent,
  entries: HTMLElement[],
  focusEntry: (index: number) => void,
  close: (refocus: boolean) => void,
): void {
  const current = entries.indexOf(event.target as HTMLElement);
  const moves: Record<string, number> = {
    ArrowDown: current + 1,
    ArrowUp: current - 1,
    Home: 0,
    End: entries.length - 1,
  };
  const next = moves[event.key];
  if (next !== undefined) {
    event.preventDefault();
    focusEntry(next);
  } else if (event.key === 'Tab') {
    close(false);
  }
}
