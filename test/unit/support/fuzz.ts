/**
 * Shared by the fuzz tests: the checks every extraction must pass (no throw, an article or the
 * exact "no article" answer, a time bound, output inside the sanitiser's allow-list) and the
 * generators of hostile input (tag soup, mutated golden pages).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import DOMPurify, { type WindowLike } from 'dompurify';
import fc from 'fast-check';
import { expect } from 'vitest';
import {
  articleToMarkdown,
  articleToText,
  extractArticle,
  NO_ARTICLE_MESSAGE,
} from '../../../src/core';
import type { Extraction } from '../../../src/core/article';
import { parsePage, purifyWindow } from '../../../src/cli/dom';
import { hazards } from './hostile';

/** CPU time per page for extraction plus every export: catches blowups, not micro-timing. */
export const MAX_MS = 2000;

// Mirrors CONFIG in src/core/sanitize/sanitize.ts: what it forbids on top of DOMPurify's defaults.
const FORBID_TAGS = new Set(
  'style form input button select option textarea iframe frame object embed dialog template noscript'.split(
    ' ',
  ),
);
const FORBID_ATTR = new Set(['style']);
const ADD_ATTR = new Set(['data-caption']);

/** DOMPurify's default allow-lists, read from its own hooks rather than copied by hand. */
export function defaultAllowLists(): { tags: Set<string>; attrs: Set<string> } {
  const probe = DOMPurify(window as unknown as WindowLike);
  let tags: Record<string, boolean> = {};
  let attrs: Record<string, boolean> = {};
  probe.addHook('uponSanitizeElement', (_node, data) => void (tags = data.allowedTags));
  probe.addHook('uponSanitizeAttribute', (_node, data) => void (attrs = data.allowedAttributes));
  probe.sanitize('<p title="t">x</p>');
  const on = (list: Record<string, boolean>) =>
    new Set(Object.keys(list).filter((key) => list[key]));
  return { tags: on(tags), attrs: on(attrs) };
}

export const ALLOWED = defaultAllowLists();

/** Elements and attributes the sanitiser should never have let through. */
export function outsideAllowList(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName.toLowerCase();
    if (!ALLOWED.tags.has(tag) || FORBID_TAGS.has(tag)) found.push(`<${tag}>`);
    for (const { name, value } of Array.from(el.attributes)) {
      const attr = name.toLowerCase();
      const allowed =
        ADD_ATTR.has(attr) ||
        /^aria-[\w-]+$/.test(attr) ||
        (ALLOWED.attrs.has(attr) && !FORBID_ATTR.has(attr));
      if (!allowed) found.push(`${tag}[${attr}]`);
      // The sanitiser keeps a class only to name a code block's language.
      const codeLanguage =
        (tag === 'code' || tag === 'pre') && /^(?:language|lang)-[\w+#-]+$/.test(value);
      if (attr === 'class' && !codeLanguage) {
        found.push(`${tag}[class=${value.slice(0, 40)}]`);
      }
    }
  }
  return found;
}

const template = document.createElement('template');

/**
 * The saved HTML as a browser reads it back. It need not be the same tree as the fragment
 * (Readability turns a `<div>` holding a `<p>` into a `<p>`, and nested paragraphs re-parse as
 * siblings), but one reading must settle it: markup that keeps changing on every parse is the
 * shape of mutation XSS.
 */
function reparse(html: string): { content: DocumentFragment; settled: boolean } {
  template.innerHTML = html;
  const once = template.innerHTML;
  template.innerHTML = once;
  return { content: template.content, settled: template.innerHTML === once };
}

/** Extraction plus every export, as the reader and "Save" would run them. */
function runAll(html: string, extract: (html: string) => Extraction) {
  const result = extract(html);
  if (!result.ok) return { result };
  const { article } = result;
  const exports = {
    html: article.html,
    content: article.content.cloneNode(true) as DocumentFragment,
    text: articleToText(article),
    markdown: articleToMarkdown(article),
  };
  return { result, exports };
}

/** CPU milliseconds of this process: steadier than wall time on a busy shared machine. */
function cpuMs(since?: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
}

/**
 * `runAll` and its CPU time. A run over the bound is repeated once and the faster time kept: a
 * pathological input is slow every time, a garbage collection or a busy neighbour is not.
 */
function timedRun(html: string, extract: (html: string) => Extraction) {
  let start = process.cpuUsage();
  const run = runAll(html, extract);
  let ms = cpuMs(start);
  if (ms >= MAX_MS) {
    start = process.cpuUsage();
    runAll(html, extract);
    ms = Math.min(ms, cpuMs(start));
  }
  return { ...run, ms };
}

/** Runs the core on `html` the way the reader does, and checks everything it promises. */
export function check(html: string, extract: (html: string) => Extraction = inBrowser): void {
  const { result, exports, ms } = timedRun(html, extract);
  expect(ms).toBeLessThan(MAX_MS);
  if (!result.ok || !exports) {
    expect(result).toEqual({ ok: false, reason: 'no-article', message: NO_ARTICLE_MESSAGE });
    return;
  }
  expect(result.article.text.trim()).not.toBe('');
  expect(outsideAllowList(exports.content)).toEqual([]);
  expect(hazards(exports.content)).toEqual([]);
  const saved = reparse(exports.html);
  expect(saved.settled).toBe(true);
  expect(outsideAllowList(saved.content)).toEqual([]);
  expect(hazards(saved.content)).toEqual([]);
}

