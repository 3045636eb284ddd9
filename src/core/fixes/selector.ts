/**
 * Structural selectors for fixes remembered per site (issue 11, item 3): where an element sits in
 * the page — tag names, a stable id, a stable class, :nth-of-type — and never what it says, so a
 * stored fix holds no text of the page. The same strict grammar is what storage and an imported
 * file are checked against (src/shared/site-fixes.ts), so nothing else ever reaches
 * querySelectorAll. Pure: a function of the element's document.
 */

/** A CSS identifier without escapes: what an id or class must be for a selector to use it. */
const IDENT = '[A-Za-z_][A-Za-z0-9_-]*';
/** tag? #id? .class* :nth-of-type(n)? — in that order, at least one part. */
const COMPOUND = `(?:[a-z][a-z0-9-]*)?(?:#${IDENT})?(?:\\.${IDENT}){0,3}(?::nth-of-type\\([1-9][0-9]{0,3}\\))?`;
const GRAMMAR = new RegExp(`^${COMPOUND}(?: > ${COMPOUND})*$`);

/** Longer than any path a page needs; a stored or imported selector beyond it is refused. */
export const MAX_SELECTOR_LENGTH = 400;
/** The deepest path built; deeper elements are anchored on an ancestor that is this close. */
const MAX_STEPS = 24;

/** Whether `selector` is in the structural grammar (and so safe to store, import and query). */
export function isStructuralSelector(selector: unknown): selector is string {
  if (typeof selector !== 'string' || selector.length === 0) return false;
  if (selector.length > MAX_SELECTOR_LENGTH) return false;
  if (!GRAMMAR.test(selector)) return false;
  return selector.split(' > ').every((step) => step.length > 0);
}

/**
 * An id or class a site keeps from one page to the next: a word, not a counter or a hash
 * (`post-48213`, `css-1q2w3e`, `ember512`), and not a state (`is-open`, `active`).
 */
export function isStableName(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z_-]{1,39}$/.test(name)) return false;
  if (/^(?:is|has|js|ng|sc|css|jsx)-/i.test(name)) return false;
  return !/^(?:active|open|closed|hidden|visible|selected|current|show|hover|focus)$/i.test(name);
}

function stableId(el: Element): string | null {
  const id = el.getAttribute('id');
  if (!id || !isStableName(id)) return null;
  // Unique in its document, or it anchors nothing.
  return el.ownerDocument.querySelectorAll(`#${id}`).length === 1 ? id : null;
}

function stableClasses(el: Element): string[] {
  return [...el.classList].filter(isStableName).slice(0, 2);
}

/** One step: the tag, a stable class when it tells the element from its siblings, else its index. */
function step(el: Element): string {
  const tag = el.localName.toLowerCase();
  const parent = el.parentElement;
  if (!parent) return tag;
  const sameTag = [...parent.children].filter((c) => c.localName === el.localName);
  if (sameTag.length === 1) return tag;
  const classes = stableClasses(el);
  if (classes.length > 0) {
    const withClass = `${tag}.${classes.join('.')}`;
    const matching = sameTag.filter((c) => classes.every((k) => c.classList.contains(k)));
    if (matching.length === 1) return withClass;
  }
  return `${tag}:nth-of-type(${sameTag.indexOf(el) + 1})`;
}

/**
 * A structural selector that finds `el` in its document: a path of steps joined by ' > ', from
 * the nearest ancestor-or-self with a stable unique id, or else from `body`. Elements outside
 * `body` (or a non-HTML tag name) give the path from the nearest HTML ancestor that has one.
 * @example structuralSelector(p) // 'body > main > article.story > p:nth-of-type(3)'
 */
export function structuralSelector(el: Element): string {
  const steps: string[] = [];
  let node: Element | null = el;
  while (node) {
    const name = node.localName.toLowerCase();
    if (name === 'body' || name === 'html') {
      steps.unshift('body');
      break;
    }
    const id = stableId(node);
    if (id) {
      steps.unshift(`#${id}`);
      break;
    }
    if (/^[a-z][a-z0-9-]*$/.test(name)) steps.unshift(step(node));
    else steps.length = 0; // An SVG or namespaced element: start again from its HTML parent.
    node = node.parentElement;
    if (steps.length >= MAX_STEPS) break;
  }
  // Too long (many long class names): keep the steps nearest the element.
  while (steps.length > 1 && steps.join(' > ').length > MAX_SELECTOR_LENGTH) steps.shift();
  return steps.length === 0 ? 'body' : steps.join(' > ');
}
