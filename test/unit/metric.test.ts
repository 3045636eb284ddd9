// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { blockText } from '../../src/bench/block-text';
import { diffSample } from '../../src/bench/diff-sample';
import { corpusScore, pageCounts, pageScore, shingles, tokenize } from '../../src/bench/metric';

describe('tokenize', () => {
  it('keeps letters, digits and underscore runs, case intact', () => {
    expect(tokenize("It's 3.5 snake_case — Ünïcode!")).toEqual([
      'It',
      's',
      '3',
      '5',
      'snake_case',
      'Ünïcode',
    ]);
  });

  it('splits at combining marks, as Python does (हिन्दी is three tokens)', () => {
    expect(tokenize('हिन्दी')).toEqual(['ह', 'न', 'द']);
    expect(tokenize('हिन्दी भाषा')).toEqual(['ह', 'न', 'द', 'भ', 'ष']);
  });

  it('gives nothing for empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' — … !')).toEqual([]);
  });
});

describe('shingles', () => {
  it('slides a 4-token window', () => {
    expect(shingles(['a', 'b', 'c', 'd', 'e'])).toEqual(['a b c d', 'b c d e']);
  });

  it('makes one shingle of fewer than 4 tokens and none of no tokens', () => {
    expect(shingles(['a', 'b', 'c'])).toEqual(['a b c']);
    expect(shingles(['a'])).toEqual(['a']);
    expect(shingles([])).toEqual([]);
  });
});

describe('pageScore', () => {
  it('is perfect for the same tokens whatever the punctuation and spacing', () => {
    const s = pageScore('One two, three four five.', 'One two three\n\nfour five');
    expect(s).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
  });

  it('normalises counts by tp + fp + fn', () => {
    // truth {abcd, bcde}, predicted {abcd, bcdx}: tp 1, fp 1, fn 1 → thirds.
    const s = pageScore('a b c d e', 'a b c d x');
    expect(s.tp).toBeCloseTo(1 / 3);
    expect(s.fp).toBeCloseTo(1 / 3);
    expect(s.fn).toBeCloseTo(1 / 3);
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo(0.5);
  });

  it('compares short texts as one shingle each', () => {
    expect(pageScore('Hello world', 'Hello, world!')).toMatchObject({ precision: 1, recall: 1 });
    expect(pageScore('one two three', 'one two three four')).toMatchObject({
      tp: 0,
      fp: 0.5,
      fn: 0.5,
      precision: 0,
      recall: 0,
      f1: 0,
    });
  });

  it('is case-sensitive', () => {
    expect(pageScore('The cat sat down', 'the cat sat down').f1).toBe(0);
  });

  it('counts repeated shingles as a multiset', () => {
    // truth: xyzw ×2, yzwx, zwxy, wxyz (5); predicted: xyzw ×1 → tp 1, fn 4.
    const missing = pageScore('x y z w x y z w', 'x y z w');
    expect(missing.tp).toBeCloseTo(0.2);
    expect(missing.fn).toBeCloseTo(0.8);
    expect(missing.precision).toBe(1);
    expect(missing.recall).toBeCloseTo(0.2);
    expect(missing.f1).toBeCloseTo(1 / 3);
    const doubled = pageScore('x y z w', 'x y z w x y z w');
    expect(doubled.precision).toBeCloseTo(0.2);
    expect(doubled.recall).toBe(1);
  });

  it('scores Hindi by its split tokens', () => {
    // 5 tokens each → 2 shingles; the last token differs → tp 1, fp 1, fn 1.
    const s = pageScore('हिन्दी भाषा', 'हिन्दी भाषी');
    expect(tokenize('भाषी')).toEqual(['भ', 'ष']);
    expect(s.f1).toBe(1);
    const t = pageScore('हिन्दी भाषा', 'हिन्दी भाका');
    expect(t.precision).toBeCloseTo(0.5);
    expect(t.recall).toBeCloseTo(0.5);
  });

  it('handles empty texts on either or both sides', () => {
    expect(pageScore('', '')).toEqual({ tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(pageScore('a b c d e', '')).toMatchObject({ tp: 0, fp: 0, fn: 1, precision: 0 });
    expect(pageScore('a b c d e', '').recall).toBe(0);
    expect(pageScore('', 'a b c d e')).toMatchObject({ tp: 0, fp: 1, fn: 0, recall: 0 });
    expect(pageScore('', 'a b c d e').precision).toBe(0);
  });

  it('exposes raw counts through pageCounts', () => {
    expect(pageCounts('a b c d e f', 'a b c d e f')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
});

describe('corpusScore', () => {
  it('averages precision over predicting pages and recall over pages with truth', () => {
    const pages = [
      pageScore('a b c d e', 'a b c d e'), // P 1, R 1
      pageScore('a b c d e', 'a b c d x'), // P 0.5, R 0.5
      pageScore('a b c d e', ''), // no prediction: R 0, not in P
      pageScore('', ''), // neither
    ];
    const c = corpusScore(pages);
    expect(c.precision).toBeCloseTo(0.75);
    expect(c.recall).toBeCloseTo(0.5);
    expect(c.f1).toBeCloseTo(0.6);
    expect(c.pages).toBe(4);
  });

  it('takes F1 of the means, not the mean of page F1s', () => {
    const pages = [
      pageScore('x y z w', 'x y z w x y z w'),
      pageScore('x y z w x y z w', 'x y z w'),
    ];
    // P = (0.2 + 1)/2 = 0.6, R = (1 + 0.2)/2 = 0.6 → F1 0.6 (mean of page F1s would be 1/3).
    expect(corpusScore(pages).f1).toBeCloseTo(0.6);
  });

  it('is zero for an empty corpus', () => {
    expect(corpusScore([])).toEqual({ precision: 0, recall: 0, f1: 0, pages: 0 });
  });
});

// The bench's helpers around the metric: how plain Readability's output becomes text, and the
// samples of extra and missing text it prints for the worst pages.
describe('blockText', () => {
  const body = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document.body;

  it('separates blocks instead of gluing them as textContent does', () => {
    const el = body(
      '<div><p>First ends here.</p><p>Second</p><ul><li>one</li><li>two</li></ul></div>',
    );
    expect(el.textContent).toContain('here.Second');
    expect(blockText(el as unknown as Node)).toBe('First ends here.\n\nSecond\n\none\n\ntwo');
  });

  it('keeps inline text together, collapses whitespace, breaks lines at <br>', () => {
    const el = body('<p>Some  <b>bold</b>\n text<br>next line</p><pre>a\n  b</pre>');
    expect(blockText(el as unknown as Node)).toBe('Some bold text\nnext line\n\na\n  b');
  });

  it('ignores scripts and styles', () => {
    expect(
      blockText(body('<p>kept</p><script>x()</script><style>p{}</style>') as unknown as Node),
    ).toBe('kept');
  });
});

describe('diffSample', () => {
  it('shows the predicted runs no true shingle covers, and the true runs none predicted', () => {
    const truth = 'one two three four five six seven eight nine ten';
    const predicted = 'Read more: other story here. one two three four five six seven eight';
    expect(diffSample(truth, predicted)).toEqual({
      extra: ['Read more: other story here'],
      missing: ['nine ten'],
    });
  });

  it('is empty for a perfect prediction', () => {
    expect(diffSample('a b c d e', 'a b c d e')).toEqual({ extra: [], missing: [] });
  });
});
