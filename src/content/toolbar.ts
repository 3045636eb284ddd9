/**
 * The overlay's toolbar, the shell's part of it: the bar, the features' items in the order of
 * features/index.ts, then "More controls" (toolbar-overflow.ts) and "Close reader". Every control
 * has an accessible name of its own; the names are part of the contract the e2e tests hold.
 */
import { t } from '../shared/i18n';
import { h } from './h';
import { iconButton } from './icon';
import { toolbarOverflow } from './toolbar-overflow';

const CLOSE = 'M6 6l12 12M18 6 6 18';

export interface ToolbarOptions {
  onClose(): void;
  pushEscape(close: () => void): () => void;
  signal: AbortSignal;
}

export interface Toolbar {
  bar: HTMLElement;
  /**
   * Appends a feature's item; a movable one may go into the overflow panel when the bar is too
   * narrow (the last ones first). The fixed ones (text size) come first in the list, so moving
   * the others back before "More controls" keeps the order.
   */
  add(el: HTMLElement, movable: boolean): void;
  /** After the features: "More controls" and "Close reader" end the bar. */
  finish(): void;
}

export function toolbar(options: ToolbarOptions): Toolbar {
  const bar = h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': t('readerControls') });
  const movable: HTMLElement[] = [];
  return {
    bar,
    add(el, canMove) {
      bar.append(el);
      if (canMove) movable.push(el);
    },
    finish() {
      const overflow = toolbarOverflow(bar, movable, options.pushEscape, options.signal);
      const close = iconButton(t('closeReader'), CLOSE, 'close', () => options.onClose());
      bar.append(overflow.toggle, close);
    },
  };
}
