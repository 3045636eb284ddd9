/**
 * Content protection: what Readability drops from inside the article although it is the article.
 *
 * Readability's unlikely-candidate filter removes every element whose class or id says "header",
 * "meta" or "related" (a live blog's per-update `<header>` with its time and heading, a subheading
 * styled `section-header`), `_clean` removes every `<aside>` and `<footer>` (a pull quote), and
 * conditional cleaning or sibling scoring leaves out a standfirst in its own container or a
 * summary box. Changing its word lists for every page costs more than it brings, so this pass is
 * targeted: before Readability runs it notes, inside the likely article only, the few kinds of
 * block that are content (`protect`); after it ran, it puts back those that were dropped *while
 * the text next to them was kept* (`restore`) — a dropped rail stays dropped, because its
 * neighbours went with it.
 *
 * It also reads list labels before they go: a "Related topics" heading (or an `aria-labelledby`
 * / `data-*` label) that Readability removes with its class is copied onto the list as
 * `data-cp-label`, so the chrome rules still know what the list is.
 */

import { ARTICLE_ELEMENTS } from './article-scope';
import { RELATED_LABELS, TAG_LABELS, TRENDING_LABELS } from '../phrases/chrome-phrases';
import { normalizeForMatch, phraseMatcher } from '../phrases/phrase-match';
import { chars } from '../text/chars';

/** A heading that is a rail's label ("Most read", "Related") is chrome, whatever follows it. */
const RAIL_LABELS = phraseMatcher(RELATED_LABELS, TRENDING_LABELS, TAG_LABELS);

/** Where the article is, when the page says so. Nothing is protected outside these. */
const SCOPES = ARTICLE_ELEMENTS;
/** Elements that mark a position in the document: a restored block goes back among them. */
const ANCHORS = new Set('p h1 h2 h3 h4 h5 h6 pre blockquote figure table ul ol dl img'.split(' '));
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
/** Readability's own word lists (0.6.0), to foresee which blocks its filters will take. */
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const OK_MAYBE = /and|article|body|column|content|main|shadow/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
/** Class words of a lead / standfirst / summary box. */
const LEAD_HINT =
  /(?:^|[\s_-])(?:standfirst|lede|lead|dek|deck|summary|intro|subtitle|subheadline|strapline|abstract|excerpt|key-?points|takeaways|highlights|faq)(?:$|[\s_-])/i;
/** Class words that say a block is chrome whatever else it holds: never restored. */
const CHROME_HINT =
  /(?:^|[\s_-])(?:share|social|newsletter|signup|subscribe|promo|advert|ad|ads|sponsor|related|recommend|trending|popular|comments?|nav|menu|breadcrumbs?|tags?|author-bio|bio|footer-links)(?:$|[\s_-])/i;
const PULL_QUOTE_HINT = /quote/i;
/** A header unit (time, heading, one line) is short; a standfirst or summary box a paragraph or few. */
const MAX_HEADER_CHARS = 300;
const MAX_BOX_CHARS = 1500;

const LABEL = 'data-cp-label';

type UnitKind = 'header' | 'heading' | 'quote' | 'lead';

interface Unit {
  kind: UnitKind;
  /** The unit as it was before Readability ran, to put back. */
  copy: Element;
  /** The sequence numbers of its first and last anchor (inclusive): its place in the document. */
  first: number;
  last: number;
}

/** What `protect` noted; `restore` needs it after Readability ran. */
export interface Protection {
  units: Unit[];
  /** Each anchor's place in the document, by identity. */
  seqs: Map<Element, number>;
}

