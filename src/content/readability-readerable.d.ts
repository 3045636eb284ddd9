// The quick "is this an article?" test on its own, without Readability (auto-open.js stays small).
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  const test: typeof isProbablyReaderable;
  export default test;
}
