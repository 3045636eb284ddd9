/**
 * Chrome made of links to other pages: "Read more:" / related lists, "Most read" rails, tag
 * lists, breadcrumbs. Each needs a label *and* links, or class words *and* links, or a list of
 * teaser headlines at the very edge of the body — never a phrase alone, so a sentence that says
 * "read more about it in the report" stays.
 */
import type { ChromeKind } from '../../article';
import type { ChromeContext, ChromeHit, ChromeRule } from '../chrome-context';
import { chars } from '../../text/chars';
import {
  followingLinkBlocks,
  isHeading,
  isLinkBlock,
  linkDensity,
  teaserLinkCount,
} from '../chrome-dom';
import {
  CLASS_HINTS,
  RELATED_LABELS,
  TAG_LABELS,
  TOC_LABELS,
  TRENDING_LABELS,
} from '../../phrases/chrome-phrases';
import { compileHint, matchesHint, type CompiledHint } from '../class-words';
import { normalizeForMatch, phraseMatcher, type PhraseMatcher } from '../../phrases/phrase-match';
import { PROTECTED_LABEL_ATTRIBUTE } from '../../extract/protect-content';
import { isInPageLink } from './ui';

const RELATED = phraseMatcher(RELATED_LABELS);
const TRENDING = phraseMatcher(TRENDING_LABELS);
const TAGS = phraseMatcher(TAG_LABELS);
const LABEL_END = /^[\s:：\-–—|»›>.]/u;
/** Longer than this, a block is an article section rather than a rail. */
const MAX_LIST_CHARS = 3000;

function hit(kind: ChromeKind, reason: string, nodes: Element[]): ChromeHit {
  return { kind, reason, nodes };
}

/** The element's first child element holds exactly a label (`<strong>Read more</strong> <a>…`). */
function firstChildIsLabel(el: Element, labels: PhraseMatcher, ctx: ChromeContext): boolean {
  const first = el.firstElementChild;
  return !!first && ctx.stats(first).link === 0 && labels.isLabel(ctx.matchText(first));
}

/** A label followed by links inside one block: "Read more: <a>…</a>", or a box headed "Related". */
function labelledBlock(el: Element, labels: PhraseMatcher, ctx: ChromeContext): boolean {
  const s = ctx.stats(el);
  if (s.link === 0 || s.text > MAX_LIST_CHARS) return false;
  const text = ctx.matchText(el);
  const opening = labels.openingLength(text);
  if (!opening) return false;
  const labelled = LABEL_END.test(text.slice(opening)) || firstChildIsLabel(el, labels, ctx);
  const labelChars = chars(text.slice(0, opening));
  return labelled && s.link / Math.max(1, s.text - labelChars) >= 0.6;
}

/** Builds the rule for one family of labelled link lists. */
function labelledLinks(
  kind: ChromeKind,
  labels: PhraseMatcher,
  hint: CompiledHint | null,
  what: string,
): ChromeRule {
  return (el, ctx) => {
    const s = ctx.stats(el);
    // The list's label, read before Readability dropped it (extract/protect-content.ts).
    const label = el.getAttribute(PROTECTED_LABEL_ATTRIBUTE);
    if (label && labels.isLabel(normalizeForMatch(label)) && isLinkBlock(el, ctx)) {
      return hit(kind, `${what} label (removed by Readability) on a list of links`, [el]);
    }
    if (s.text <= 100 && labels.isLabel(ctx.matchText(el))) {
      const list = followingLinkBlocks(el, ctx);
      if (list.length) return hit(kind, `${what} label heads a list of links`, [el, ...list]);
      // A label with nothing after it is what remains of a rail whose links were dropped.
      if (ctx.atEnd(el)) return hit(kind, `${what} label at the end of the body`, [el]);
      return null;
    }
    if (labelledBlock(el, labels, ctx)) return hit(kind, `${what} label with its links`, [el]);
    if (hint && s.text <= MAX_LIST_CHARS && linkDensity(el, ctx) >= 0.5) {
      if (matchesHint(ctx.classWords(el), hint)) {
        return hit(kind, `${what} class on a block of links`, [el]);
      }
    }
    return null;
  };
}

export const relatedLinks = labelledLinks(
  'related',
  RELATED,
  compileHint(CLASS_HINTS.related),
  '"read more"/related',
);
export const trendingRail = labelledLinks(
  'trending',
  TRENDING,
  compileHint(CLASS_HINTS.trending),
  '"most read"/trending',
);
export const tagList = labelledLinks('navigation', TAGS, null, 'tags/topics');

const NAV_HINT = compileHint(CLASS_HINTS.navigation);
/** Where a topic kicker sits; list items and headings are the article's own. */
const KICKERS = new Set(['p', 'div', 'span', 'section', 'header']);
const TEASER_CONTAINERS = new Set(['ul', 'ol', 'div', 'section', 'aside', 'nav']);

