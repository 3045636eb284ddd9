/**
 * Videos and embeds become a link with their title. The reader runs no third-party player
 * (frames, objects and embeds are never shown, and a page's `<video>` would stream from its
 * host as soon as it is shown), but the reader should still see that the story has a video
 * and be able to open it: a paragraph "▶ <title>" linking to it takes its place.
 * The paragraph is marked `EMBED_ATTR`, so the clean text (and "Save as text") leaves it out,
 * like a caption; the HTML and Markdown keep the link.
 */

/**
 * Clearpage's own mark, in its own prefix: pages use `data-embed` for their players
 * (`<div data-embed="default">` around a video's controls), and a mark the page can also set
 * hid that element's text from the clean text while the reader showed it.
 */
export const EMBED_ATTR = 'data-clearpage-embed';

const EMBEDS = 'iframe, embed, object, video, audio';

function httpUrl(value: string | null | undefined, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function sourceOf(el: Element, base: string): string | null {
  const attr = el.localName === 'object' ? 'data' : 'src';
  return (
    httpUrl(el.getAttribute(attr) ?? el.getAttribute('data-src'), base) ??
    httpUrl(el.querySelector('source[src]')?.getAttribute('src'), base)
  );
}

function titleOf(el: Element, url: string): string {
  const given =
    el.getAttribute('title') ?? el.getAttribute('aria-label') ?? el.getAttribute('data-title');
  if (given?.trim()) return given.replace(/\s+/g, ' ').trim();
  const host = new URL(url).hostname.replace(/^www\./, '');
  return el.localName === 'audio' ? `Audio on ${host}` : `Video on ${host}`;
}

/** Replaces every video, audio, frame, object and embed in `root` with a titled link (or nothing). */
export function linkEmbeds(root: Element): number {
  const doc = root.ownerDocument;
  const base = doc.baseURI || doc.URL || 'about:blank';
  let linked = 0;
  // Outermost first: an <object> may hold an <embed> fallback of the same thing.
  for (const el of Array.from(root.querySelectorAll(EMBEDS))) {
    if (!root.contains(el)) continue; // gone with an outer embed replaced before it
    const url = sourceOf(el, base);
    if (!url) {
      el.remove();
      continue;
    }
    const link = doc.createElement('a');
    link.setAttribute('href', url);
    link.setAttribute(EMBED_ATTR, '');
    link.textContent = `▶ ${titleOf(el, url)}`;
    const paragraph = doc.createElement('p');
    paragraph.setAttribute(EMBED_ATTR, '');
    paragraph.append(link);
    // Inside a paragraph the link stays inline; elsewhere it is a paragraph of its own.
    el.replaceWith(el.parentElement?.closest('p') ? link : paragraph);
    linked++;
  }
  return linked;
}
