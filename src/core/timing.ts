/**
 * Performance marks for `npm run bench:speed`'s breakdown per stage (issue 9). Only a build made
 * with CLEARPAGE_MARKS=1 (the bench's own, in dist/bench-chrome) sets them: the shipped
 * extension, the CLI and the tests see `__CLEARPAGE_MARKS__` undefined or false, and a mark
 * costs them one comparison.
 */
declare const __CLEARPAGE_MARKS__: boolean | undefined;

/** The stages, in the order they happen after a click. */
export type Stage =
  'start' | 'copy' | 'readability' | 'strip' | 'text' | 'sanitise' | 'overlay' | 'shown';

const marking = typeof __CLEARPAGE_MARKS__ !== 'undefined' && __CLEARPAGE_MARKS__ === true;

/** Marks the end of `stage` as `clearpage:<stage>` on the page's performance timeline. */
export function markStage(stage: Stage): void {
  if (marking) performance.mark(`clearpage:${stage}`);
}
