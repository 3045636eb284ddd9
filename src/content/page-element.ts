/**
 * The page's element for a block of the reader (issue 11, item 3). The reader shows a sanitised
 * copy with no link back to the page, so when a removal or a bring-back is kept for the site,
 * the page is searched once, then, for the element with the block's text (its tag first;
 * Readability turns some <div>s into <p>s). Only to find the element: what is stored is its
 * structural selector (core/fixes/selector.ts), never the text. Nothing runs before that click.
 */
const norm = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Elements are compared by text this long at most: enough to tell blocks apart. */
const MAX_COMPARE = 4000;

function imageMatch(block: Element, doc: Document): Element | null {
  const src = block.querySelector('img')?.getAttribute('src');
  if (!src) return null;
  const img = [...doc.images].find((i) => i.src === src || i.currentSrc === src);
  return img?.closest(block.localName) ?? img?.parentElement ?? null;
}

/** The element of `doc` that shows what `block` shows, or null when none does. */
export function findPageElement(block: Element, doc: Document = document): Element | null {
  const want = norm(block.textContent).slice(0, MAX_COMPARE);
  if (!want || !doc.body) return imageMatch(block, doc);
  const same = (el: Element) => norm(el.textContent).slice(0, MAX_COMPARE) === want;
  const byTag = [...doc.body.getElementsByTagName(block.localName)].find(same);
  if (byTag) return byTag;
  // Any element with that text, the innermost one (its parents hold the same text).
  let found: Element | null = null;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (el.localName === 'script' || el.localName === 'style') continue;
    if (same(el)) found = el;
    else if (found && !found.contains(el)) break;
  }
  return found;
}
