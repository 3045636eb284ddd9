// Property-based tests of the core in the reader's setting (a browser-like DOM): random strings,
// random tag soup with prose and hostile snippets, and the golden pages cut, duplicated,
// swapped, truncated and salted with hostile snippets. Whatever comes in, extractArticle never
// throws, answers an article or exactly the "no article" message, within a generous time per
// page, and its output keeps the sanitiser's own promises (support/fuzz.ts `check`).
// FUZZ_RUNS=10 multiplies the runs for a longer local session.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALLOWED, check, htmlish, mutatedPage, outsideAllowList, RUNS } from './support/fuzz';

const TIMEOUT = 60_000 * Math.max(1, RUNS);
const runs = (n: number) => ({ numRuns: Math.ceil(n * RUNS) });

describe('fuzzing the core', () => {
  it('checks output against DOMPurify allow-lists minus what the config forbids', () => {
    expect(ALLOWED.tags.has('p') && ALLOWED.tags.has('svg')).toBe(true);
    expect(ALLOWED.tags.has('script') || ALLOWED.attrs.has('onclick')).toBe(false);
    const template = document.createElement('template');
    template.innerHTML =
      '<p title="t" aria-label="a" data-caption="">a</p><pre class="language-js">x</pre>';
    expect(outsideAllowList(template.content)).toEqual([]);
    template.innerHTML = '<p style="x" class="big" data-x="1">a</p><style></style><form></form>';
    expect(outsideAllowList(template.content)).toEqual([
      'p[style]',
      'p[class=big]',
      'p[data-x]',
      '<style>',
      '<form>',
    ]);
  });

  it(
    'survives random strings',
    () => {
      const input = fc.string({ maxLength: 2000, size: 'large', unit: 'binary' });
      fc.assert(
        fc.property(input, (s) => check(s)),
        runs(100),
      );
    },
    TIMEOUT,
  );

  it(
    'survives random tag soup with prose and hostile snippets',
    () => {
      fc.assert(
        fc.property(htmlish, (html) => check(html)),
        runs(120),
      );
    },
    TIMEOUT,
  );

  it(
    'survives the golden pages cut, duplicated, swapped, truncated and injected',
    () => {
      fc.assert(
        fc.property(mutatedPage, (html) => check(html)),
        runs(60),
      );
    },
    TIMEOUT,
  );
});
