/**
 * Forum threads and Q&A pages (issue 8, item 5): the reader shows every post in page order, each
 * under a line with its author and date. Readability picks one block — the first post, or none
 * at all when the posts are many short siblings — so the posts are found before it runs, by what
 * forum software says about them rather than by host:
 *
 * - schema.org microdata: a post's body is `itemprop="text"` (or `articleBody`) inside an item
 *   of a posting type (DiscussionForumPosting, Comment, Answer, Question…), with its
 *   `itemprop="author"` and a `<time>` or `datePublished` in the same item;
 * - a `<noscript>` holding the page's content: forum apps that render in script serve the thread
 *   there for crawlers, and a parser with scripting off (the CLI's) reads it as markup.
 */
import type { Readability } from '@mozilla/readability';
import type { Fallback } from '../article';
import { chars } from '../text/chars';

/** Item types whose `text` is a post. */
const POST_TYPE =
  /schema\.org\/(DiscussionForumPosting|Comment|Answer|Question|SocialMediaPosting|Review)\/?$/i;
/** Item properties that make an item a post whatever its type says. */
const POST_PROP = /\b(comment|suggestedAnswer|acceptedAnswer|answer)\b/;
/** Marks the post bodies in the page, to tell afterwards whether Readability chose one of them. */
export const POST_ATTR = 'data-clearpage-post';

export interface Thread {
  root: Element;
  /** The first post's author: the thread's byline. */
  starter: string;
  posts: number;
  chars: number;
}

interface Post {
  body: Element;
  scope: Element;
}

function props(el: Element): string {
  return el.getAttribute('itemprop') ?? '';
}

/** The item `el` is a property of: its nearest `itemscope` ancestor (not itself). */
function ownerScope(el: Element): Element | null {
  return el.parentElement?.closest('[itemscope]') ?? null;
}

function isPostScope(scope: Element): boolean {
  return POST_TYPE.test(scope.getAttribute('itemtype') ?? '') || POST_PROP.test(props(scope));
}

function typeOf(scope: Element): string {
  return scope.getAttribute('itemtype') ?? '';
}

/**
 * In schema.org's Q&A model a Comment is a remark on a question or an answer, not a post of the
 * thread; on a DiscussionForumPosting, Comments are its replies.
 */
function isRemark(scope: Element, qa: boolean): boolean {
  return qa && /Comment\/?$/i.test(typeOf(scope));
}

function findPosts(body: Element): Post[] {
  const posts: Post[] = [];
  const qa = !!body.querySelector('[itemtype$="/Answer"], [itemtype$="/Question"]');
  for (const el of body.querySelectorAll('[itemprop~="text"], [itemprop~="articleBody"]')) {
    const scope = ownerScope(el);
    if (!scope || !isPostScope(scope) || isRemark(scope, qa)) continue;
    // A quoted post inside a post is part of that post.
    if (posts.some((p) => p.body.contains(el))) continue;
    if (chars(el.textContent) === 0) continue;
    posts.push({ body: el, scope });
  }
  return withSiblingsOfTheSameShape(posts);
}

function classes(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

/** Same tag and every class of `model` (forum markup adds modifiers such as a starter flag). */
function sameShape(el: Element, model: Element): boolean {
  if (el.localName !== model.localName) return false;
  const own = new Set(classes(el));
  return classes(model).every((c) => own.has(c));
}

/**
 * Forum software often leaves the microdata off one post (the thread's first, described in
 * JSON-LD instead): a sibling of a post item built like it, holding a body built like the
 * post's body, is a post too.
 */
function withSiblingsOfTheSameShape(posts: Post[]): Post[] {
  const model = posts[0];
  const parent = model?.scope.parentElement;
  const bodyParent = model?.body.parentElement;
  if (!model || !parent || !bodyParent) return posts;
  if (classes(model.body).length + classes(bodyParent).length === 0) return posts;
  const scopeModel = { localName: model.scope.localName, classes: commonClasses(posts) };
  const found: Post[] = [];
  for (const child of parent.children) {
    const known = posts.find((p) => p.scope === child);
    if (known) {
      found.push(known);
      continue;
    }
    if (child.localName !== scopeModel.localName) continue;
    const own = new Set(classes(child));
    if (scopeModel.classes.length === 0 || !scopeModel.classes.every((c) => own.has(c))) continue;
    const body = [...child.querySelectorAll(model.body.localName)].find(
      (el) =>
        sameShape(el, model.body) &&
        !!el.parentElement &&
        sameShape(el.parentElement, bodyParent) &&
        chars(el.textContent) > 0,
    );
    if (body) found.push({ body, scope: child });
  }
  // Posts elsewhere on the page (not siblings) keep their place after these.
  for (const post of posts) if (!found.includes(post)) found.push(post);
  return found;
}

/** Classes every post item of the same parent as the first one has. */
function commonClasses(posts: Post[]): string[] {
  const parent = posts[0]!.scope.parentElement;
  const same = posts.filter((p) => p.scope.parentElement === parent);
  return classes(posts[0]!.scope).filter((c) => same.every((p) => classes(p.scope).includes(c)));
}

/** The item's own properties named `name` (not those of items nested in it). */
function ownProps(scope: Element, name: string): Element[] {
  return [...scope.querySelectorAll(`[itemprop~="${name}"]`)].filter(
    (el) => ownerScope(el) === scope,
  );
}

function oneLine(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Where forum markup without microdata names a post's author. */
const AUTHOR_CLASS = /(^|[-_\s])(author|username|user-name|poster|postauthor)($|[-_\s])/i;

function authorOf(post: Post): string {
  const author = ownProps(post.scope, 'author')[0];
  if (!author) {
    const named = post.scope.getAttribute('data-author');
    if (named) return oneLine(named);
    const el = [...post.scope.querySelectorAll('[class]')].find(
      (e) => AUTHOR_CLASS.test(e.getAttribute('class') ?? '') && !post.body.contains(e),
    );
    return oneLine(el?.textContent).slice(0, 80);
  }
  const name = author.hasAttribute('itemscope') ? ownProps(author, 'name')[0] : null;
  const named = name ?? author;
  return oneLine(named.getAttribute('content') ?? named.textContent);
}

/** The date as the page shows it (a `<time>`'s text), else the machine-readable one. */
function dateOf(post: Post): string {
  const times = [...post.scope.querySelectorAll('time')].filter(
    (t) => !post.body.contains(t) && !!closestPost(t, post),
  );
  const shown = times.map((t) => oneLine(t.textContent)).find((t) => t.length > 0);
  if (shown) return shown;
  for (const name of ['datePublished', 'dateCreated']) {
    const el = ownProps(post.scope, name)[0];
    const value = oneLine(
      el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.textContent,
    );
    if (value) return value;
  }
  return times[0]?.getAttribute('datetime') ?? '';
}

/** `el` belongs to `post` when no other post item lies between them. */
function closestPost(el: Element, post: Post): boolean {
  if (!post.scope.hasAttribute('itemscope')) return true;
  let scope = ownerScope(el);
  while (scope && scope !== post.scope && !isPostScope(scope)) scope = ownerScope(scope);
  return scope === post.scope;
}

function postElement(doc: Document, post: Post): Element {
  const article = doc.createElement('article');
  const author = authorOf(post);
  const date = dateOf(post);
  if (author || date) {
    const meta = doc.createElement('p');
    meta.setAttribute('data-post-meta', '');
    meta.textContent = [author, date].filter(Boolean).join(' · ');
    article.append(meta);
  }
  const body = doc.createElement('div');
  for (const child of post.body.childNodes) body.append(child.cloneNode(true));
  article.append(body);
  return article;
}

/** Never page text: a forum app's thread data in a `<script>` can outweigh all the markup. */
const CODE = new Set(['script', 'style', 'template']);

/** Characters of the page's text, `<noscript>` content included, code left out. */
function pageChars(el: Element): number {
  let n = 0;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) n += chars((node as Text).data);
    else if (node.nodeType === 1 && !CODE.has((node as Element).localName)) {
      n += pageChars(node as Element);
    }
  }
  return n;
}

