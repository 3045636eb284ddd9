/**
 * Where the reader looks for the article: the page itself (with its open shadow roots
 * flattened in), and, when the page has none, the same-origin frames it shows — an article
 * page wrapped in a frameset or a viewer that loads the story into an <iframe>.
 */
import { extractArticle } from '../core/extract/extract';
import { READER_LIMITS, TOO_LARGE_MESSAGE } from '../core/extract/limits';
import type { Extraction, PageFix } from '../core/article';
import { flattenedCopy } from './flat-copy';

/** Frames tried at most: pages with dozens of ad frames must not multiply the click's cost. */
const MAX_FRAMES = 8;

function extractDocument(
  doc: Document,
  fixes: readonly PageFix[],
  wholeShortPage = false,
): Extraction {
  const copy = flattenedCopy(doc);
  if (copy === 'too-large') return { ok: false, reason: 'too-large', message: TOO_LARGE_MESSAGE };
  // One sanitiser for every frame: nodes of a frame's realm are serialised and re-parsed in it.
  const options = {
    purifyWindow: window,
    limits: READER_LIMITS,
    wholeShortPage,
    ...(fixes.length ? { fixes } : {}),
  };
  return copy
    ? extractArticle(copy, { ...options, isPrivateCopy: true })
    : extractArticle(doc, options);
}

function area(frame: Element): number {
  const box = frame.getBoundingClientRect();
  return box.width * box.height;
}

/** null for a cross-origin or sandboxed frame (some browsers throw instead). */
function contentDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** Documents of the same-origin frames of `doc`, biggest on screen first. */
function sameOriginFrames(doc: Document): Document[] {
  const frames = Array.from(doc.querySelectorAll<HTMLIFrameElement>('iframe, frame'));
  const docs: { doc: Document; area: number }[] = [];
  for (const frame of frames) {
    const inner = contentDocument(frame);
    if (inner?.documentElement) docs.push({ doc: inner, area: area(frame) });
  }
  return docs
    .sort((a, b) => b.area - a.area)
    .slice(0, MAX_FRAMES)
    .map((d) => d.doc);
}

/** The article of `doc` (or of a frame), with this site's `fixes` applied (issue 11, item 3). */
export function extractFromPage(
  doc: Document = document,
  fixes: readonly PageFix[] = [],
): Extraction {
  const page = extractDocument(doc, fixes);
  if (page.ok || page.reason === 'too-large') return page;
  const frames = sameOriginFrames(doc);
  for (const frame of frames) {
    const inFrame = extractDocument(frame, fixes);
    if (inFrame.ok) return inFrame;
  }
  // Last: a small HTML page with a few words of its own and no frame to look in is read whole
  // (a text file or an image the browser wraps in a page of its own is not an article).
  if (frames.length || doc.contentType !== 'text/html') return page;
  return extractDocument(doc, fixes, true);
}
