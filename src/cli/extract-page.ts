/** One page's HTML to its extraction, on the CLI's DOMs (see dom.ts). */
import { extractArticle } from '../core/extract/extract';
import type { Extraction } from '../core/article';
import { TOO_LARGE_MESSAGE } from '../core/extract/limits';
import { parsePage, purifyWindow } from './dom';

/**
 * The page parsed, or "too large" when the parser itself gives up: linkedom spreads a class
 * attribute's words into one call's arguments and overflows the stack past ~125,000 words, and
 * V8 refuses strings past its length limit (RangeError both times). Other failures are bugs.
 */
function parseOrTooLarge(html: string): Document | Extraction {
  try {
    return parsePage(html);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { ok: false, reason: 'too-large', message: TOO_LARGE_MESSAGE };
  }
}

export function extractPage(html: string, url?: string): Extraction {
  const parsed = parseOrTooLarge(html);
  if ('ok' in parsed) return parsed;
  return extractArticle(parsed, {
    ...(url === undefined ? {} : { url }),
    isPrivateCopy: true,
    purifyWindow: purifyWindow(),
    // One document, no frames to look in: as the reader's last step, a small page is read whole.
    wholeShortPage: true,
  });
}
