// YAML front matter of the saved Markdown: read back by a real YAML parser (js-yaml), every
// value must come out exactly as the article had it, whatever the page put in its title.
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article';
import { frontMatter, yamlString } from '../../src/core/export/front-matter';
import { makeArticle } from './support/article';

function article(overrides: Partial<Article> = {}): Article {
  return makeArticle('', {
    url: 'https://example.com/story?id=1#top',
    text: '',
    wordCount: 0,
    ...overrides,
  });
}

/** The front matter's YAML without its `---` lines, parsed. */
function parse(block: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n$/.exec(block);
  if (!match) throw new Error(`not a front matter block: ${JSON.stringify(block)}`);
  return load(match[1]!) as Record<string, unknown>;
}

const HOSTILE = [
  'Breaking: the "harbour" wall',
  '- starts like a list',
  '# starts like a comment',
  '* starts like an alias',
  '&anchor and !tag and %directive and @at and `tick`',
  '---',
  '...',
  'key: value\nsecond: line',
  'tab\there and trailing space ',
  'back\\slash \\n not a newline',
  '<img src=x onerror=alert(1)>',
  "it's 'single' quoted",
  '{ flow: map } [flow, seq] | > ?',
  'null',
  'true',
  '1e3',
  '2024-01-01',
  'ends with colon:',
  '\u0000\u0007\u001b\u007f\u0085\u2028\u2029\ufeff controls',
  'العربية 中文 emoji 😀 👨‍👩‍👧 é',
];

describe('frontMatter', () => {
  it('writes each known fact, in order, with the saved date', () => {
    const block = frontMatter(article(), { savedAt: new Date('2025-01-02T03:04:05Z') });
    expect(block).toBe(
      [
        '---',
        'title: "Harbour board approves tidal barrier"',
        'source: "https://example.com/story?id=1#top"',
        'author: "Maya Okafor"',
        'published: 2024-03-14T23:30:00-05:00',
        'saved: 2025-01-02T03:04:05.000Z',
        'site: "The Northbay Herald"',
        'language: "en"',
        '---',
        '',
      ].join('\n'),
    );
  });

  it('leaves out what is unknown, and the saved date when not saving', () => {
    const block = frontMatter(
      article({ byline: null, siteName: null, publishedTime: null, lang: null, url: null }),
    );
    expect(block).toBe('---\ntitle: "Harbour board approves tidal barrier"\n---\n');
  });

  it('reads back as the same values in a YAML parser, dates as timestamps', () => {
    const parsed = parse(frontMatter(article(), { savedAt: new Date('2025-01-02T03:04:05Z') }));
    expect(parsed).toEqual({
      title: 'Harbour board approves tidal barrier',
      source: 'https://example.com/story?id=1#top',
      author: 'Maya Okafor',
      published: new Date('2024-03-15T04:30:00Z'),
      saved: new Date('2025-01-02T03:04:05Z'),
      site: 'The Northbay Herald',
      language: 'en',
    });
  });

  it.each(HOSTILE)('keeps %j exactly, in every field, on one line', (text) => {
    const block = frontMatter(
      article({
        title: text,
        byline: text,
        siteName: text,
        lang: text,
        url: text,
        publishedTime: text,
      }),
    );
    expect(block.split('\n')).toHaveLength(9);
    const parsed = parse(block);
    for (const key of ['title', 'author', 'site', 'language', 'source'])
      expect(parsed[key], key).toBe(text);
    // A valid ISO date stays a YAML timestamp (checked above); anything else, a string.
    if (text === '2024-01-01') expect(parsed.published).toEqual(new Date('2024-01-01'));
    else expect(parsed.published).toBe(text);
  });

  it('never writes a literal "<", so a renderer without front matter shows no HTML', () => {
    const block = frontMatter(article({ title: '<script>alert(1)</script>' }));
    expect(block).not.toContain('<');
    expect(parse(block).title).toBe('<script>alert(1)</script>');
  });

  it('replaces a lone surrogate (no UTF-8 for it) with U+FFFD', () => {
    expect(load(yamlString('a\ud800b'))).toBe('a\ufffdb');
    expect(load(yamlString('😀'))).toBe('😀');
  });
});
