/**
 * A private copy of a page with its open shadow roots flattened in, for extraction. The core
 * clones the page itself, but a clone drops shadow roots, so text that web components render
 * (a <news-article> whose paragraphs live in its shadow tree) would never reach the reader.
 * Each host's copy gets what the browser renders: its shadow tree, with every <slot> replaced
 * by the light-DOM nodes assigned to it (or the slot's fallback content). Closed roots are out
 * of reach by design, and are left out.
 */
import { measurePage, READER_LIMITS, type PageLimits } from '../core/extract/limits';

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
 * Copies `root` with shadow trees flattened in, or null once the copy passes `limits`: elements
 * in shadow trees count as the light DOM's do, before the core's own measuring (issue 12: 400k
 * elements in open roots took 3–5 s to be called too large). Iterative: a page may nest
 * thousands of levels deep.
 */
function copyFlattened(root: Element, into: Document, limits: PageLimits): Element | null {
  const top = into.importNode(root, false);
  let elements = 1;
  const stack: [Node, Node, number][] = renderedChildren(root)
    .reverse()
    .map((child) => [child, top, 2]);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [source, parent, depth] = next;
    if (source.nodeType === Node.ELEMENT_NODE) {
      elements++;
      if (elements > limits.maxElements || depth > limits.maxDepth) return null;
    }
    const copy = into.importNode(source, false);
    parent.appendChild(copy);
    const children = renderedChildren(source);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, copy, depth + 1]);
  }
  return top;
}

/**
 * `doc` flattened into a new Document with the same URL (so links still resolve); null when it
 * has no open shadow root (the core's own clone is then the same thing, and cheaper);
 * 'too-large' when it is past the reader's limits, shadow trees counted.
 */
export function flattenedCopy(doc: Document): Document | null | 'too-large' {
  const root = doc.documentElement;
  // The shadow-root test first: most pages have none, and it stops at the first it meets, so
  // the click pays one walk (the core measures the page again in its own copy step).
  if (!root || !hasOpenShadowRoot(doc)) return null;
  if (!measurePage(root, READER_LIMITS).ok) return null; // the core says "too large" itself
  const copy = doc.cloneNode(false) as Document;
  const flat = copyFlattened(root, copy, READER_LIMITS);
  if (!flat) return 'too-large';
  copy.appendChild(flat);
  return copy;
}

/**
 * A private copy of one element of the page with its open shadow trees flattened in, in a new
 * document ("Pick the article": a web component's story lives in its shadow tree, and the
 * picker can only point at its host); null once the copy passes the reader's limits.
 */
export function flattenedElement(el: Element): Element | null {
  const into = el.ownerDocument.implementation.createHTMLDocument('');
  return copyFlattened(el, into, READER_LIMITS);
}
