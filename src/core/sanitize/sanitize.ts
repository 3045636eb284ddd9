/**
 * DOMPurify over the stripped article. The result is inert markup safe to put in the reader:
 * no scripts, handlers, `javascript:` URLs, frames, forms or inline styles. Page classes go too
 * (the reader has its own styles), except code languages, and captions/credits are marked
 * `data-caption` so the text builder can leave them out.
 *
 * DOMPurify needs a real browser-like window: it does not support linkedom (`isSupported` is
 * false there and `sanitize` returns its input unchanged, scripts included), so this refuses to
 * run rather than pass such content through.
 */
import DOMPurify, { type Config, type WindowLike } from 'dompurify';
import { CLASS_HINTS } from '../phrases/chrome-phrases';
import { classWords, compileHint, matchesHint } from '../strip/class-words';

type Purifier = ReturnType<typeof DOMPurify>;

const CONFIG: Config = {
  RETURN_DOM: true,
  ALLOW_DATA_ATTR: false,
  ADD_ATTR: ['data-caption'],
  FORBID_TAGS: [
    'style',
    'form',
    'input',
    'button',
    'select',
    'option',
    'textarea',
    'iframe',
    'frame',
    'object',
    'embed',
    'dialog',
    'template',
    'noscript',
    // The page's content projected into the article (issue 12): a <slot> renders whatever the
    // page appends to a shadow host.
    'slot',
  ],
  FORBID_ATTR: [
    'style',
    // Names the page's CSS or registry can act on inside the reader (issue 12): `::part()` rules,
    // customized built-ins, slot assignment, top-layer and focus tricks, download links.
    'is',
    'part',
    'exportparts',
    'slot',
    'download',
    'popover',
    'popovertarget',
    'popovertargetaction',
    'inert',
    'autofocus',
    'shadowroot',
    'shadowrootmode',
    'shadowrootclonable',
    'shadowrootdelegatesfocus',
    'shadowrootserializable',
  ],
};
const CAPTION_HINT = compileHint(CLASS_HINTS.caption);
const CODE_LANGUAGE = /(?:^|\s)((?:language|lang)-[\w+#-]+)/;

/** A CSS `url(` that leaves the document (`url(#clip)` is a local SVG reference). */
const EXTERNAL_URL = /url\s*\(\s*(?!['"]?#)/i;

/** The value as CSS reads it: a comment inside `url(` or a backslash escape can hide it. */
function asCss(value: string): string {
  return value
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) =>
      String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff)),
    )
    .replace(/\\(.)/g, '$1');
}

/**
 * SVG presentation attributes (`fill`, `filter`, `mask`, `clip-path`…) are CSS and may fetch
 * `url(https://…)`: a tracking request from the reader. DOMPurify keeps them, so they go here.
 */
function dropCssUrls(node: Element): void {
  for (const attr of Array.from(node.attributes)) {
    if (attr.value.includes('(') && EXTERNAL_URL.test(asCss(attr.value))) {
      node.removeAttribute(attr.name);
    }
  }
}

function tidy(node: Element): void {
  dropCssUrls(node);
  const cls = node.getAttribute('class');
  if (cls !== null) {
    if (matchesHint(classWords(node), CAPTION_HINT)) node.setAttribute('data-caption', '');
    const lang =
      node.localName === 'code' || node.localName === 'pre' ? CODE_LANGUAGE.exec(cls) : null;
    if (lang?.[1]) node.setAttribute('class', lang[1]);
    else node.removeAttribute('class');
  }
}

const purifiers = new WeakMap<object, Purifier>();

/** DOMPurify for `win`, made once per window; throws when DOMPurify cannot run there. */
export function purifierFor(win: Window): Purifier {
  let purifier = purifiers.get(win);
  if (purifier) return purifier;
  // The default instance was already built for the global window when the module loaded; a
  // second one would cost the click path its set-up again (content scripts run it fresh).
  const global = typeof window === 'undefined' ? undefined : window;
  purifier = win === global ? DOMPurify : DOMPurify(win as unknown as WindowLike);
  if (!purifier.isSupported) {
    throw new Error(
      'Clearpage cannot sanitise in this window: DOMPurify does not support it (linkedom?). ' +
        'Pass a browser or jsdom window as ExtractOptions.purifyWindow.',
    );
  }
  // Parsed once here rather than on every call (DOMPurify rebuilds its tag sets per config).
  purifier.setConfig(CONFIG);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeType === 1) tidy(node as Element);
  });
  purifiers.set(win, purifier);
  return purifier;
}

/** Whether `node` belongs to `win`'s DOM implementation (DOMPurify can copy it as a node). */
function sameRealm(node: Node, win: Window): boolean {
  return node instanceof (win as unknown as { Node: typeof Node }).Node;
}

/**
 * An element made with `createElement('p', { is })` carries a customized built-in without any
 * `is=` attribute, so DOMPurify cannot drop it; copies keep it, and serialising writes it back
 * as ` is="…"` right after the tag name (the HTML serialisation algorithm), where parsing the
 * markup again would upgrade it with the page's class (issue 12). Such elements are rebuilt as
 * plain ones. The markup tells whether there is any at all: text `<` is always escaped.
 */
const IS_VALUE = /<[a-z][^\s/>]* is="/i;

function dropIsValues(body: Element): boolean {
  if (!IS_VALUE.test(body.innerHTML)) return false;
  const doc = body.ownerDocument;
  for (const el of Array.from(body.querySelectorAll('*'))) {
    const tag = (el.cloneNode(false) as Element).outerHTML;
    if (!tag.startsWith(`<${el.localName} is="`)) continue;
    const plain = doc.createElementNS(el.namespaceURI, el.localName);
    for (const attr of Array.from(el.attributes)) plain.setAttributeNode(attr.cloneNode() as Attr);
    while (el.firstChild) plain.appendChild(el.firstChild);
    el.replaceWith(plain);
  }
  return true;
}

export interface Sanitized {
  content: DocumentFragment;
  html: string;
}

/**
 * Sanitises the children of `root` in `win`. Nodes of the same realm are copied by DOMPurify
 * without re-parsing; nodes of another DOM implementation (linkedom) are serialised first.
 */
export function sanitizeArticle(root: Element, win: Window): Sanitized {
  const purifier = purifierFor(win);
  let dirty: Node | string;
  if (sameRealm(root, win)) {
    const fragment = root.ownerDocument.createDocumentFragment();
    while (root.firstChild) fragment.appendChild(root.firstChild);
    dirty = fragment;
  } else {
    dirty = root.innerHTML;
  }
  const body = purifier.sanitize(dirty) as unknown as HTMLElement;
  dropIsValues(body);
  const html = body.innerHTML;
  const content = body.ownerDocument.createDocumentFragment();
  while (body.firstChild) content.appendChild(body.firstChild);
  return { content, html };
}

/** The window to sanitise in: the one given, the document's, or the global one. */
export function sanitizingWindow(doc: Document, given?: Window): Window {
  const win = given ?? doc.defaultView ?? (typeof window === 'undefined' ? undefined : window);
  if (!win) {
    throw new Error(
      'Clearpage needs a window to sanitise in: pass ExtractOptions.purifyWindow (e.g. a jsdom window).',
    );
  }
  return win;
}
