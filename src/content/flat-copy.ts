/**
 * A private copy of a page with its open shadow roots flattened in, for extraction. The core
 * clones the page itself, but a clone drops shadow roots, so text that web components render
 * (a <news-article> whose paragraphs live in its shadow tree) would never reach the reader.
 * Each host's copy gets what the browser renders: its shadow tree, with every <slot> replaced
 * by the light-DOM nodes assigned to it (or the slot's fallback content). Closed roots are out
 * of reach by design, and are left out.
 */
import { measurePage, READER_LIMITS } from '../core/extract/limits';

const hasOpenShadowRoot = (doc: Document) =>
  Array.prototype.some.call(doc.querySelectorAll('*'), (el: Element) => el.shadowRoot !== null);

/** Whether `node` is a <slot> inside a shadow tree (a light-DOM <slot> is just an element). */
function isShadowSlot(node: Node): node is HTMLSlotElement {
  return (
    node.nodeType === Node.ELEMENT_NODE &&
    (node as Element).localName === 'slot' &&
    node.getRootNode() !== node.ownerDocument
  );
}

/** What is rendered inside `node`: its open shadow tree if it has one, with slots filled. */
function renderedChildren(node: Node): Node[] {
  const source = (node as Element).shadowRoot ?? node;
  const out: Node[] = [];
  for (const child of Array.from(source.childNodes)) {
    if (!isShadowSlot(child)) {
      out.push(child);
      continue;
    }
    const assigned = child.assignedNodes({ flatten: true });
    out.push(...(assigned.length > 0 ? assigned : Array.from(child.childNodes)));
  }
  return out;
}

/**
 * Copies `root` with shadow trees flattened in. Iterative: a page may nest thousands of levels
 * deep (the core answers "too large" past its limit; this must not overflow first).
 */
function copyFlattened(root: Element, into: Document): Element {
  const top = into.importNode(root, false);
  const stack: [Node, Node][] = renderedChildren(root)
    .reverse()
    .map((child) => [child, top]);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [source, parent] = next;
    const copy = into.importNode(source, false);
    parent.appendChild(copy);
    const children = renderedChildren(source);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, copy]);
  }
  return top;
}

/**
 * `doc` flattened into a new Document with the same URL (so links still resolve), or null when
 * it has no open shadow root (the core's own clone is then the same thing, and cheaper) or is
 * past the size limits (the core says "too large" without any copy).
 */
export function flattenedCopy(doc: Document): Document | null {
  const root = doc.documentElement;
  // The shadow-root test first: most pages have none, and it stops at the first it meets, so
  // the click pays one walk (the core measures the page again in its own copy step).
  if (!root || !hasOpenShadowRoot(doc) || !measurePage(root, READER_LIMITS).ok) return null;
  const copy = doc.cloneNode(false) as Document;
  copy.appendChild(copyFlattened(root, copy));
  return copy;
}
