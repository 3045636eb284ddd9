/**
 * Removes the chrome Readability leaves in its article and says what went and why. Rules run on
 * each element outermost-first, so a whole share bar goes as one block rather than link by link;
 * the element holding most of the article's own text (and every ancestor of it) is never
 * removed, and the walk never descends into paragraphs, headings, figures, tables or quotes —
 * chrome there would be part of a sentence, and embedded posts and pull quotes are content.
 * (Paragraphs get one narrow look inside, for hover cards: see rules/inline.ts.)
 * Captions stay in the HTML, marked; the text builder leaves them out of `text`.
 * Once a pass has removed something, the blocks now at the edges of the body get a second look:
 * a bio box is "at the end" only once the teaser cards after it are gone.
 */
import { REMOVED_MARKER } from '../article';
import type { Removal } from '../article';
import {
  createChromeContext,
  type ChromeContext,
  type ChromeHints,
  type ChromeHit,
} from './chrome-context';
import { displayText } from './chrome-dom';
import { isKept } from '../fixes/apply';
import {
  BROAD_RULES,
  HOVER_CARDS,
  QUOTED_POSTS,
  SPECIFIC_RULES,
  type RegisteredRule,
} from './registry';

export type { ChromeHints } from './chrome-context';

/** Every rule, in order: the most specific evidence first, broad structural rules last. */
export const ALL_RULES: readonly RegisteredRule[] = [...SPECIFIC_RULES, ...BROAD_RULES];

/** Tested as a whole, never entered: what is inside them is the article's, or part of a sentence. */
const NO_DESCENT = new Set(
  'p pre h1 h2 h3 h4 h5 h6 figure table svg math picture video audio'.split(' '),
);
/** Content whatever its words: embedded posts and pull quotes quote others, links and all. */
const CONTENT = new Set(['blockquote', 'pre', 'code']);
/** Phrasing elements: their block is tested instead. */
const INLINE = new Set(
  'a abbr b bdi bdo br cite code data dfn em i img kbd mark q s samp small strong sub sup time u var wbr source track input button label select textarea'.split(
    ' ',
  ),
);

/** Where a removed block was: a `<template>` (inert, never text, dropped by the sanitiser). */
export { REMOVED_MARKER };

/** A removed block kept for "show removed parts": its nodes, and the marker left in its place. */
export interface RemovedPart {
  nodes: Element[];
  marker: Element;
}

export interface StripOptions {
  /** The rules to run (default: all). The truncation guard retries with fewer. */
  rules?: readonly RegisteredRule[];
  /** Rule ids not to run (the bench's ablation: what each rule is worth). */
  skipRules?: ReadonlySet<string>;
  /** When given, each removed block is kept here and a marker is left where it was. */
  keep?: RemovedPart[];
  /** Elements no rule may remove (a site's 'keep' fixes, fixes/apply.ts), with what holds them. */
  kept?: string | null;
}

interface Pass {
  ctx: ChromeContext;
  rules: readonly RegisteredRule[];
  hoverCards: boolean;
  quotedPosts: boolean;
  removed: Removal[];
  keep: RemovedPart[] | undefined;
  kept: string | null | undefined;
}

interface RuleHit extends ChromeHit {
  rule: string;
}

function firstHit(el: Element, pass: Pass): RuleHit | null {
  for (const rule of pass.rules) {
    const hit = rule.test(el, pass.ctx);
    if (hit) return { ...hit, rule: rule.id };
  }
  return null;
}

function apply(hit: RuleHit, pass: Pass): void {
  if (hit.kind === 'caption') {
    for (const node of hit.nodes) node.setAttribute('data-caption', '');
    return;
  }
  const first = hit.nodes[0];
  if (pass.keep && first) {
    const marker = first.ownerDocument.createElement('template');
    marker.setAttribute(REMOVED_MARKER, String(pass.removed.length));
    first.before(marker);
    pass.keep.push({ nodes: hit.nodes, marker });
  }
  const text = displayText(hit.nodes);
  pass.removed.push({ kind: hit.kind, rule: hit.rule, reason: hit.reason, text });
  for (const node of hit.nodes) node.remove();
}

