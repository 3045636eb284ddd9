/**
 * What the chrome rules know about Readability's output, measured in one walk (O(n)): each
 * element's text and link-text size, its position, and where the article's prose begins and ends.
 */
import { spacedText } from './chrome-dom';
import { classWords, type ClassWords } from './class-words';
import { normalizeForMatch } from '../phrases/phrase-match';
import { isSpace, PROSE_CHARS } from '../text/chars';

export interface BlockStats {
  /** Non-whitespace characters of text inside the element. */
  text: number;
  /** The part of `text` inside links. */
  link: number;
  /** Links (`<a>`) inside, and headings that are (mostly) a link: teaser headlines. */
  links: number;
  headlines: number;
  /** Whitespace characters inside: a long text without any is an address, not prose. */
  spaces: number;
  /** Pre-order position, and the position of its last descendant. */
  order: number;
  end: number;
}

/** What the page says about itself, so the body's repeats of it can be recognised. */
export interface ChromeHints {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  /** The article is a thread of posts (extract/threads.ts, extract/post-shapes.ts). */
  thread?: boolean;
}

export interface ChromeContext {
  root: Element;
  hints: ChromeHints;
  stats(el: Element): BlockStats;
  /** The element's text normalised for phrase matching (memoised). */
  matchText(el: Element): string;
  classWords(el: Element): ClassWords;
  /** Holds most of the article's own (non-link) text: never removed, nor its ancestors. */
  isProtected(el: Element): boolean;
  /** No paragraph of prose comes before the element. */
  atStart(el: Element): boolean;
  /** No paragraph of prose comes after the element. */
  atEnd(el: Element): boolean;
  /**
   * After removals, moves the start and end of the body to the first and last prose still in
   * place (a bio box is at the end once the teaser cards after it are gone). True if either moved.
   */
  settle(): boolean;
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template']);
const EMPTY: BlockStats = {
  text: 0,
  link: 0,
  links: 0,
  headlines: 0,
  spaces: 0,
  order: -1,
  end: -1,
};
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Text written without spaces (Chinese, Japanese, Thai) starts about here. */
const UNSPACED_FROM = 0x0e00;

/** Adds the text node's visible characters and spaces to `s` (and to `s.link` inside links). */
function countChars(data: string, s: BlockStats, link: boolean): number {
  let n = 0;
  let spaces = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (!isSpace(c)) n++;
    else spaces++;
    // Unspaced scripts count as spaced: a paragraph of Chinese is prose.
    if (c >= UNSPACED_FROM) spaces++;
  }
  s.text += n;
  s.spaces += spaces;
  if (link) s.link += n;
  return n;
}

interface Walk {
  stats: Map<Element, BlockStats>;
  next: number;
  firstProse: number;
  lastProse: number;
  prose: Element[];
}

/**
 * Prose is paragraphs, or text written straight into a block between `<br>`s; not headings
 * (a standfirst is not where the story starts) nor a long web address without a space.
 */
function isProse(el: Element, s: BlockStats, own: number): boolean {
  if (s.link * 2 >= s.text || s.spaces < 3 || HEADINGS.has(el.localName)) return false;
  return el.localName === 'p' ? s.text - s.link >= PROSE_CHARS : own >= PROSE_CHARS;
}

/** A heading whose text is mostly a link to another page: a teaser card's headline. */
function isHeadline(el: Element, s: BlockStats): boolean {
  return HEADINGS.has(el.localName) && s.link >= 15 && s.link >= s.text * 0.6;
}

function measure(el: Element, inLink: boolean, walk: Walk): BlockStats {
  const s: BlockStats = { ...EMPTY, order: walk.next++ };
  const isLink = el.localName === 'a';
  const link = inLink || isLink;
  let own = 0;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      const c = countChars((n as Text).data, s, link);
      if (!link) own += c;
    } else if (n.nodeType === 1 && !SKIPPED.has((n as Element).localName)) {
      const child = measure(n as Element, link, walk);
      s.text += child.text;
      s.link += child.link;
      s.links += child.links;
      s.headlines += child.headlines;
      s.spaces += child.spaces;
    }
  }
  if (isLink) s.links++;
  if (isHeadline(el, s)) s.headlines++;
  s.end = walk.next - 1;
  walk.stats.set(el, s);
  if (isProse(el, s, own)) {
    if (walk.firstProse < 0) walk.firstProse = s.order;
    walk.lastProse = s.order;
    walk.prose.push(el);
  }
  return s;
}

function settle(walk: Walk, root: Element): boolean {
  // Prose is pushed in document order, parents after their children: the order field decides.
  const kept = walk.prose.filter((el) => root.contains(el));
  if (!kept.length) return false;
  let first = Infinity;
  let last = -1;
  for (const el of kept) {
    const order = walk.stats.get(el)?.order ?? -1;
    first = Math.min(first, order);
    last = Math.max(last, order);
  }
  const moved = first !== walk.firstProse || last !== walk.lastProse;
  walk.firstProse = first;
  walk.lastProse = last;
  return moved;
}

export function createChromeContext(root: Element, hints: ChromeHints = {}): ChromeContext {
  const walk: Walk = { stats: new Map(), next: 0, firstProse: -1, lastProse: -1, prose: [] };
  const rootStats = measure(root, false, walk);
  const articleText = rootStats.text - rootStats.link;
  const texts = new Map<Element, string>();
  const classes = new Map<Element, ClassWords>();
  const stats = (el: Element) => walk.stats.get(el) ?? EMPTY;
  return {
    root,
    hints,
    stats,
    matchText(el) {
      let text = texts.get(el);
      if (text === undefined) texts.set(el, (text = normalizeForMatch(spacedText(el))));
      return text;
    },
    classWords(el) {
      let words = classes.get(el);
      if (!words) classes.set(el, (words = classWords(el)));
      return words;
    },
    isProtected(el) {
      if (el === root) return true;
      const s = stats(el);
      return articleText > 0 && (s.text - s.link) * 2 >= articleText;
    },
    atStart: (el) => walk.firstProse >= 0 && stats(el).order <= walk.firstProse,
    atEnd: (el) => walk.lastProse >= 0 && stats(el).end >= walk.lastProse,
    settle: () => settle(walk, root),
  };
}

/** What a rule found: the elements to take out, the kind of chrome, and why, in words. */
export interface ChromeHit {
  kind: import('../article').ChromeKind;
  reason: string;
  nodes: Element[];
}

/** A rule looks at one element (outermost first) and says whether it is chrome. */
export type ChromeRule = (el: Element, ctx: ChromeContext) => ChromeHit | null;
