/**
 * The toolbar's overflow: when its controls do not fit on one line (a 320–420 px window, WCAG
 * 2.2 reflow: https://www.w3.org/WAI/WCAG22/Understanding/reflow.html, or long French labels
 * at 800 px), the last ones move, in order, into a panel under a "More controls" button, so
 * every control stays reachable, no label wraps and nothing scrolls sideways. The controls are
 * moved, not copied: their listeners and state (read aloud, show removed) go with them.
 * The panel is a disclosure (https://www.w3.org/WAI/ARIA/apg/patterns/disclosure/): the button
 * says whether it is open; Esc closes it and gives focus back to the button (it is on the
 * reader's Esc stack while open, escape-stack.ts: after a menu in it, before the reader).
 */
import { t } from '../shared/i18n';
import { h } from './h';
import { icon } from './icon';

const MORE = 'M5 12h.01M12 12h.01M19 12h.01';

export interface Overflow {
  /** The "More controls" button and its panel, to place in the toolbar. */
  toggle: HTMLElement;
  /** Puts each control back or into the panel, for the toolbar's width now. */
  layout(): void;
}

/** `items` are in the toolbar, in order, right before `toggle` is placed. */
export function toolbarOverflow(
  bar: HTMLElement,
  items: HTMLElement[],
  pushEscape: (close: () => void) => () => void,
  signal: AbortSignal,
): Overflow {
  const panel = h('div', { class: 'overflow-panel', id: 'cp-overflow', role: 'group' });
  panel.setAttribute('aria-label', t('moreControls'));
  panel.hidden = true;
  const button = h(
    'button',
    {
      type: 'button',
      class: 'icon overflow',
      'aria-label': t('moreControls'),
      title: t('moreControls'),
      'aria-expanded': 'false',
      'aria-controls': 'cp-overflow',
    },
    icon(MORE),
  );
  const toggle = h('div', { class: 'overflow-wrap' }, button, panel);
  let popEscape: (() => void) | null = null;
  const open = (value: boolean) => {
    panel.hidden = !value;
    button.setAttribute('aria-expanded', String(value));
    if (value) {
      popEscape ??= pushEscape(() => {
        open(false);
        button.focus();
      });
    } else {
      popEscape?.();
      popEscape = null;
    }
  };
  button.addEventListener('click', () => open(panel.hidden), { signal });

  // The bar's controls side by side, measured: with justify-content: flex-end an overflow spills
  // past the start edge, which scrollWidth does not count.
  const fits = () => {
    const style = getComputedStyle(bar);
    const gap = Number.parseFloat(style.columnGap) || 0;
    const padding = Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.paddingRight);
    const shown = [...bar.children].filter((el) => el.getClientRects().length > 0);
    const width = shown.reduce((sum, el) => sum + el.getBoundingClientRect().width, 0);
    return width + gap * Math.max(0, shown.length - 1) + padding <= bar.clientWidth + 0.5;
  };
  const layout = () => {
    for (const item of items) toggle.before(item);
    toggle.hidden = false;
    if (fits()) {
      toggle.hidden = true;
      open(false);
      return;
    }
    for (let i = items.length - 1; i >= 0 && !fits(); i--) panel.prepend(items[i]!);
  };
  // Every browser has ResizeObserver; jsdom (the unit tests) has no layout to watch.
  if (typeof ResizeObserver === 'function') {
    const observer = new ResizeObserver(() => layout());
    observer.observe(bar);
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  } else toggle.hidden = true;
  return { toggle, layout };
}
