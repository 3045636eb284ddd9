// @vitest-environment node
// The bench's own parts, without ../shared: the wcxb metric against hand-computed examples, the
// held-back fifth's hash, and the loss reasons of readability-pages on a tiny fixture.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bagScore, bagSummary } from '../../src/bench/bag-metric';
import { FAKEHOST_URL, type BenchPage } from '../../src/bench/corpora';
import { fnv1a32, isHeldBack, siteOf } from '../../src/bench/holdout';
import { lostBlocks, OWN_LOSS, PARSER } from '../../src/bench/losses';
import { runPage } from '../../src/bench/page-task';
import { listingNoArticle, wrongNoArticle } from '../../src/bench/report-readability';
import type { ScoredPage } from '../../src/bench/score';

describe('wcxb bag-of-words metric', () => {
  it('counts overlap of lower-cased tokens as multisets', () => {
    // truth: the×2 cat sat on mat (6 tokens); prediction: the×2 cat dog (4); overlap the×2 + cat = 3
    const s = bagScore(
      'The cat sat on the mat.',
      'the CAT the dog',
      ['Cat sat', 'cat the'],
      ['dog'],
    );
    expect(s.precision).toBeCloseTo(3 / 4);
    expect(s.recall).toBeCloseTo(3 / 6);
    expect(s.f1).toBeCloseTo((2 * 0.75 * 0.5) / 1.25);
    expect(s.withRate).toBe(0.5);
    expect(s.withoutRate).toBe(1);
  });

  it('scores empty truth 1 only for an empty answer, and an empty answer 0', () => {
    expect(bagScore('', '').f1).toBe(1);
    expect(bagScore('', 'words').f1).toBe(0);
    expect(bagScore('words here', '')).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(bagScore('x', 'x').withRate).toBeNull();
  });

  it('averages pages, snippet rates over the pages that have snippets', () => {
    const a = bagScore('a b', 'a b', ['a']);
    const b = bagScore('a b', 'a', []);
    const sum = bagSummary([a, b]);
    expect(sum.f1).toBeCloseTo((1 + 2 / 3) / 2);
    expect(sum.withRate).toBe(1);
    expect(sum.pages).toBe(2);
  });
});

describe('held-back fifth', () => {
  it('hashes the host with FNV-1a 32 over UTF-8', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('takes the lower-cased host without www. and holds back hash % 5 === 0', () => {
    expect(siteOf('https://WWW.Example.COM:8080/a?b')).toBe('example.com');
    expect(siteOf('https://news.example.com/')).toBe('news.example.com');
    expect(siteOf('not a url')).toBe('');
    const url = 'https://www.example.com/a';
    expect(isHeldBack(url)).toBe(fnv1a32('example.com') % 5 === 0);
    expect(isHeldBack(url)).toBe(isHeldBack('http://example.com/other'));
  });
});

describe('readability-pages "no article" pages', () => {
  const run = (ok: boolean, listing?: boolean) => ({
    text: ok ? 'words' : '',
    ok,
    ms: 1,
    ...(listing ? { listing } : {}),
  });
  const scored = (id: string, clearpage: boolean, readability: boolean, listing?: boolean) =>
    ({
      page: { id },
      outcome: {
        clearpage: { ...run(clearpage), removed: [] },
        readability: run(readability, listing),
      },
    }) as unknown as ScoredPage;

  it("counts a wrong one only where Readability's article is not a front page", () => {
    const pages = [
      scored('story', false, true),
      scored('front', false, true, true),
      scored('both-read', true, true),
      scored('neither', false, false),
    ];
    expect(wrongNoArticle(pages).map((p) => p.page.id)).toEqual(['story']);
    expect(listingNoArticle(pages).map((p) => p.page.id)).toEqual(['front']);
  });
});

describe('readability-pages loss reasons', () => {
  const base = { removed: [], captions: [], readability: '' };
  it('finds lost blocks and names the removal, the caption, the parser or an own loss', () => {
    const lost = lostBlocks({
      ...base,
      blocks: [
        'one two three four five',
        'Share this on every network',
        'A photo caption here',
        'kept words stay in the text',
      ],
      clearpage: 'kept words stay in the text',
      removed: [{ rule: 'toolbar', kind: 'share', text: 'Share this on every network' }],
      captions: ['A photo caption here'],
      readability: 'one two three four five',
    });
    expect(lost.map((b) => [b.reason, b.rule])).toEqual([
      [OWN_LOSS, undefined],
      ['share', 'toolbar'],
      ['caption', undefined],
    ]);
    const parser = lostBlocks({ ...base, blocks: ['only in expected html'], clearpage: '' });
    expect(parser[0]?.reason).toBe(PARSER);
    // A block of fewer than 4 tokens is found inside a longer text too.
    const short = { ...base, blocks: ['Notes:'], readability: 'Some notes: here' };
    expect(lostBlocks({ ...short, clearpage: 'a few notes here' })).toEqual([]);
    expect(lostBlocks({ ...short, clearpage: 'nothing' })[0]?.reason).toBe(OWN_LOSS);
  });

  it('on a fixture page: the ad is a chrome removal, the figcaption a caption', () => {
    const dir = fileURLToPath(
      new URL('../fixtures/bench/readability-pages/ad-and-caption/', import.meta.url),
    );
    const page: BenchPage = {
      corpus: 'readability-pages',
      id: 'ad-and-caption',
      file: `${dir}source.html`,
      url: FAKEHOST_URL,
      site: 'readability-pages/ad-and-caption',
      truth: '',
      expectedFile: `${dir}expected.html`,
    };
    const outcome = runPage(page, 0, { defuddle: false, ablate: false });
    expect(outcome.clearpage.ok).toBe(true);
    expect(outcome.lost?.map((b) => [b.reason, b.rule ?? '', b.text])).toEqual([
      ['advertisement', 'advertisement', 'Advertisement'],
      ['caption', '', 'The new gates seen from the old quay at low tide'],
      [PARSER, '', expect.stringContaining('on no page at all')],
    ]);
  });
});
