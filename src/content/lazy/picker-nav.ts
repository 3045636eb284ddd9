/**
 * Where the picker's outline goes (issue 11, item 1): the block under the pointer, and the
 * block the arrow keys move to — Up the block around it, Down the first block inside it,
 * Left/Right the blocks beside it. Only elements with a box on screen count: a hidden or
 * zero-size element is stepped over (a `display: contents` wrapper is looked into), and never
 * the picker's own host. Pure but for `visible`, which the picker measures and tests fake.
 */
export interface PickerNav {
  /** Whether `el` has a box on screen (width and height above 0, not hidden). */
  visible(el: Element): boolean;
  /** The picker's own host (and anything else that is Clearpage's): never picked. */
  own(el: Element): boolean;
}

/** Elements that are never a block of the article, whatever their box. */
const NEVER = new Set([
  'html',
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'link',
  'meta',
  'title',
  'base',
  'br',
  'wbr',
  'source',
  'track',
  'param',
  'area',
  'map',
  'option',
]);

export function pickable(el: Element, nav: PickerNav): boolean {
  return !NEVER.has(el.localName) && !nav.own(el) && nav.visible(el);
}

/** The nearest pickable element around `el` (never past <body>), or `el` at the top. */
export function up(el: Element, nav: PickerNav): Element {
  for (let at = el.parentElement; at; at = at.parentElement) {
    if (pickable(at, nav)) return at;
  }
  return el;
}

/** The first pickable element inside `el`, looking into boxless wrappers; else `el`. */
export function down(el: Element, nav: PickerNav): Element {
  return firstInside(el, nav) ?? el;
}

function firstInside(el: Element, nav: PickerNav): Element | null {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (nav.own(child) || NEVER.has(child.localName)) continue;
    if (nav.visible(child)) return child;
    const inner = firstInside(child, nav);
    if (inner) return inner;
  }
  return null;
}

/** The next (`step` 1) or previous (-1) pickable sibling of `el`; else `el`. */
export function beside(el: Element, step: 1 | -1, nav: PickerNav): Element {
  const next = (at: Element) => (step === 1 ? at.nextElementSibling : at.previousElementSibling);
  for (let at = next(el); at; at = next(at)) {
    if (pickable(at, nav)) return at;
  }
  return el;
}

/** Where an arrow key moves the outline from `el`, or null for another key. */
export function moveFor(key: string, el: Element, nav: PickerNav): Element | null {
  switch (key) {
    case 'ArrowUp':
      return up(el, nav);
    case 'ArrowDown':
      return down(el, nav);
    case 'ArrowLeft':
      return beside(el, -1, nav);
    case 'ArrowRight':
      return beside(el, 1, nav);
    default:
      return null;
  }
}

/** The block under the pointer: the first pickable element of `document.elementsFromPoint`. */
export function hitTarget(stack: readonly Element[], nav: PickerNav): Element | null {
  return stack.find((el) => pickable(el, nav)) ?? null;
}

/** Where the keyboard starts: the page's article or main element when it shows, else <body>. */
export function startingBlock(doc: Document, nav: PickerNav): Element | null {
  const main = [...doc.querySelectorAll('article, main, [role="main"]')].find((el) =>
    pickable(el, nav),
  );
  return main ?? (doc.body && pickable(doc.body, nav) ? doc.body : null);
}

/** "div · 640 × 1,820": the block's tag and size in CSS pixels, numbers in the UI's language. */
export function describeBlock(el: Element, box: { width: number; height: number }, lang: string) {
  let format: (n: number) => string;
  try {
    const numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
    format = (n) => numbers.format(n);
  } catch {
    format = (n) => String(Math.round(n));
  }
  return `${el.localName} · ${format(box.width)} × ${format(box.height)}`;
}
