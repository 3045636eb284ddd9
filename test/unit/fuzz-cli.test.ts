// The fuzz properties of fuzz-core.test.ts on the CLI's host: pages parsed by linkedom, the
// article sanitised in a jsdom window (src/cli/dom.ts). Same promises: never a throw, an article
// or the exact "no article" answer, in bounded time, output inside the allow-list.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { check, htmlish, inCli, mutatedPage, RUNS } from './support/fuzz';

const TIMEOUT = 30_000 * Math.max(1, RUNS);

describe('fuzzing the core on the CLI host', () => {
  it(
    'survives random strings, tag soup and mutated golden pages',
    () => {
      const input = fc.oneof(
        fc.string({ maxLength: 2000, size: 'large', unit: 'binary' }),
        htmlish,
        mutatedPage,
      );
      fc.assert(
        fc.property(input, (html) => check(html, inCli)),
        { numRuns: Math.ceil(60 * RUNS) },
      );
    },
    TIMEOUT,
  );
});
