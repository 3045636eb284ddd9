/**
 * Forum threads without microdata (issue 8, item 5): phpBB, IPS, XenForo and hand-made boards
 * write each post as one of a run of sibling elements built alike (the same tag, the same first
 * class: `div.post`, `article.cPost`), and Readability, which scores blocks, keeps one of them.
 * The content this protects is the thread's other posts. It is found by shape, never by
 * wording or host:
 *
 * - at least `MIN_POSTS` siblings of the same tag and first class (modifier classes such as a
 *   starter or alternating-row flag may differ), holding most of the page's text;
 * - each of them a post, not a teaser, the next story or a page builder's row of sections: text
 *   of its own (not mostly links), no `<h1>`, most without an `<h2>`, and at least two thirds
 *   of them signed: holding a `<time>` or an element whose class names the poster (`username`,
 *   `author`, `poster`, `byline`, `user`);
 *
 * and it is used only when Readability's article is one of those posts (its text found inside
 * one of them, and not much longer): a story above its comments, or a page of cards, keeps what
 * Readability read.
 */
import { chars, isSpace, PROSE_CHARS } from '../text/chars';

const MIN_POSTS = 3;
/** The run of posts holds at least this share of the page's text … */
const MIN_PAGE_SHARE = 0.5;
/** … and at most this share of it is link text. */
const MAX_LINK_SHARE = 0.3;
/** Characters of Readability's text that must be found inside one post. */
const PROBE = 200;
const CODE = new Set(['script', 'style', 'template', 'noscript', 'svg']);

export interface PostRun {
  posts: Element[];
  /** Each post's text without whitespace, to find Readability's text in. */
  texts: string[];
  chars: number;
}

interface Size {
  text: number;
  link: number;
}

interface Best {
  run: Element[];
  size: Size;
}

function firstClass(el: Element): string {
  const cls = el.getAttributeNode('class')?.value.trim();
  return cls ? (cls.split(/\s/, 1)[0] ?? '') : '';
}

/**
 * One walk: every element's text and link text; for each parent with enough children, its
 * biggest run of children of one shape; the biggest run of the page is kept in `best`.
 */
function measure(el: Element, inLink: boolean, best: Best): Size {
  const size: Size = { text: 0, link: 0 };
  const link = inLink || el.localName === 'a';
  let groups: Map<string, { run: Element[]; size: Size }> | undefined;
  if (el.childElementCount >= MIN_POSTS) groups = new Map();
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      const c = chars((n as Text).data);
      size.text += c;
      if (link) size.link += c;
    } else if (n.nodeType === 1 && !CODE.has((n as Element).localName)) {
      const child = n as Element;
      const s = measure(child, link, best);
      size.text += s.text;
      size.link += s.link;
      const cls = groups && firstClass(child);
      if (!groups || !cls) continue;
      const key = `${child.localName}.${cls}`;
      const group = groups.get(key) ?? { run: [], size: { text: 0, link: 0 } };
      group.run.push(child);
      group.size.text += s.text;
      group.size.link += s.link;
      groups.set(key, group);
    }
  }
  for (const group of groups?.values() ?? []) {
    if (group.run.length >= MIN_POSTS && group.size.text > best.size.text) {
      best.run = group.run;
      best.size = group.size;
    }
  }
  return size;
}

/** Class words of the element naming a post's author. */
const POSTER =
  /(?:^|[-_\s])(?:author|username|user-name|user|poster|postauthor|byline)(?:$|[-_\s])/i;

function signed(post: Element): boolean {
  if (post.querySelector('time')) return true;
  for (const el of post.querySelectorAll('[class]')) {
    if (POSTER.test(el.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/** Posts, not teaser cards, the next story or a page's sections. */
function looksLikePosts(run: Element[]): boolean {
  if (run.some((el) => el.querySelector('h1'))) return false;
  const headed = run.filter((el) => el.querySelector('h2')).length;
  if (headed * 2 > run.length) return false;
  return run.filter(signed).length * 3 >= run.length * 2;
}

function squeeze(text: string | null): string {
  let out = '';
  const s = text ?? '';
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) out += s[i];
  return out;
}

/** The page's run of posts built alike, or null. Read before Readability changes the page. */
export function findPostRun(doc: Document): PostRun | null {
  const body = doc.body;
  if (!body) return null;
  const best: Best = { run: [], size: { text: 0, link: 0 } };
  const page = measure(body, false, best);
  const { run, size } = best;
  if (run.length < MIN_POSTS || size.text < page.text * MIN_PAGE_SHARE) return null;
  if (size.link > size.text * MAX_LINK_SHARE) return null;
  if (size.text < run.length * PROSE_CHARS || !looksLikePosts(run)) return null;
  return { posts: run, texts: run.map((el) => squeeze(el.textContent)), chars: size.text };
}

/** Readability's article is one of the posts: its text is inside one, and not much longer. */
export function readOnePost(run: PostRun, article: Element): boolean {
  const text = squeeze(article.textContent);
  if (!text) return true;
  const probe = text.slice(0, PROBE);
  return run.texts.some((post) => post.length * 1.2 >= text.length && post.includes(probe));
}

/** The posts, in page order, each an `<article>` of its own, in a detached element. */
export function postRunElement(doc: Document, run: PostRun): Element {
  const root = doc.createElement('div');
  for (const post of run.posts) {
    const article = doc.createElement('article');
    for (const child of post.childNodes) article.append(child.cloneNode(true));
    root.append(article);
  }
  return root;
}
