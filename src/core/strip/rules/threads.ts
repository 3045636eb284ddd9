/**
 * The chrome of forum threads, recognised by repetition and shape, never by wording: the
 *
 * quotes of earlier posts. A reply that quotes a post shown above it repeats that post's text
 * word for word (boards show the copy collapsed, or under "… said:"), so the thread would read
 * every quoted post twice. A block whose lines were all said earlier in the article goes — in a
 * thread (the article is a run of posts: extract/threads.ts, extract/post-shapes.ts) any block,
 * elsewhere only one marked as a quote, never a pull quote; the reply's own words stay, and
 * "Show removed" brings a quote back where it was.
 *
 * (A rule for posters' signatures was tried here and taken out: it lowered F1 on the bench's
 * held-back fifth.)
 *
 * Invented example: post 1 says "The bridge opens on Monday after two years of works."; post 4
 * holds `<div class="q">Ana · 3 May<p>The bridge opens on Monday after two years of works.</p>
 * </div><p>Good news for the cyclists.</p>`: the `div` goes, "Good news …" stays.
 */
import type { ChromeContext, ChromeRule } from '../chrome-context';

/** Lines shorter than this are not looked for earlier … */
const MIN_PART = 40;
/** … and the parts found earlier hold at least this many characters: "+1" is not a quote. */
const MIN_QUOTED = 80;
/** Before the quoted lines, a header ("Ana wrote: 3 May 2024, 10:12") of at most this much. */
const MAX_HEADER = 80;
/** Share of the block's text that must be repeated parts (its header line is the rest). */
const MIN_SHARE = 0.7;
const BLOCKS = new Set(['div', 'blockquote', 'section', 'aside', 'article', 'figure']);

interface Line {
  text: string;
  /** All of it is the text of links or buttons ("Click to expand…"). */
  control: boolean;
  /** Where it begins in the article's text without white space. */
  at: number;
}

interface ThreadText {
  /** The article's text without white space, in document order. */
  text: string;
  /** Where each block's text begins in `text`. */
  starts: Map<Element, number>;
  /** Where each line of the article first begins in `text`. */
  firstAt: Map<string, number>;
}

/** Elements that end a line of text: blocks, `<br>`, and a quote's `<cite>` header. */
const LINE_BREAKS = new Set([
  ...BLOCKS,
  ...'p li pre h1 h2 h3 h4 h5 h6 td tr br cite dd dt'.split(' '),
]);
const CONTROLS = new Set(['a', 'button', 'summary']);
const compact = (s: string | null) => (s ?? '').replace(/\s+/g, '');

/**
 * One walk over `root`: its lines, as a reader sees the text broken, and where each of its
 * blocks begins (`starts`, when asked for).
 */
function readLines(root: Element, starts?: Map<Element, number>) {
  const lines: Line[] = [];
  const chunks: string[] = [];
  let length = 0;
  let line = '';
  let at = 0;
  let control = true;
  const end = () => {
    if (line) lines.push({ text: line, control, at });
    line = '';
    at = length;
    control = true;
  };
  const walk = (node: Node, inControl: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const part = compact(child.nodeValue);
        if (!part) continue;
        if (!line) at = length;
        line += part;
        chunks.push(part);
        length += part.length;
        if (!inControl) control = false;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const breaks = LINE_BREAKS.has(el.localName);
        if (breaks) end();
        if (starts && BLOCKS.has(el.localName)) starts.set(el, length);
        walk(el, inControl || CONTROLS.has(el.localName));
        if (breaks) end();
      }
    }
  };
  walk(root, false);
  end();
  return { lines, text: chunks.join('') };
}

const texts = new WeakMap<ChromeContext, ThreadText>();

function threadText(ctx: ChromeContext): ThreadText {
  let known = texts.get(ctx);
  if (known) return known;
  const starts = new Map<Element, number>();
  const { lines, text } = readLines(ctx.root, starts);
  const firstAt = new Map<string, number>();
  for (const line of lines) if (!firstAt.has(line.text)) firstAt.set(line.text, line.at);
  known = { text, starts, firstAt };
  texts.set(ctx, known);
  return known;
}

/**
 * A quote of someone, as boards mark it (`<blockquote>`, a class word "quote"), and not an
 * article's pull quote, which repeats a line of the story by design.
 */
function isQuote(el: Element, ctx: ChromeContext): boolean {
  const { words } = ctx.classWords(el);
  if (words.has('pull') || words.has('pullquote')) return false;
  return el.localName === 'blockquote' || words.has('quote');
}

export const quotedPost: ChromeRule = (el, ctx) => {
  if (!BLOCKS.has(el.localName) || el === ctx.root) return null;
  // In a thread any block of a reply; elsewhere only what is marked as a quote.
  if (!ctx.hints.thread && !isQuote(el, ctx)) return null;
  const s = ctx.stats(el);
  if (s.text < MIN_QUOTED) return null;
  const thread = threadText(ctx);
  const start = thread.starts.get(el);
  if (start === undefined || start < MIN_QUOTED) return null;
  // A whole line said before is looked up; part of one (a reply quoting a sentence) is searched
  // for only in what is marked as a quote: a thread's every block is not read against it all.
  const partial = isQuote(el, ctx);
  const earlier = (line: string) => {
    if (line.length < MIN_PART) return false;
    const at = thread.firstAt.get(line) ?? (partial ? thread.text.indexOf(line) : -1);
    return at >= 0 && at + line.length <= start;
  };
  let quoted = 0;
  let header = 0;
  for (const { text: line, control } of readLines(el).lines) {
    if (earlier(line)) quoted += line.length;
    // Words of the reader's own keep the block: any after the quote began, apart from a
    // "show more" control, and more than a header's before it.
    else if (quoted > 0 ? !control : (header += line.length) > MAX_HEADER) return null;
  }
  if (quoted < MIN_QUOTED || quoted < MIN_SHARE * s.text) return null;
  return {
    kind: 'quoted-post',
    reason: 'a quote of a post shown earlier in the thread',
    nodes: [el],
  };
};
