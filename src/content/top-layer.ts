/**
 * Putting the reader above the page: its host in the top layer (a popover), its dialog shown so
 * that a page's own modal dialog cannot leave it inert, and Esc on a modal dialog kept for the
 * reader's Esc stack.
 */
import type { EscapeStack } from './escape-stack';

/**
 * The reader's dialog is shown modal only while the page has a modal dialog of its own open (a
 * cookie banner opened with showModal() left every reader control dead: everything outside the
 * topmost modal dialog is inert). Shown again, it becomes the topmost. Otherwise it is shown
 * non-modal, because showModal() and show() also close the page's open popovers (HTML's "hide
 * all popovers"), which the reader should leave as they were; under a page's modal dialog that
 * cannot be helped.
 */
export function showDialog(dialog: HTMLDialogElement): void {
  if (typeof dialog.show !== 'function') return; // an engine without <dialog>: a plain box
  try {
    if (document.querySelector(':modal')) {
      if (dialog.open) dialog.close();
      dialog.showModal();
    } else if (!dialog.open) {
      // The attribute, not show(): show() too closes the page's open popovers.
      dialog.setAttribute('open', '');
    }
  } catch {
    if (!dialog.open) dialog.setAttribute('open', '');
  }
}

/** Esc on a modal dialog closes it (its `cancel`): then Esc does what it always does instead. */
export function keepOpenOnCancel(
  dialog: HTMLDialogElement,
  escapes: EscapeStack,
  signal: AbortSignal,
) {
  dialog.addEventListener(
    'cancel',
    (event) => {
      event.preventDefault();
      if (event.isTrusted) escapes.closeInnermost();
    },
    { signal },
  );
}

/**
 * The top layer puts the reader above everything the page can stack, whatever its z-index, and
 * out of reach of filters or transforms on the page's <html> (`html { filter: invert(1) }`).
 * Popovers are in Chromium 114+ and Firefox 125+; elsewhere the max z-index still applies.
 */
export function showOnTop(host: HTMLElement): void {
  if (typeof host.showPopover !== 'function') return;
  host.setAttribute('popover', 'manual');
  try {
    // Shown again, it goes to the top of the top layer, above what the page showed since.
    if (host.matches(':popover-open')) host.hidePopover();
    host.showPopover();
  } catch {
    // Another script's exception handling or an old engine: stay an ordinary fixed layer.
  }
}
