/**
 * Removes the chrome Readability leaves in its article and says what went and why. Rules run on
 * each element outermost-first, so a whole share bar goes as one block rather than link by link;
 * the element holding most of the article's own text (and every ancestor of it) is never
 * removed, and the walk never descends into paragraphs, headings, figures, tables or quotes —
 * chrome there would be part of a sentence, and embedded posts and pull quotes are content.
 * Captions stay in the HTML; the text builder leaves them out of `text`.
 */
import type { Removal } from './article';
import {
  createChromeContext,
  type ChromeContext,
  type ChromeHints,
  type ChromeRule,
} from './chrome-context';
import { displayText } from './chrome-dom';
import { browserNotice, cookieNotice, followPromo, newsletterBox } from './chrome-rules-promos';
import {
  edgeTeaserList,
  navigation,
  relatedLinks,
  tagList,
  trendingRail,
} from './chrome-rules-lists';
import { advertisement, dateline, toolbar } from './chrome-rules-ui';

export type { ChromeHints } from './chrome-context';

/** In order: the most specific evidence first, broad structural rules last. */
const RULES: readonly ChromeRule[] = [
  advertisement,
  toolbar,
  cookieNotice,
  browserNotice,
  followPromo,
  newsletterBox,
  trendingRail,
  relatedLinks,
  tagList,
  edgeTeaserList,
  navigation,
  dateline,
];

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

function firstHit(el: Element, ctx: ChromeContext) {
  for (const rule of RULES) {
    const hit = rule(el, ctx);
    if (hit) return hit;
  }
  return null;
}

function visit(parent: Element, ctx: ChromeContext, removed: Removal[]): void {
  for (const el of Array.from(parent.children)) {
    // A rule may already have taken this element as part of a labelled list.
    if (el.parentNode !== parent || INLINE.has(el.localName) || CONTENT.has(el.localName)) continue;
    if (!ctx.isProtected(el)) {
      const hit = firstHit(el, ctx);
      if (hit) {
        removed.push({ kind: hit.kind, reason: hit.reason, text: displayText(hit.nodes) });
        for (const node of hit.nodes) node.remove();
        continue;
      }
    }
    if (!NO_DESCENT.has(el.localName) && el.firstElementChild) visit(el, ctx, removed);
  }
}

/**
 * Removes chrome from `root` (Readability's article element) in place and returns what it
 * removed, in document order. `hints` (the page's title, byline, site name) let it recognise
 * the header repeated inside the body.
 */
export function stripChrome(root: Element, hints: ChromeHints = {}): Removal[] {
  const ctx = createChromeContext(root, hints);
  const removed: Removal[] = [];
  visit(root, ctx, removed);
  return removed;
}