export function inBrowser(html: string): Extraction {
  return extractArticle(new DOMParser().parseFromString(html, 'text/html'));
}

export function inCli(html: string): Extraction {
  return extractArticle(parsePage(html), { isPrivateCopy: true, purifyWindow: purifyWindow() });
}

export const RUNS = Number(process.env.FUZZ_RUNS ?? 1);

// ---- Inputs ----

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const golden = readdirSync(PAGES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => readFileSync(join(PAGES, entry.name, 'source.html'), 'utf8'));

export const HOSTILE = [
  '<script>__pwned=1</script>',
  '<img src=x onerror=__pwned=1>',
  '<a href="jav&#x09;ascript:__pwned=1">x</a>',
  '<svg><script>__pwned=1</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__pwned=1>',
  '<svg></p><style><a id="</style><img src=1 onerror=__pwned=1>">',
  '<noscript><p title="</noscript><img src=x onerror=__pwned=1>">',
  '<iframe srcdoc="<script>__pwned=1</script>"></iframe>',
  '<form action="javascript:__pwned=1"><button>x</button></form>',
  '<p style="background:url(https://evil.example/x)">styled</p>',
  '<base href="javascript://">',
  '<meta http-equiv="refresh" content="0;url=javascript:__pwned=1">',
  '<object data="data:text/html,<script>__pwned=1</script>"></object>',
  '<template><img src=x onerror=__pwned=1></template>',
  '<xmp><img src=x onerror=__pwned=1></xmp>',
  '<textarea></textarea><!--</textarea><img src=x onerror=__pwned=1>-->',
  '<select><template><img src=x onerror=__pwned=1></template></select>',
  '<!--<img src="--><img src=x onerror=__pwned=1//">',
];

const TAGS = [
  'p',
  'div',
  'article',
  'section',
  'main',
  'h1',
  'h2',
  'span',
  'a href="https://example.test/x"',
  'ul',
  'ol',
  'li',
  'table',
  'tr',
  'td',
  'pre',
  'code',
  'blockquote',
  'figure',
  'figcaption',
  'svg',
  'math',
  'mtext',
  'title',
  'style',
  'script',
  'noscript',
  'template',
  'textarea',
  'select',
  'option',
  'iframe',
  'form',
  'img src=x',
  'br',
  'aside class="related"',
  'nav',
];

const sentence = fc.lorem({ maxCount: 6, mode: 'sentences' });
const token = fc.oneof(
  { weight: 4, arbitrary: sentence },
  { weight: 3, arbitrary: fc.constantFrom(...TAGS).map((t) => `<${t}>`) },
  { weight: 3, arbitrary: fc.constantFrom(...TAGS).map((t) => `</${t.split(' ')[0]}>`) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<!--',
      '-->',
      '<![CDATA[',
      ']]>',
      '&lt;',
      '&amp;',
      '<',
      '>',
      '"',
      "'",
      '&#x0;',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) },
);
/** Tag soup with prose in it: often enough text to be an article, never well-formed. */
export const htmlish = fc
  .array(token, { maxLength: 120, size: 'large' })
  .map(
    (parts) =>
      `<!doctype html><html><head><title>T</title></head><body>${parts.join('')}</body></html>`,
  );

/** Offsets where a tag starts: cutting there moves whole tags and the elements they open. */
function tagStarts(html: string): number[] {
  const starts: number[] = [];
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) starts.push(i);
  return starts;
}

type Mutation =
  | { op: 'delete' | 'duplicate' | 'truncate'; a: number; b: number }
  | { op: 'swap'; a: number; b: number; c: number; d: number }
  | { op: 'inject'; a: number; snippet: string };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const range = (op: 'delete' | 'duplicate' | 'truncate') =>
  fc.record({ op: fc.constant(op), a: fraction, b: fraction });
/** Weighted so that pages mostly keep their size: cuts and truncation are the rarer moves. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: range('duplicate') },
  { weight: 2, arbitrary: range('delete') },
  { weight: 1, arbitrary: range('truncate') },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('swap' as const),
      a: fraction,
      b: fraction,
      c: fraction,
      d: fraction,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('inject' as const),
      a: fraction,
      snippet: fc.constantFrom(...HOSTILE),
    }),
  },
);

function apply(html: string, m: Mutation): string {
  const starts = tagStarts(html);
  const at = (f: number) => starts[Math.floor(f * (starts.length - 1))] ?? 0;
  const [a, b] = [at(m.a), 'b' in m ? at(m.b) : 0].sort((x, y) => x - y) as [number, number];
  switch (m.op) {
    case 'delete':
      return html.slice(0, a) + html.slice(b);
    case 'duplicate':
      return html.slice(0, b) + html.slice(a, b) + html.slice(b);
    case 'truncate':
      return html.slice(0, a);
    case 'inject':
      return html.slice(0, at(m.a)) + m.snippet + html.slice(at(m.a));
    case 'swap': {
      const [p, q, r, s] = [m.a, m.b, m.c, m.d].map(at).sort((x, y) => x - y) as number[];
      return (
        html.slice(0, p) + html.slice(r, s) + html.slice(q, r) + html.slice(p, q) + html.slice(s)
      );
    }
  }
}

export const mutatedPage = fc
  .tuple(
    fc.integer({ min: 0, max: golden.length - 1 }),
    fc.array(mutation, { minLength: 1, maxLength: 6 }),
  )
  .map(([page, mutations]) => mutations.reduce(apply, golden[page] ?? ''));
