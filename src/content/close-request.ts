/**
 * Esc as the browser's close request, not only as a key event (issue 12). A page's window
 * capture keydown listener registered before the reader's can stopImmediatePropagation() every
 * Esc, so the reader's key handler never sees it; the close request that a real Esc makes is
 * the key's default action, which only preventDefault() cancels, and it goes to the newest
 * CloseWatcher (https://html.spec.whatwg.org/multipage/interaction.html#close-requests), which
 * is the reader's while it is open. No page script can make a close request: only the user can.
 * Where there is no CloseWatcher, Esc is the key handler's alone.
 */
interface CloseWatcherLike {
  onclose: (() => void) | null;
  destroy(): void;
}

export function closeOnRequest(onClose: () => void, signal: AbortSignal): void {
  const Watcher = (globalThis as { CloseWatcher?: new () => CloseWatcherLike }).CloseWatcher;
  if (typeof Watcher !== 'function') return;
  let watcher: CloseWatcherLike;
  try {
    watcher = new Watcher();
  } catch {
    return; // a document that is not fully active
  }
  watcher.onclose = () => {
    if (!signal.aborted) onClose();
  };
  signal.addEventListener('abort', () => watcher.destroy(), { once: true });
}
