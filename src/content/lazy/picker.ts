/**
 * chunks/picker.js, loaded on the first "Pick the article" (issue 11, item 1): the page turns
 * into a picker. The block under the pointer is outlined with its size; the arrow keys move the
 * outline (picker-nav.ts), Enter or a click picks, Esc or Cancel cancels.
 *
 * A guest like the reader (overlay.ts): a plain <div> host with a per-opening attribute and a
 * closed shadow root, its own adopted stylesheet, in the top layer, guarded against removal and
 * re-attribution (host-guard.ts), `inert` on <html> lifted (root-inert.ts). The page's DOM and
 * styles are never changed: the outline is a box of the picker's own, positioned over the block.
 * The host is a transparent pane over the viewport, so the page's elements get no hover, click or
 * focus; pointer and key events are taken in the window's capture phase (only real ones,
 * trusted.ts) and kept from the page's later listeners; Esc also arrives as the browser's close
 * request (close-request.ts), which no page listener can stop.
 */
import type { Theme } from '../../shared/settings';
import { adoptStyles } from '../adopt-styles';
import { closeOnRequest } from '../close-request';
import { h } from '../h';
import { guardHost } from '../host-guard';
import { liftRootInert } from '../root-inert';
import { showOnTop } from '../top-layer';
import { themeCss } from '../themes';
import { trusted } from '../trusted';
import { registerChunk } from '../chunk-slot';
import hostCss from '../host.css?inline';
import pickerCss from './picker.css?inline';
import { describeBlock, hitTarget, moveFor, startingBlock, type PickerNav } from './picker-nav';

/** The picker's host attribute (its value is new on every opening, as the reader's). */
export const PICKER_ATTR = 'data-clearpage-picker';

export interface PickerWords {
  /** The bar's name ("Pick the article"). */
  label: string;
  instructions: string;
  cancel: string;
}

export interface PickerOptions {
  words: PickerWords;
  theme: Theme;
  /** The UI's language and direction. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Aborting it takes the picker away (it aborts itself after a pick or a cancel). */
  signal: AbortSignal;
  onPick(element: Element): void;
  onCancel(): void;
}

export interface PickerChunk {
  start(options: PickerOptions): void;
}

/** Pointer events the page must not get while picking (wheel stays: the page scrolls). */
const POINTER = [
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'dblclick',
  'auxclick',
  'contextmenu',
  'pointerover',
  'pointerout',
  'mouseover',
  'mouseout',
] as const;
const KEYS = ['keydown', 'keyup', 'keypress'] as const;

function visible(el: Element): boolean {
  const box = el.getBoundingClientRect();
  if (box.width <= 0 || box.height <= 0) return false;
  const check = (el as { checkVisibility?: (o: object) => boolean }).checkVisibility;
  return check ? check.call(el, { visibilityProperty: true }) : true;
}

function parts(options: PickerOptions) {
  const { words } = options;
  const size = h('span', { class: 'size' });
  const box = h('div', { class: 'box', 'aria-hidden': 'true', hidden: '' }, size);
  const current = h('p', { class: 'current', role: 'status', 'aria-live': 'polite' });
  const cancel = h('button', { type: 'button', class: 'cancel' }, words.cancel);
  const bar = h(
    'div',
    {
      class: 'reader bar',
      role: 'dialog',
      'aria-label': words.label,
      tabindex: '-1',
      'data-theme': options.theme,
      lang: options.lang,
      dir: options.dir,
    },
    h('p', { class: 'how' }, words.instructions),
    current,
    cancel,
  );
  return { pane: h('div', { class: 'pane' }), box, size, current, cancel, bar };
}

