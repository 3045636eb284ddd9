// One loop over test/fixtures/pages/<slug>/: each page's extraction must give exactly the
// expected metadata and text (expected.json, expected.txt), keep every mustContain string, drop
// every mustNotContain string, produce inert HTML, and leave the page it read untouched.
// Regenerate expectations for review with `node scripts/update-golden.mjs`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as jsdom from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core';

// src/cli/jsdom.d.ts types only what the CLI uses; this test also silences jsdom's console.
const { JSDOM, VirtualConsole } = jsdom as unknown as {
  JSDOM: new (html: string, options: object) => { window: Window & typeof globalThis };
  VirtualConsole: new () => object;
};

const PAGES = join(import.meta.dirname, '../fixtures/pages');
// The same address scripts/update-golden.mjs gives each page.
const FIXTURE_ORIGIN = 'https://fixtures.clearpage.test';
const META = ['ok', 'title', 'byline', 'siteName', 'lang', 'dir', 'publishedTime'] as const;

interface Expected extends Record<(typeof META)[number], unknown> {
  mustContain: string[];
  mustNotContain: string[];
}

const slugs = readdirSync(PAGES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function load(slug: string) {
  const read = (name: string) => readFileSync(join(PAGES, slug, name), 'utf8');
  const { window } = new JSDOM(read('source.html'), {
    url: `${FIXTURE_ORIGIN}/${slug}/`,
    virtualConsole: new VirtualConsole(), // hostile pages make jsdom complain; not our output
  });
  const expected = JSON.parse(read('expected.json')) as Expected;
  return { window, expected, expectedText: read('expected.txt').replace(/\n$/, '') };
}

const DANGEROUS_TAGS =
  'script, iframe, frame, object, embed, form, input, button, style, base, meta, link';
const DANGEROUS_URL = /^\s*(?:javascript|vbscript|data:text)/i;

/** Every way markup could run code or restyle the reader, found by walking the parsed output. */
function hazards(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll(DANGEROUS_TAGS)) found.push(`<${el.localName}>`);
  for (const el of root.querySelectorAll('*')) {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${el.localName}[${attr.name}]`);
      if (attr.name === 'style') found.push(`${el.localName}[style]`);
      if (/(?:^|:)(?:href|src|action|formaction|xlink:href)$/i.test(attr.name)) {
        if (DANGEROUS_URL.test(attr.value))
          found.push(`${el.localName}[${attr.name}=${attr.value}]`);
      }
    }
  }
  return found;
}

it('has golden pages to check', () => {
  expect(slugs.length).toBeGreaterThanOrEqual(8);
});

describe.each(slugs)('golden page %s', (slug) => {
  const { window, expected, expectedText } = load(slug);
  const before = window.document.documentElement.outerHTML;
  const result = extractArticle(window.document);
  const article = result.ok ? result.article : null;

  it('gives the expected metadata', () => {
    const actual = Object.fromEntries(
      META.map((key) => [key, key === 'ok' ? result.ok : (article?.[key] ?? null)]),
    );
    expect(actual).toEqual(Object.fromEntries(META.map((key) => [key, expected[key]])));
  });

  it('gives exactly the expected text', () => {
    expect(article?.text ?? '').toBe(expectedText);
  });

  it('keeps what must stay and drops what must go', () => {
    const text = article?.text ?? '';
    for (const s of expected.mustContain) expect(text, `must contain: ${s}`).toContain(s);
    for (const s of expected.mustNotContain)
      expect(text, `must not contain: ${s}`).not.toContain(s);
  });

  it('produces inert HTML', () => {
    if (!article) return expect(result.ok).toBe(false);
    expect(hazards(article.content)).toEqual([]);
    const reparsed = window.document.createElement('template');
    reparsed.innerHTML = article.html;
    expect(hazards(reparsed.content)).toEqual([]);
    expect(article.html).not.toMatch(/<script|javascript:|\son\w+=/i);
  });

  it('leaves the page it read untouched', () => {
    expect(window.document.documentElement.outerHTML).toBe(before);
  });
});
