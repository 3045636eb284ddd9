/**
 * The article's clean text, built block by block (never `textContent` of the whole body, which
 * glues paragraphs: "…end.Next…"). Format, chosen for "Save as text" and the CLI alike:
 * - blocks (paragraphs, headings, quotes, code, a whole list, a whole table) are separated by
 *   one blank line; whitespace inside a block collapses, except in `<pre>`; `<br>` is a newline;
 * - list items are one line each: "- item" in `<ul>`, "1. item" in `<ol>` (its `start` kept),
 *   nested lists indented by two spaces;
 * - a data table is one line per row, cells joined by a tab (tables holding paragraphs are
 *   layout, read as ordinary blocks);
 * - soft hyphens (U+00AD) vanish without a trace (they only say where a word may break);
 * - text a list holds outside its `<li>` items (broken markup, or a label) is its own line;
 * - `<pre>` keeps every character, its `<br>`s as newlines, and only loses trailing whitespace;
 * - figure captions and credits (`<figcaption>`, elements the sanitiser marked `data-caption`)
 *   are left out, as are scripts, styles, SVG and MathML.
 */
import { EMBED_ATTR } from '../extract/embeds';

const BLOCKS = new Set(
  (
    'address article aside blockquote caption dd details dialog div dl dt fieldset figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav p section summary'
  ).split(' '),
);
/** Never text: code, graphics, captions, and what the sanitiser drops (controls, frames). */
const SKIP = new Set(
  'script style noscript template svg math figcaption button select textarea input iframe object embed'.split(
    ' ',
  ),
);
const LAYOUT_INSIDE = 'p, div, h1, h2, h3, h4, h5, h6, ul, ol, table, blockquote, pre';
/** Stands for `<br>` while other whitespace collapses (a private-use character, never `\s`). */
const BR = '\ue000';
const COLLAPSE = /[\s\u200b]+/g;
const SOFT_HYPHEN = /\u00ad/g;

interface Walk {
  blocks: string[];
  line: string;
}

function clean(line: string): string {
  return line
    .replace(SOFT_HYPHEN, '')
    .replace(COLLAPSE, ' ')
    .replace(/ ?\ue000 ?/g, '\n')
    .trim();
}

function flush(walk: Walk): void {
  const text = clean(walk.line);
  if (text) walk.blocks.push(text);
  walk.line = '';
}

function skipped(el: Element): boolean {
  return (
    SKIP.has(el.localName) ||
    el.hasAttribute('data-caption') ||
    el.hasAttribute(EMBED_ATTR) || // a video's link (embeds.ts): not the story's text
    el.hasAttribute('hidden')
  );
}

/** Inline text of a node: `<br>` as newline, blocks inside it as spaces. */
function inlineText(node: Node): string {
  const walk: Walk = { blocks: [], line: '' };
  visitChildren(node, walk);
  flush(walk);
  return walk.blocks.join(' ');
}

function listText(list: Element, depth: number): string {
  const lines: string[] = [];
  const ordered = list.localName === 'ol';
  let n = ordered ? Number.parseInt(list.getAttribute('start') ?? '1', 10) || 1 : 1;
  const indent = '  '.repeat(depth);
  let loose: Walk = { blocks: [], line: '' };
  const flushLoose = () => {
    flush(loose);
    for (const block of loose.blocks) lines.push(`${indent}${block}`);
    loose = { blocks: [], line: '' };
  };
  for (let item = list.firstChild; item; item = item.nextSibling) {
    if (item.nodeType === 3) loose.line += (item as Text).data;
    if (item.nodeType !== 1) continue;
    const el = item as Element;
    if (el.localName !== 'li') {
      visitElement(el, loose, depth + 1);
      continue;
    }
    flushLoose();
    if (skipped(el)) continue;
    const walk: Walk = { blocks: [], line: '' };
    visitChildren(el, walk, depth + 1);
    flush(walk);
    const [first = '', ...rest] = walk.blocks;
    const marker = ordered ? `${n++}. ` : '- ';
    lines.push(`${indent}${marker}${first}`);
    // Nested lists arrive already indented; other blocks of the item continue under it.
    for (const block of rest) {
      lines.push(/^\s*(?:- |\d+\. )/.test(block) ? block : `${indent}  ${block}`);
    }
  }
  flushLoose();
  return lines.join('\n');
}

function tableText(table: Element): string {
  const rows: string[] = [];
  for (const row of table.querySelectorAll('tr')) {
    if (row.closest('table') !== table) continue;
    const cells = Array.from(row.children)
      .filter((c) => c.localName === 'td' || c.localName === 'th')
      .map((c) => clean(inlineText(c)).replace(/\n/g, ' '));
    if (cells.some(Boolean)) rows.push(cells.join('\t'));
  }
  return rows.join('\n');
}

/** Every character of a `<pre>` as written, `<br>` as a newline, skipped parts left out. */
function preText(pre: Element): string {
  let text = '';
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += (child as Text).data;
      else if (child.nodeType !== 1) continue;
      else if ((child as Element).localName === 'br') text += '\n';
      else if (!skipped(child as Element)) visit(child);
    }
  };
  visit(pre);
  // Native trimEnd is linear; `/\s+$/` is quadratic on a long run of spaces that is not at the end.
  return text.replace(SOFT_HYPHEN, '').replace(/^\n/, '').trimEnd();
}

function push(walk: Walk, block: string): void {
  flush(walk);
  if (block) walk.blocks.push(block);
}

function visitElement(el: Element, walk: Walk, depth: number): void {
  const tag = el.localName;
  if (skipped(el)) return;
  if (tag === 'br') {
    walk.line += BR;
  } else if (tag === 'pre') {
    push(walk, preText(el));
  } else if (tag === 'ul' || tag === 'ol') {
    push(walk, listText(el, depth));
  } else if (tag === 'table' && !el.querySelector(LAYOUT_INSIDE)) {
    const caption = el.querySelector('caption');
    push(walk, caption ? clean(inlineText(caption)) : '');
    push(walk, tableText(el));
  } else if (BLOCKS.has(tag) || tag === 'tr' || tag === 'td' || tag === 'th' || tag === 'table') {
    flush(walk);
    visitChildren(el, walk, depth);
    flush(walk);
  } else {
    visitChildren(el, walk, depth);
  }
}

function visitChildren(node: Node, walk: Walk, depth = 0): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) walk.line += (child as Text).data;
    else if (child.nodeType === 1) visitElement(child as Element, walk, depth);
  }
}

/** The clean text of an article body (an element or fragment), per the format above. */
export function articleText(root: Node): string {
  const walk: Walk = { blocks: [], line: '' };
  visitChildren(root, walk);
  flush(walk);
  return walk.blocks.join('\n\n');
}