/** Tests `el` (unless protected) and applies a hit; true when `el` is settled and not to be entered. */
function test(el: Element, pass: Pass): boolean {
  if (pass.ctx.isProtected(el) || isKept(el, pass.kept)) return false;
  const hit = firstHit(el, pass);
  if (!hit) return false;
  apply(hit, pass);
  return true;
}

/** A thread's quote of its own earlier post (rules/threads.ts); true when it went. */
function quotedPost(el: Element, pass: Pass): boolean {
  if (!pass.quotedPosts || pass.ctx.isProtected(el) || isKept(el, pass.kept)) return false;
  const hit = QUOTED_POSTS.test(el, pass.ctx);
  if (hit) apply({ ...hit, rule: QUOTED_POSTS.id }, pass);
  return !!hit;
}

/** Text beside `node` that is more than white space: `node` sits inside a line of text. */
function hasTextBeside(node: Element): boolean {
  for (const side of [node.previousSibling, node.nextSibling]) {
    if (side?.nodeType === 3 && (side.textContent ?? '').trim()) return true;
  }
  return false;
}

/** A link standing between blocks as a line of its own (`<body><a href="#main">Skip…</a><div>`). */
function isLooseLink(el: Element): boolean {
  return el.localName === 'a' && !!el.parentElement?.firstElementChild && !hasTextBeside(el);
}

function visit(parent: Element, pass: Pass): void {
  for (const el of Array.from(parent.children)) {
    // A rule may already have taken this element as part of a labelled list.
    if (el.parentNode !== parent) continue;
    if (CONTENT.has(el.localName)) {
      if (el.localName === 'blockquote') quotedPost(el, pass);
      continue;
    }
    if (INLINE.has(el.localName) && !isLooseLink(el)) continue;
    if (test(el, pass) || quotedPost(el, pass)) continue;
    if (el.localName === 'p' && pass.hoverCards) {
      const hit = HOVER_CARDS.test(el, pass.ctx);
      if (hit) apply({ ...hit, rule: HOVER_CARDS.id }, pass);
    }
    if (!NO_DESCENT.has(el.localName) && el.firstElementChild) visit(el, pass);
  }
}

/** Second look at the blocks before the first and after the last prose still in place. */
function visitEdges(parent: Element, pass: Pass): void {
  const { ctx } = pass;
  for (const el of Array.from(parent.children)) {
    if (el.parentNode !== parent || INLINE.has(el.localName) || CONTENT.has(el.localName)) continue;
    const atEdge = ctx.atEnd(el) || ctx.atStart(el);
    if (!atEdge) continue;
    if (test(el, pass)) continue;
    if (!NO_DESCENT.has(el.localName) && el.firstElementChild) visitEdges(el, pass);
  }
}

/**
 * Removes chrome from `root` (Readability's article element) in place and returns what it
 * removed, in document order. `hints` (the page's title, byline, site name) let it recognise
 * the header repeated inside the body.
 */
export function stripChrome(
  root: Element,
  hints: ChromeHints = {},
  options: StripOptions = {},
): Removal[] {
  const ctx = createChromeContext(root, hints);
  const skip = options.skipRules;
  const rules = options.rules ?? ALL_RULES;
  const pass: Pass = {
    ctx,
    rules: skip?.size ? rules.filter((rule) => !skip.has(rule.id)) : rules,
    hoverCards: !skip?.has(HOVER_CARDS.id),
    // Broad (it decides from repetition): not in the truncation guard's second, narrower pass.
    quotedPosts: !skip?.has(QUOTED_POSTS.id) && rules === ALL_RULES,
    removed: [],
    keep: options.keep,
    kept: options.kept,
  };
  visit(root, pass);
  if (pass.removed.length && ctx.settle()) visitEdges(root, pass);
  return pass.removed;
}
