// Watching a page for code that runs and requests that leave, in real Chromium.
//
// Markers: the hostile pages set `__pwned` (or `parent.__pwned`) from every vector. An init
// script turns that global into a setter that logs each write with the test's current phase
// and whose element ran it: `window.event.currentTarget` is the element whose handler is
// running. A handler on the page's own element (or on window/document, where <body on…>
// handlers live) is the page's own code reacting to an event; everything else — a script, a
// timer, a handler inside the reader's shadow tree (window.event is undefined there, per the
// DOM spec), a frame — is logged as `own: false`, so a test counts it against Clearpage.
import type { BrowserContext, Page, Request } from 'playwright-core';

export interface MarkerWrite {
  value: string;
  phase: string;
  own: boolean;
  /** The element (or window/document) whose handler wrote it, when known. */
  where: string;
}

declare global {
  interface Window {
    __markerLog?: MarkerWrite[];
    __probePhase?: string;
  }
}

export function installRecorder(): void {
  const top = window.top === window ? window : null;
  if (!top) return; // frames write through parent.__pwned into the top window's setter
  const log: MarkerWrite[] = [];
  Object.defineProperty(window, '__markerLog', { value: log });
  window.__probePhase = 'load';
  Object.defineProperty(window, '__pwned', {
    configurable: false,
    get: () => undefined,
    set(value: unknown) {
      const target = window.event?.currentTarget ?? null;
      const isNode = target instanceof Node;
      const inShadow = isNode && target.getRootNode() !== document;
      const own =
        target === window ||
        target === document ||
        (isNode && !inShadow && document.contains(target));
      const where = isNode
        ? `${(target as Element).localName ?? target.nodeName}${inShadow ? ' (in a shadow tree)' : ''}`
        : target === window
          ? 'window'
          : 'no event (script, timer or frame)';
      log.push({ value: String(value), phase: window.__probePhase ?? '?', own, where });
    },
  });
}

/** Installs the marker recorder in every page of `context`, before any page script runs. */
export async function recordMarkers(context: BrowserContext): Promise<void> {
  await context.addInitScript(installRecorder);
}

export async function setPhase(page: Page, phase: string): Promise<void> {
  await page.evaluate((p) => (window.__probePhase = p), phase);
}

export async function markerWrites(page: Page): Promise<MarkerWrite[]> {
  return page.evaluate(() => [...(window.__markerLog ?? [])]);
}

export interface SeenRequest {
  url: string;
  phase: string;
  type: string;
}

/**
 * Logs every request `page` (and its frames) makes, tagged with the phase `current()` returns
 * when it starts. Requests leaving the test server get an empty 204 at once: nothing reaches
 * the network, an image fails as it would offline, and a navigation (a meta refresh) stays put.
 */
export async function recordRequests(
  page: Page,
  origin: string,
  current: () => string,
): Promise<SeenRequest[]> {
  const seen: SeenRequest[] = [];
  page.on('request', (request: Request) => {
    seen.push({ url: request.url(), phase: current(), type: request.resourceType() });
  });
  await page.route(
    (url) => url.origin !== origin,
    (route) => route.fulfill({ status: 204, body: '' }),
  );
  return seen;
}

/**
 * Uncaught exceptions in every script context of `page`, the content script's isolated world
 * included (Playwright's 'pageerror' only reports the page's main world).
 */
export async function collectExceptions(page: Page): Promise<string[]> {
  const seen: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    seen.push(exceptionDetails.exception?.description ?? exceptionDetails.text);
  });
  await cdp.send('Runtime.enable');
  return seen;
}
