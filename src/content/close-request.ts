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

/**
 * `onRequest` is the Esc stack's (escape-stack.ts): a close request closes the innermost open
 * thing, as the key does. A watcher is spent once it fired, so while the reader stays open (a
 * menu was what closed) a new one takes its place, to catch the next Esc.
 */
export function closeOnRequest(onRequest: () => void, signal: AbortSignal): void {
  const Watcher = (globalThis as { CloseWatcher?: new () => CloseWatcherLike }).CloseWatcher;
  if (typeof Watcher !== 'function') return;
  let watcher: CloseWatcherLike | null = null;
  const watch = () => {
    try {
      watcher = new Watcher();
    } catch {
      watcher = null; // a document that is not fully active
      return;
    }
    const spent = watcher;
    spent.onclose = () => {
      spent.destroy();
      if (signal.aborted) return;
      onRequest();
      if (!signal.aborted) watch();
    };
  };
  watch();
  signal.addEventListener('abort', () => watcher?.destroy(), { once: true });
}