/** A heading just before the element that is not itself chrome: "Sources", "Further steps". */
function hasContentHeading(el: Element, ctx: ChromeContext): boolean {
  const prev = el.previousElementSibling;
  if (!prev || !isHeading(prev)) return false;
  const text = ctx.matchText(prev);
  return !RELATED.isLabel(text) && !TRENDING.isLabel(text);
}

/** Unlabelled teaser lists at the edges of the body: other stories, not this one. */
export const edgeTeaserList: ChromeRule = (el, ctx) => {
  if (!TEASER_CONTAINERS.has(el.localName)) return null;
  const s = ctx.stats(el);
  if (s.text > MAX_LIST_CHARS || linkDensity(el, ctx) < 0.8) return null;
  if (!(ctx.atEnd(el) || ctx.atStart(el)) || hasContentHeading(el, ctx)) return null;
  const teasers = teaserLinkCount(el);
  if (teasers < 3) return null;
  return hit('related', `list of ${teasers} teaser links at the edge of the body`, [el]);
};

/** Breadcrumbs, pagination and `<nav>` blocks; and short link-only lines above the first paragraph. */
export const navigation: ChromeRule = (el, ctx) => {
  const s = ctx.stats(el);
  if (s.text > MAX_LIST_CHARS) return null;
  const role = el.getAttribute('role');
  if ((el.localName === 'nav' || role === 'navigation') && linkDensity(el, ctx) >= 0.5) {
    return hit('navigation', 'navigation block of links', [el]);
  }
  if (matchesHint(ctx.classWords(el), NAV_HINT) && isLinkBlock(el, ctx)) {
    return hit('navigation', 'breadcrumb/tags class on a block of links', [el]);
  }
  // A topic kicker ("Coastal flooding") is a few words; "Click for full results" is content.
  if (
    ctx.atStart(el) &&
    s.text <= 40 &&
    s.link >= s.text * 0.9 &&
    s.text > 0 &&
    KICKERS.has(el.localName)
  ) {
    const text = ctx.matchText(el);
    // A web address there is the story's source ("www.autoracing.com.br"), not a topic.
    if (text.split(' ').length <= 4 && !/[./]/.test(text) && !el.closest('figure')) {
      return hit('navigation', 'topic link above the article', [el]);
    }
  }
  return null;
};

const TOC = phraseMatcher(TOC_LABELS);
const TOC_HINT = compileHint(CLASS_HINTS.toc);
const TOC_CONTAINERS = new Set(['nav', 'ul', 'ol', 'div', 'section', 'aside', 'details']);

/** Its label: the element's own first child, or a short heading / line right before it. */
function tocLabel(el: Element, ctx: ChromeContext): Element | null {
  const first = el.firstElementChild;
  if (first && !first.querySelector('a') && TOC.isLabel(ctx.matchText(first))) return first;
  const prev = el.previousElementSibling;
  if (prev && ctx.stats(prev).text <= 60 && !prev.querySelector('a')) {
    if (TOC.isLabel(ctx.matchText(prev))) return prev;
  }
  return null;
}

/**
 * A table of contents: a block of links that mostly point into this very page (three or more),
 * with little else, labelled ("Contents", "In this article") or classed as such. The reader has
 * the headings themselves; a list of links to other pages is never this rule's.
 */
export const tableOfContents: ChromeRule = (el, ctx) => {
  if (!TOC_CONTAINERS.has(el.localName)) return null;
  const s = ctx.stats(el);
  if (s.links < 3 || s.text > MAX_LIST_CHARS || linkDensity(el, ctx) < 0.7) return null;
  let inPage = 0;
  for (const a of el.querySelectorAll('a')) if (isInPageLink(a)) inPage++;
  if (inPage < 3 || inPage < s.links * 0.8) return null;
  const label = tocLabel(el, ctx);
  if (label && label !== el.firstElementChild) {
    return hit('table-of-contents', 'table of contents with its label', [label, el]);
  }
  if (label || matchesHint(ctx.classWords(el), TOC_HINT) || el.localName === 'nav') {
    return hit('table-of-contents', 'table of contents: links into this page', [el]);
  }
  // Unlabelled, unclassed: only a list that links to the article's own headings.
  if (anchorsHeadings(el)) {
    return hit('table-of-contents', 'list of links to the article’s own headings', [el]);
  }
  return null;
};

/** Most in-page links of `el` point at headings of the same document. */
function anchorsHeadings(el: Element): boolean {
  const doc = el.ownerDocument;
  let targets = 0;
  let total = 0;
  for (const a of el.querySelectorAll('a')) {
    if (!isInPageLink(a)) continue;
    total++;
    const id = decodeURIComponent((a.getAttribute('href') ?? '').split('#')[1] ?? '');
    const target = id ? doc.getElementById(id) : null;
    if (target && (isHeading(target) || target.querySelector('h2, h3, h4'))) targets++;
  }
  return total >= 3 && targets >= total * 0.6;
}
