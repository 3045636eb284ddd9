/**
 * `inert` on the page's <html> makes the reader dead: the host hangs off <html>, and neither the
 * top layer nor a modal dialog escapes an inert ancestor (Chromium 156, Firefox 153). While the
 * reader is open the attribute is taken off <html> whenever the page sets it (before the click
 * or after), and on close it is put back as the page last set it, at the same place among
 * <html>'s attributes, so the page's markup is byte for byte what it was (issue 12). `inert` on
 * <body> needs nothing: the host is not inside it.
 */
interface Wanted {
  value: string;
  /** Its position among the element's attributes, which outerHTML keeps. */
  index: number;
}

function putBack(root: Element, { value, index }: Wanted): void {
  if (root.hasAttribute('inert')) return;
  const after = Array.from(root.attributes)
    .slice(index)
    .map((a) => [a.name, a.value] as const);
  for (const [name] of after) root.removeAttribute(name);
  root.setAttribute('inert', value);
  for (const [name, v] of after) root.setAttribute(name, v);
}

/** Lifts `inert` off `root` now; call the returned check again whenever `root` changed. */
export function liftRootInert(root: Element, signal: AbortSignal): () => void {
  let wanted: Wanted | null = null;
  const check = () => {
    const value = root.getAttribute('inert');
    if (value === null || signal.aborted) return;
    const index = Array.from(root.attributes).findIndex((a) => a.name === 'inert');
    wanted = { value, index };
    root.removeAttribute('inert');
  };
  check();
  signal.addEventListener('abort', () => wanted && putBack(root, wanted), { once: true });
  return check;
}