function start(options: PickerOptions): void {
  const controller = new AbortController();
  const { signal } = controller;
  options.signal.addEventListener('abort', () => controller.abort(), { once: true, signal });
  const host = document.createElement('div');
  host.setAttribute(PICKER_ATTR, crypto.getRandomValues(new Uint32Array(2)).join('-'));
  const root = host.attachShadow({ mode: 'closed' });
  adoptStyles(root, hostCss + pickerCss + themeCss());
  const ui = parts(options);
  root.append(ui.pane, ui.box, ui.bar);
  const nav: PickerNav = { visible, own: (el) => el === host };
  let target: Element | null = null;

  const draw = () => {
    const box = target?.isConnected ? target.getBoundingClientRect() : null;
    ui.box.hidden = !box;
    if (!target || !box) return;
    const { style } = ui.box;
    style.setProperty('left', `${box.left}px`);
    style.setProperty('top', `${box.top}px`);
    style.setProperty('width', `${box.width}px`);
    style.setProperty('height', `${box.height}px`);
    ui.box.classList.toggle('top', box.top < 24);
    ui.size.textContent = describeBlock(target, box, options.lang);
  };
  const show = (el: Element | null, announce: boolean) => {
    if (!el || el === target) return;
    target = el;
    draw();
    // Said for keyboard moves only (a live region on every pointer move would never stop
    // talking); the pointer's block is named on its outline, so the line does not lag behind.
    ui.current.textContent = announce ? ui.size.textContent : '';
  };
  const finish = (picked: Element | null) => {
    if (signal.aborted) return;
    controller.abort();
    if (picked) options.onPick(picked);
    else options.onCancel();
  };

  const overBar = (event: MouseEvent) => {
    const at = root.elementFromPoint(event.clientX, event.clientY);
    return !!at && ui.bar.contains(at);
  };
  const take = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const onPointer = trusted((event: MouseEvent) => {
    if (overBar(event)) return;
    take(event);
  });
  const onMove = trusted((event: MouseEvent) => {
    if (overBar(event)) return;
    take(event);
    show(hitTarget(document.elementsFromPoint(event.clientX, event.clientY), nav), false);
  });
  const onClick = trusted((event: MouseEvent) => {
    if (overBar(event)) return; // Cancel's own click, below
    take(event);
    show(hitTarget(document.elementsFromPoint(event.clientX, event.clientY), nav), false);
    finish(target);
  });
  const onKey = trusted((event: KeyboardEvent) => {
    if (event.key === 'Tab' || event.ctrlKey || event.metaKey || event.altKey) return;
    take(event);
    if (event.type !== 'keydown') return;
    if (event.key === 'Escape') return finish(null);
    const onCancel = root.activeElement === ui.cancel;
    if (event.key === 'Enter' || event.key === ' ') return finish(onCancel ? null : target);
    const from = target ?? startingBlock(document, nav);
    if (!from) return;
    const to = target ? moveFor(event.key, from, nav) : from;
    if (!to) return;
    to.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    show(to, true);
  });

  const listen = { capture: true, signal };
  for (const type of POINTER) window.addEventListener(type, onPointer, listen);
  window.addEventListener('pointermove', onMove, listen);
  window.addEventListener('mousemove', onMove, listen);
  window.addEventListener('click', onClick, listen);
  for (const type of KEYS) window.addEventListener(type, onKey, listen);
  ui.cancel.addEventListener('click', () => finish(null), { signal });
  const redraw = () => requestAnimationFrame(draw);
  window.addEventListener('scroll', redraw, { capture: true, passive: true, signal });
  window.addEventListener('resize', redraw, { signal });
  // Focus stays on the bar: a page element that takes it gives it back.
  document.addEventListener(
    'focusin',
    (event) => event.target !== host && ui.bar.focus({ preventScroll: true }),
    { capture: true, signal },
  );

  const onParentInert = liftRootInert(document.documentElement, signal);
  document.documentElement.append(host);
  showOnTop(host);
  closeOnRequest(() => finish(null), signal);
  guardHost(host, {
    selectorAttr: PICKER_ATTR,
    onGone: () => finish(null),
    raise: () => showOnTop(host),
    onParentInert,
    signal,
  });
  signal.addEventListener('abort', () => host.remove(), { once: true });
  ui.bar.focus({ preventScroll: true });
  // The keyboard starts from the page's main block, outlined at once; the pointer moves it.
  show(startingBlock(document, nav), true);
}

registerChunk('picker', { start });
