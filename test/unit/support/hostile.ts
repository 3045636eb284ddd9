/**
 * Tools for the hostile-page tests: find anything executable in a parsed tree, and "detonate"
 * markup in a jsdom that runs scripts, firing every event at every element, to see whether any
 * page code runs (it sets `__pwned`) or any request leaves.
 */
import * as jsdom from 'jsdom';

type Win = Window & typeof globalThis;
interface JsdomApi {
  JSDOM: new (html: string, options: object) => { window: Win };
  VirtualConsole: new () => object;
  requestInterceptor: (
    fn: (request: Request, context: { element: Element | null }) => Response | undefined,
  ) => unknown;
}
// src/cli/jsdom.d.ts types only what the CLI uses.
const { JSDOM, VirtualConsole, requestInterceptor } = jsdom as unknown as JsdomApi;

/** Elements that run code, load other documents, submit data or change how URLs resolve. */
export const FORBIDDEN_ELEMENTS = [
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'fencedframe',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'isindex',
  'keygen',
  'base',
  'meta',
  'link',
  'style',
];

/** Schemes that run code when followed; compared the way the URL parser reads them. */
const SCRIPT_URL = /^(?:javascript|vbscript|livescript|data:\s*text\/html)/i;
// The URL parser drops leading/trailing C0 controls and spaces, and tabs/newlines anywhere.
// eslint-disable-next-line no-control-regex
const URL_STRIPPED = /^[\u0000-\u0020]+|[\u0000-\u0020]+$|[\t\n\r]/g;

/** A `url(` that points outside the document (`url(#id)` is a local SVG reference). */
const EXTERNAL_CSS_URL = /url\s*\(\s*(?!['"]?#)/i;

function cssText(value: string): string {
  // CSS comments and escapes can hide `url(`: "u/**/rl(", "u\72 l(".
  return value
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16)),
    )
    .replace(/\\(.)/g, '$1');
}

export function isScriptUrl(value: string): boolean {
  return SCRIPT_URL.test(value.replace(URL_STRIPPED, ''));
}

/**
 * Every way the tree could run code, submit data, style itself or fetch through CSS: forbidden
 * elements, `on…` attributes, script URLs in any attribute, any `style` attribute (the sanitiser
 * drops them all, so one with `url(` or not is a leak either way), and an external `url()` in
 * any other attribute (SVG `fill`, `filter`, `mask`, `clip-path`: Firefox fetches them).
 */
export function hazards(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll(FORBIDDEN_ELEMENTS.join(', '))) {
    found.push(`<${el.localName}>`);
  }
  for (const el of root.querySelectorAll('*')) {
    for (const attr of Array.from(el.attributes)) {
      const where = `${el.localName}[${attr.name}]`;
      if (/^on/i.test(attr.localName)) found.push(where);
      else if (isScriptUrl(attr.value)) found.push(`${where}=${attr.value.slice(0, 60)}`);
      else if (attr.name === 'style') found.push(`${where}=${attr.value.slice(0, 60)}`);
    }
  }
  return [...found, ...externalUrlReferences(root)];
}

/**
 * Attributes that make the browser fetch another document through a CSS `url()` outside any
 * `style`: SVG paint, filter, mask and clip references (`fill="url(https://…)"`), which Firefox
 * follows. `url(#id)` points inside the document and is fine.
 */
export function externalUrlReferences(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    for (const attr of Array.from(el.attributes)) {
      if (EXTERNAL_CSS_URL.test(cssText(attr.value))) {
        found.push(`${el.localName}[${attr.name}]=${attr.value.slice(0, 60)}`);
      }
    }
  }
  return found;
}

