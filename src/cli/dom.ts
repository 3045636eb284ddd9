/**
 * The CLI's two DOMs, chosen by measurement on the 88 pages of aeb-dev: linkedom parses pages ~9× faster than jsdom (0.65 s vs 5.7 s) and Readability's
 * text on it matched jsdom's on 87 of 88 pages, so pages are parsed with linkedom. DOMPurify
 * cannot run on linkedom (`isSupported` is false and it returns its input unchanged), so one
 * jsdom window, created once and reused for every page, does the sanitising.
 */
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';

/** A private, throwaway Document for one page. */
export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

let purifier: Window | undefined;

/**
 * The shared sanitising window; nothing of a page is ever parsed into it as a whole. jsdom
 * takes ~1.3 s to load, so it is required on first use: `--help` or a usage error stay instant.
 */
export function purifyWindow(): Window {
  if (!purifier) {
    const { JSDOM } = createRequire(import.meta.url)('jsdom') as typeof import('jsdom');
    purifier = new JSDOM('<!doctype html><html><head></head><body></body></html>').window;
  }
  return purifier;
}
