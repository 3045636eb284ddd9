/**
 * Saved HTML makes no request when it is opened later (issue 12: a tracking pixel in the article
 * was fetched again from the saved file, on every opening). The images the reader can read —
 * same-origin or served with CORS — go into the file as data: URLs; every other image becomes
 * its alt text and a link to it. The file's CSP (core/export/html.ts) then allows data: images
 * only. The article's own images are the only requests this makes, and it makes each once.
 */
import { parseInert, serializeFragment } from '../inert-markup';

/** Per image and for the whole file: a saved article should stay a file one can mail. */
const MAX_IMAGE_BYTES = 5_000_000;
const MAX_TOTAL_BYTES = 20_000_000;
const TIMEOUT_MS = 5_000;

function absolute(url: string, base: string | null): string | null {
  try {
    const parsed = new URL(url, base ?? undefined);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function asDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(blob);
  });
}

/** The image as a data: URL, or null when it cannot be read (cross-origin, too big, no image). */
async function readImage(url: string): Promise<Blob | null> {
  try {
    const response = await fetch(url, {
      credentials: 'same-origin',
      mode: 'cors',
      cache: 'force-cache',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) return null;
    const blob = await response.blob();
    return blob.type.startsWith('image/') && blob.size <= MAX_IMAGE_BYTES ? blob : null;
  } catch {
    return null;
  }
}

function asLink(img: Element, url: string | null): Node {
  const doc = img.ownerDocument;
  const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
  if (!url) return doc.createTextNode(alt);
  const link = doc.createElement('a');
  link.setAttribute('href', url);
  link.textContent = alt || url;
  return link;
}

/** `html` (sanitised article markup) with its images embedded or turned into links. */
export async function embedImages(html: string, base: string | null): Promise<string> {
  const fragment = parseInert(html);
  // <picture> sources and srcset would be fetched in place of the embedded src.
  for (const source of fragment.querySelectorAll('picture > source')) source.remove();
  const images = Array.from(fragment.querySelectorAll('img'));
  const urls = images.map((img) => absolute(img.getAttribute('src') ?? '', base));
  const blobs = await Promise.all(urls.map((url) => (url ? readImage(url) : null)));
  let total = 0;
  for (const [i, img] of images.entries()) {
    const blob = blobs[i];
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
    if (blob && total + blob.size <= MAX_TOTAL_BYTES) {
      total += blob.size;
      img.setAttribute('src', await asDataUrl(blob));
    } else {
      img.replaceWith(asLink(img, urls[i] ?? null));
    }
  }
  return serializeFragment(fragment);
}
