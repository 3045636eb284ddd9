/** Structural tests the chrome rules share: link density, link lists, headings, social links. */
import type { ChromeContext } from './chrome-context';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LISTS = new Set(['ul', 'ol', 'dl']);

export function isHeading(el: Element): boolean {
  return HEADINGS.has(el.localName);
}

export function linkDensity(el: Element, ctx: ChromeContext): number {
  const s = ctx.stats(el);
  return s.text ? s.link / s.text : 0;
}

/** A block that is (almost) all link text: a teaser headline, or a list of them. */
export function isLinkBlock(el: Element, ctx: ChromeContext): boolean {
  const s = ctx.stats(el);
  if (!s.text || s.link === 0) return false;
  return s.link / s.text >= (LISTS.has(el.localName) ? 0.6 : 0.75);
}

/** The next element sibling, unless real text stands between them. */
function nextBlock(el: Element): Element | null {
  for (let n = el.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 1) return n as Element;
    if (n.nodeType === 3 && (n as Text).data.trim()) return null;
  }
  return null;
}

/** The run of link blocks right after a label (images between them included). */
export function followingLinkBlocks(label: Element, ctx: ChromeContext): Element[] {
  const run: Element[] = [];
  let pending: Element[] = [];
  for (let el = nextBlock(label); el; el = nextBlock(el)) {
    if (isLinkBlock(el, ctx)) {
      run.push(...pending, el);
      pending = [];
    } else if (ctx.stats(el).text === 0 && !isHeading(el)) {
      pending.push(el);
    } else break;
  }
  return run;
}

const SHARE_HREF =
  /(?:sharer|share(?:Article)?\?|\/share\b|intent\/(?:tweet|post)|\/send\?|whatsapp:\/\/|mailto:\?|pin\/create|reddit\.com\/submit|shareArticle|addtoany|t\.me\/share)/i;
const SOCIAL_HREF =
  /^(?:https?:)?\/\/(?:[\w-]+\.)*(?:news\.google\.com|t\.me|telegram\.me|whatsapp\.com|wa\.me|facebook\.com|fb\.com|twitter\.com|x\.com|instagram\.com|youtube\.com|tiktok\.com|linkedin\.com|threads\.net|bsky\.app|flipboard\.com|apple\.news|play\.google\.com|apps\.apple\.com|vk\.com|weibo\.com|line\.me)(?:[/:?#]|$)/i;

function hrefs(el: Element): string[] {
  const out: string[] = [];
  if (el.localName === 'a') out.push(el.getAttribute('href') ?? '');
  for (const a of el.querySelectorAll('a[href]')) out.push(a.getAttribute('href') ?? '');
  return out;
}

export function shareLinkCount(el: Element): number {
  return hrefs(el).filter((h) => SHARE_HREF.test(h)).length;
}

export function hasSocialLink(el: Element): boolean {
  return hrefs(el).some((h) => SOCIAL_HREF.test(h));
}

/** Links to other pages with headline-length text (not in-page anchors). */
export function teaserLinkCount(el: Element, minChars = 15): number {
  let n = 0;
  for (const a of el.querySelectorAll('a[href]')) {
    if ((a.getAttribute('href') ?? '').startsWith('#')) return 0;
    if ((a.textContent ?? '').trim().length >= minChars) n++;
  }
  return n;
}

const HIDDEN_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/**
 * The element's text with a space at every element boundary: sites lay out "Enable Read mode",
 * "A-", "100%" as adjacent spans, and `textContent` would glue them into "modeA-100%".
 */
export function spacedText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) parts.push((n as Text).data);
      else if (n.nodeType === 1 && !HIDDEN_TEXT.has((n as Element).localName)) {
        parts.push(' ');
        walk(n);
        parts.push(' ');
      }
    }
  };
  walk(el);
  return parts.join('');
}

/** Whitespace-collapsed text, as a Removal records it. */
export function displayText(nodes: readonly Element[]): string {
  return nodes
    .map((n) => spacedText(n).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
