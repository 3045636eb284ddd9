/**
 * The CLI's two DOMs, chosen by measurement on the 88 pages of aeb-dev (see the report in
 * issue 2): linkedom parses pages ~9× faster than jsdom (0.65 s vs 5.7 s) and Readability's
 * text on it matched jsdom's on 87 of 88 pages, so pages are parsed with linkedom. DOMPurify
 * cannot run on linkedom (`isSupported` is false and it returns its input unchanged), so one
 * jsdom window, created once and reused for every page, does the sanitising.
 */
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';

/** A private, throwaway Document for one page. */
export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

let purifier: Window | undefined;

/** The shared sanitising window; nothing of a page is ever parsed into it as a whole. */
export function purifyWindow(): Window {
  purifier ??= new JSDOM('<!doctype html><html><head></head><body></body></html>').window;
  return purifier;
}
