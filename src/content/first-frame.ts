/**
 * Work that must not delay the reader's first paint: it runs in a task after the first frame
 * (a callback of requestAnimationFrame runs before that frame's style and layout, so anything
 * there that reads layout, or focuses, forces a layout the paint then waits for). Skipped when
 * the reader closed meanwhile.
 */
export function afterFirstFrame(run: () => void, signal: AbortSignal): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (!signal.aborted) run();
    }),
  );
}
