/**
 * "More formats": a menu button in the overlay's toolbar with "Save as Markdown", "Save as HTML"
 * and "Copy as Markdown", next to the plain "Save as text" and "Copy text" buttons.
 *
 * The WAI-ARIA menu button pattern (https://www.w3.org/WAI/ARIA/apg/patterns/menu-button/):
 * Enter, Space or ↓ open it on the first item, ↑ on the last; ↑/↓ move (wrapping), Home/End
 * jump, Esc closes it and gives focus back to the button, Tab closes it and moves on, a click or
 * focus elsewhere closes it. Opening it starts loading the exporter, so the choice is quick.
 *
 * Styles are set through the CSSOM (`el.style`), which a page's CSP does not govern, and
 * inherit the toolbar's button look.
 */
import type { ExportFormat } from '../shared/messages';
import type { ExportActions } from './export-actions';
import { h } from './h';
import { copyText } from './save';

interface Item {
  label: string;
  done: string;
  run(actions: ExportActions, container: Node): Promise<boolean>;
}

const save = (format: ExportFormat) => (actions: ExportActions) => actions.save(format);

const ITEMS: Item[] = [
  { label: 'Save as Markdown', done: 'Saved as Markdown', run: save('markdown') },
  { label: 'Save as HTML', done: 'Saved as HTML', run: save('html') },
  {
    label: 'Copy as Markdown',
    done: 'Copied as Markdown',
    run: async (actions, container) => {
      const text = await actions.copyable('markdown');
      return text !== null && copyText(text, container);
    },
  },
];

const MENU_STYLE: Partial<CSSStyleDeclaration> = {
  position: 'absolute',
  top: 'calc(100% + 4px)',
  insetInlineEnd: '0',
  zIndex: '1',
  display: 'flex',
  flexDirection: 'column',
  gap: '2px',
  minWidth: '12em',
  padding: '4px',
  background: 'var(--cp-bg, Canvas)',
  border: '1px solid var(--cp-rule, CanvasText)',
  borderRadius: '8px',
  boxShadow: '0 6px 20px rgba(0, 0, 0, 0.18)',
};

export function saveMenu(
  actions: ExportActions,
  announce: (message: string) => void,
  signal: AbortSignal,
): HTMLElement {
  const items = ITEMS.map((item) =>
    h(
      'button',
      { type: 'button', role: 'menuitem', tabindex: '-1', 'aria-label': item.label },
      item.label,
    ),
  );
  const menu = h(
    'div',
    { role: 'menu', id: 'cp-save-menu', 'aria-label': 'More formats' },
    ...items,
  );
  Object.assign(menu.style, MENU_STYLE);
  for (const item of items) Object.assign(item.style, { textAlign: 'start', border: '0' });
  const button = h(
    'button',
    {
      type: 'button',
      'aria-label': 'More formats',
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
      'aria-controls': 'cp-save-menu',
    },
    'More formats ',
    h('span', { 'aria-hidden': 'true' }, '▾'),
  );
  const wrapper = h('div', { class: 'save-menu' }, button, menu);
  Object.assign(wrapper.style, { position: 'relative', display: 'inline-flex' });

  const isOpen = () => !menu.hidden;
  const focusItem = (index: number) =>
    items[(index + items.length) % items.length]?.focus({ preventScroll: true });
  const open = (index: number) => {
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    actions.prepare();
    focusItem(index);
  };
  const close = (refocus: boolean) => {
    if (!isOpen()) return;
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (refocus) button.focus({ preventScroll: true });
  };
  menu.hidden = true;

  button.addEventListener('click', () => (isOpen() ? close(true) : open(0)), { signal });
  // Same reason: pressing the button to close the menu must not first close it by blurring.
  button.addEventListener('mousedown', (event) => isOpen() && event.preventDefault(), { signal });
  button.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      event.preventDefault();
      open(event.key === 'ArrowDown' ? 0 : items.length - 1);
    },
    { signal },
  );
  menu.addEventListener('keydown', (event) => moveFocus(event, items, focusItem, close), {
    signal,
  });
  // A click on an item must not take focus first (Firefox and Safari on macOS do not focus
  // buttons on click): that would look like focus leaving and close the menu under the pointer.
  menu.addEventListener('mousedown', (event) => event.preventDefault(), { signal });
  wrapper.addEventListener(
    'focusout',
    (event) => {
      if (!wrapper.contains(event.relatedTarget as Node | null)) close(false);
    },
    { signal },
  );
  items.forEach((element, index) => {
    const item = ITEMS[index]!;
    element.addEventListener(
      'click',
      () => {
        close(true);
        void item
          .run(actions, wrapper)
          .catch(() => false)
          .then((ok) =>
            announce(
              ok ? item.done : `Could not ${item.label.replace(/^\w/, (c) => c.toLowerCase())}`,
            ),
          );
      },
      { signal },
    );
  });
  // Esc must close the menu, not the reader. The overlay's own Esc listener (capture, on
  // window) is registered after the toolbar is built, so this one, registered now, runs first.
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !isOpen()) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      close(true);
    },
    { capture: true, signal },
  );
  return wrapper;
}

function moveFocus(
  event: KeyboardEvent,
  items: HTMLElement[],
  focusItem: (index: number) => void,
  close: (refocus: boolean) => void,
): void {
  const current = items.indexOf(event.target as HTMLElement);
  const moves: Record<string, number> = {
    ArrowDown: current + 1,
    ArrowUp: current - 1,
    Home: 0,
    End: items.length - 1,
  };
  const next = moves[event.key];
  if (next !== undefined) {
    event.preventDefault();
    focusItem(next);
  } else if (event.key === 'Tab') {
    close(false);
  }
}