/** Markdown prose with code spans and fenced blocks taken out (their content is shown as typed). */
function markdownProse(markdown: string): string {
  return markdown
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1/gm, '')
    .replace(/(?<![\\`])(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
}

/** Inline links and images whose target is a script URL: `[x](javascript:…)`, not `\[x\](…)`. */
export function markdownScriptLinks(markdown: string): string[] {
  const found: string[] = [];
  for (const [, target = ''] of markdownProse(markdown).matchAll(/(?<!\\)\]\(\s*<?([^\s)>]*)/g)) {
    if (isScriptUrl(target)) found.push(`](${target.slice(0, 60)}`);
  }
  return found;
}

/**
 * Raw HTML in Markdown prose, which most renderers pass through as live markup, and autolinks
 * to script URLs (`<javascript:…>`). `<https://…>` autolinks are fine.
 */
export function markdownRawHtml(markdown: string): string[] {
  const found: string[] = [];
  for (const [tag] of markdownProse(markdown).matchAll(/<\/?[a-z!?][^>\n]*>?/gi)) {
    const autolink = /^<[a-z][a-z0-9+.-]*:[^\s<>]*>$/i.test(tag);
    if (!autolink || isScriptUrl(tag.slice(1, -1))) found.push(tag.slice(0, 60));
  }
  return found;
}

/** The code of every `<script>` in the page, to make sure none of it becomes article text. */
export function scriptSources(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('script'))
    .map((s) => (s.textContent ?? '').trim())
    .filter((code) => code.length > 0);
}

/** Every `on…` attribute name in a page: the events a detonation fires. */
export function handlerNames(doc: Document): string[] {
  const names = new Set<string>();
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) names.add(attr.name.slice(2).toLowerCase());
    }
  }
  return [...names];
}

const DEFAULT_EVENTS = (
  'load error click dblclick auxclick contextmenu mouseover mouseenter mouseout mouseleave ' +
  'mousedown mouseup mousemove pointerover pointerenter pointerdown focus blur focusin ' +
  'focusout keydown keyup keypress input beforeinput change select invalid submit reset ' +
  'scroll wheel copy cut paste drag dragstart drop toggle animationstart animationend ' +
  'transitionend touchstart play playing canplay loadstart begin end repeat pageshow ' +
  'hashchange resize message storage beforeprint unload start finish'
).split(' ');

export interface Detonation {
  /** Values page code wrote to `__pwned`. */
  markers: string[];
  /** URLs jsdom was asked to fetch (scripts, frames, stylesheets). */
  requests: string[];
}

/** The answer every request gets: code that sets the marker, in whatever the element loads. */
function trap(request: Request, element: Element | null): Response {
  const tag = element?.localName ?? '';
  const code = `(parent || window).__pwned = 'request:${request.url.slice(0, 80)}'`;
  if (tag === 'script') {
    return new Response(code, { headers: { 'Content-Type': 'text/javascript' } });
  }
  if (tag === 'link') return new Response('', { headers: { 'Content-Type': 'text/css' } });
  return new Response(`<script>${code}</script>`, { headers: { 'Content-Type': 'text/html' } });
}

function newWindow(html: string, detonation: Detonation): Win {
  return new JSDOM(html, {
    url: 'https://reader.clearpage.test/saved/',
    runScripts: 'dangerously',
    pretendToBeVisual: true,
    virtualConsole: new VirtualConsole(),
    beforeParse(win: Win) {
      Object.defineProperty(win, '__pwned', {
        get: () => detonation.markers[detonation.markers.length - 1],
        set: (value: unknown) => void detonation.markers.push(String(value)),
      });
    },
    resources: {
      interceptors: [
        requestInterceptor((request, { element }) => {
          detonation.requests.push(request.url);
          return trap(request, element);
        }),
      ],
    },
  }).window;
}

/** Fires every event at every element, then focuses and clicks each. */
function provoke(win: Win, events: string[]): void {
  const all = [win as unknown as EventTarget, ...Array.from(win.document.querySelectorAll('*'))];
  for (const target of all) {
    for (const type of events) target.dispatchEvent(new win.Event(type));
    if (target instanceof win.HTMLElement) {
      target.focus();
      target.click();
    }
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/**
 * Loads `markup` (a whole document, or body content) in a script-running jsdom, or appends
 * `fragment` to one (appended scripts run too), provokes every element, and reports what ran.
 */
export async function detonate(
  input: string | DocumentFragment,
  events: string[] = [],
): Promise<Detonation> {
  const detonation: Detonation = { markers: [], requests: [] };
  const html =
    typeof input === 'string' && /^\s*<!doctype/i.test(input)
      ? input
      : `<!doctype html><html><head></head><body>${typeof input === 'string' ? input : ''}</body></html>`;
  const win = newWindow(html, detonation);
  try {
    if (typeof input !== 'string') win.document.body.append(win.document.importNode(input, true));
    await settle();
    provoke(win, [...new Set([...DEFAULT_EVENTS, ...events])]);
    await settle();
  } finally {
    win.close();
  }
  return detonation;
}