/**
 * Replaces a `<noscript>` that holds most of the page's text with its content. A browser with
 * scripting on keeps noscript content as text, so this changes nothing in the extension.
 */
export function unwrapContentNoscript(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  let total = -1; // measured only when a <noscript> holds markup
  for (const noscript of body.querySelectorAll('noscript')) {
    if (!noscript.firstElementChild) continue;
    if (total < 0) total = pageChars(body);
    if (chars(noscript.textContent) < 0.5 * total) continue;
    noscript.replaceWith(...noscript.childNodes);
    return;
  }
}

/**
 * The thread on `doc`, as a detached element in its document, or null when the page does not
 * describe posts. Marks each post body with `POST_ATTR` (see `readsAPost`).
 */
export function findThread(doc: Document): Thread | null {
  if (!doc.body) return null;
  const posts = findPosts(doc.body);
  if (posts.length === 0) return null;
  // One post is a thread only when it says so (a lone comment under a story is not).
  if (
    posts.length === 1 &&
    !/Posting|Question/i.test(posts[0]!.scope.getAttribute('itemtype') ?? '')
  ) {
    return null;
  }
  const root = doc.createElement('div');
  let total = 0;
  posts.forEach((post, i) => {
    root.append(postElement(doc, post));
    post.body.setAttribute(POST_ATTR, String(i));
    total += chars(post.body.textContent);
  });
  return { root, starter: authorOf(posts[0]!), posts: posts.length, chars: total };
}

/** Share of the characters of Readability's article that are in marked post bodies. */
export function postShare(root: Element): number {
  const total = chars(root.textContent);
  if (total === 0) return 0;
  let inPosts = 0;
  for (const el of root.querySelectorAll(`[${POST_ATTR}]`)) {
    if (!el.parentElement?.closest(`[${POST_ATTR}]`)) inPosts += chars(el.textContent);
  }
  if (root.hasAttribute(POST_ATTR)) inPosts = total;
  return inPosts / total;
}

type Parsed = NonNullable<ReturnType<Readability<Element>['parse']>>;
interface Read {
  parsed: Parsed;
  root: Element;
  fallback?: Fallback;
}

/** Below this share of Readability's text in posts, it read something else (a story). */
const MIN_POST_SHARE = 0.5;

/**
 * The thread instead of Readability's article when Readability found nothing, far less than
 * the posts hold, or one of the posts: a story with comments under it keeps the story.
 */
export function threadOrArticle(thread: Thread | null, read: Read | null): Read | null {
  if (!thread) return read;
  if (read) {
    const readChars = chars(read.root.textContent);
    if (readChars >= thread.chars / 2 && postShare(read.root) < MIN_POST_SHARE) return read;
  }
  const parsed: Parsed = read?.parsed ?? {
    title: null,
    content: thread.root,
    textContent: thread.root.textContent,
    length: thread.chars,
    excerpt: null,
    byline: null,
    dir: null,
    siteName: null,
    lang: null,
    publishedTime: null,
  };
  const byline = thread.starter || parsed.byline;
  return { parsed: { ...parsed, byline, content: thread.root }, root: thread.root };
}