function matchString(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id}`;
}

function linkChars(el: Element): number {
  let n = 0;
  for (const a of el.querySelectorAll('a')) n += chars(a.textContent);
  return n;
}

/** Readability will take it away: its class/id, its tag, or the class weight of a heading. */
function readabilityDrops(el: Element): boolean {
  const words = matchString(el);
  if (UNLIKELY.test(words) && !OK_MAYBE.test(words)) return true;
  return el.localName === 'aside' || el.localName === 'footer' || el.localName === 'header';
}

/** Cheap test first: only these can be units, so most elements cost one tag and class look. */
function mayBeUnit(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'aside' || tag === 'header' || tag === 'footer') return true;
  const words = matchString(el);
  if (words.length <= 1) return false;
  return (
    UNLIKELY.test(words) || LEAD_HINT.test(words) || (HEADINGS.has(tag) && NEGATIVE.test(words))
  );
}

function unitKind(el: Element, title: string): UnitKind | null {
  const tag = el.localName;
  const words = matchString(el);
  if (CHROME_HINT.test(words)) return null;
  if (el.querySelector('h1')) return null; // the title's own header: Readability shows the title
  if (el.querySelector('nav, form, button, input, iframe')) return null;
  const text = chars(el.textContent);
  if (text === 0) return null;
  const links = linkChars(el);
  if (HEADINGS.has(tag)) {
    const heading = (el.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
    if (title.includes(heading)) return null; // a repeat of the title, rightly dropped
    if (RAIL_LABELS.isLabel(normalizeForMatch(heading))) return null;
    return text <= MAX_HEADER_CHARS && links < text * 0.5 ? 'heading' : null;
  }
  if (links > text * 0.3) return null;
  if (tag === 'aside' && text <= MAX_BOX_CHARS) {
    const quoted = el.querySelector('blockquote, q') || PULL_QUOTE_HINT.test(words);
    if (quoted) return 'quote';
  }
  // A teaser's cut-off summary ("Two people were…") is not a standfirst.
  const ellipsis = /(?:\.\.\.|…)\s*$/.test(el.textContent ?? '');
  if (LEAD_HINT.test(words) && text <= MAX_BOX_CHARS && !ellipsis) return 'lead';
  if (
    readabilityDrops(el) &&
    text <= MAX_HEADER_CHARS &&
    el.querySelector('time, h2, h3, h4, h5, h6') &&
    el.querySelectorAll('p').length <= 1
  ) {
    return 'header';
  }
  return null;
}

/**
 * Copies a list's label onto it before Readability removes the label (see the file comment):
 * an `aria-labelledby` target's text, or a heading right before it whose class Readability's
 * filter takes.
 */
function noteLabel(el: Element, doc: Document): void {
  const ids = el.getAttribute('aria-labelledby');
  let label = '';
  if (ids) {
    label = ids
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  } else if (el.localName === 'ul' || el.localName === 'ol') {
    const prev = el.previousElementSibling;
    if (prev && /^h[2-6]$/.test(prev.localName) && UNLIKELY.test(matchString(prev))) {
      label = (prev.textContent ?? '').trim();
    }
  }
  if (label && label.length <= 100) el.setAttribute(LABEL, label);
}

/**
 * Before Readability: numbers the anchors of the likely article and copies its content units.
 * Returns null (and changes nothing but labels) when the page marks no article. Numbers are
 * kept by element identity, not written into the page: Readability returns the page's own
 * nodes (on the rare retry from its cached HTML they are new ones, and nothing is restored).
 */
export function protect(doc: Document, found?: readonly Element[]): Protection | null {
  const scopes = (found ?? Array.from(doc.querySelectorAll(SCOPES))).filter(
    (el) => !el.parentElement?.closest(SCOPES),
  );
  if (!scopes.length) return null;
  const title = (doc.title ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  const seqs = new Map<Element, number>();
  let seq = 0;
  const units: Unit[] = [];
  let open: { unit: Unit; el: Element } | null = null;
  const close = () => {
    if (!open) return;
    const { unit, el } = open;
    unit.last = seq;
    if (unit.last < unit.first) {
      // No anchor of its own (a `<header>` of a `<time>` and a `<div>`): it sits between two.
      unit.first = unit.last = seq + 0.5;
      seqs.set(el, unit.first);
    }
    unit.copy = el.cloneNode(true) as Element;
    open = null;
  };
  for (const scope of scopes) {
    for (const el of scope.querySelectorAll('*')) {
      if (open && !open.el.contains(el)) close();
      noteLabel(el, doc);
      const anchor = ANCHORS.has(el.localName);
      if (anchor) seqs.set(el, ++seq);
      if (open || !mayBeUnit(el)) continue;
      const kind = unitKind(el, title);
      if (!kind) continue;
      const unit: Unit = { kind, copy: el, first: anchor ? seq : seq + 1, last: -1 };
      units.push(unit);
      open = { unit, el };
    }
    close();
  }
  return { units, seqs };
}

/**
 * The unit as Readability would have left it: no scripts, styles or hidden parts, links and
 * images absolute (Readability fixes relative URLs only in what it returns).
 */
function cleanCopy(unit: Element, base: string): Element {
  const copy = unit.cloneNode(true) as Element;
  for (const el of copy.querySelectorAll('script, style, noscript, template, [hidden]'))
    el.remove();
  const absolute = (el: Element, name: string) => {
    const value = el.getAttribute(name);
    if (!value || value.startsWith('#')) return;
    try {
      el.setAttribute(name, new URL(value, base).href);
    } catch {
      el.removeAttribute(name);
    }
  };
  for (const a of copy.querySelectorAll('a[href]')) absolute(a, 'href');
  for (const img of copy.querySelectorAll('img[src]')) absolute(img, 'src');
  return copy;
}

/** The outermost element that starts (or ends) with `el` inside `root`: where to insert. */
function edgeAncestor(el: Element, root: Element, side: 'first' | 'last'): Element {
  let at = el;
  while (at.parentElement && at.parentElement !== root) {
    const parent = at.parentElement;
    const edge = side === 'first' ? parent.firstElementChild : parent.lastElementChild;
    if (edge !== at || parent.localName === 'li') break;
    at = parent;
  }
  return at;
}

/**
 * After Readability: puts back each protected unit it dropped whose next kept anchor directly
 * follows it (a heading or header belongs to the text after it; a quote or lead needs text on
 * both sides, or the first kept text after a lead). Then removes the sequence numbers.
 */
export function restore(root: Element, protection: Protection | null): number {
  if (!protection) return 0;
  const kept = new Map<number, Element>();
  const { seqs } = protection;
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    const n = seqs.get(el);
    if (n !== undefined) kept.set(n, el);
  }
  const keptSeqs = Array.from(kept.keys()).sort((a, b) => a - b);
  let restored = 0;
  for (const unit of protection.units) {
    if (keptSeqs.some((s) => s >= unit.first && s <= unit.last)) continue; // (part of) it stayed
    const nextSeq = keptSeqs.find((s) => s > unit.last);
    const prevSeq = [...keptSeqs].reverse().find((s) => s < unit.first);
    const next = nextSeq === undefined ? undefined : kept.get(nextSeq);
    const prev = prevSeq === undefined ? undefined : kept.get(prevSeq);
    // The next kept anchor must be the one right after the unit, or the unit is far from the text.
    const adjacentNext = next && nextSeq !== undefined && nextSeq <= Math.floor(unit.last) + 2;
    if (!next || next === root || !adjacentNext) continue;
    if (unit.kind === 'quote' && !prev) continue;
    const copy = cleanCopy(unit.copy, root.ownerDocument.baseURI);
    edgeAncestor(next, root, 'first').before(copy);
    restored++;
  }
  return restored;
}

/** Removes the labels `protect` wrote (after the chrome rules read them). */
export function dropLabels(root: Element): void {
  for (const el of root.querySelectorAll(`[${LABEL}]`)) el.removeAttribute(LABEL);
}

export const PROTECTED_LABEL_ATTRIBUTE = LABEL;
