// The hostile corpus in Firefox ESR, by a real toolbar click: the same checks as
// chromium-hostile-pages.test.ts — a marker write from anything but the page's own handlers on
// the page's own elements fails (harness/page-probe.ts), and so does a request, after the
// click, for a URL the page had not already asked for. Requests that leave the test server get
// an empty 204 (nothing reaches the network; a meta refresh stays on the page).
import { readdirSync } from 'node:fs';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtExtension } from './harness/expected';
import {
  hostCount,
  inReader,
  launchFirefox,
  openReader,
  type FirefoxSession,
} from './harness/firefox';
import { installRecorder, type MarkerWrite } from './harness/page-probe';
import { HOSTILE_PAGES, serveStatic, type StaticServer } from './harness/server';

const FILES = readdirSync(HOSTILE_PAGES)
  .filter((f) => f.endsWith('.html'))
  // The isolation pages (issue 12) attack with the page's own scripts running beside the reader,
  // which this harness does not model; test/e2e/*-isolation.test.ts drives them.
  .filter((f) => !f.startsWith('isolation-'))
  .sort();

const EVENTS = (
  'load error click dblclick mouseover mouseenter mousedown mouseup focus blur focusin keydown ' +
  'input change submit toggle animationstart transitionend scroll wheel copy paste begin end'
).split(' ');

let server: StaticServer;
let firefox: FirefoxSession;
const seenOnLoad: { markers: number; requests: number }[] = [];

beforeAll(async () => {
  server = await serveStatic({ '/hostile/': HOSTILE_PAGES });
  firefox = await launchFirefox(builtExtension('firefox'));
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function watched(page: Page, phase: () => string) {
  const requests: { url: string; phase: string }[] = [];
  await page.evaluateOnNewDocument(installRecorder);
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    requests.push({ url: request.url(), phase: phase() });
    // A request the page drops meanwhile (it navigated, it closed) can no longer be answered.
    const answer = request.url().startsWith(server.origin)
      ? request.continue()
      : request.respond({ status: 204, body: '' });
    answer.catch(() => undefined);
  });
  return requests;
}

function detonateReader(root: ShadowRoot, names: string[]): number {
  let fired = 0;
  for (const el of root.querySelectorAll('*')) {
    for (const name of names) {
      el.dispatchEvent(new Event(name, { bubbles: true }));
      fired++;
    }
  }
  return fired;
}

const setPhase = (page: Page, phase: string) =>
  page.evaluate((p: string) => ((window as { __probePhase?: string }).__probePhase = p), phase);

describe.each(FILES)('hostile page %s in Firefox', (file) => {
  test('the reader shows the article, runs no page code and requests nothing new', async () => {
    const page = await firefox.browser.newPage();
    let phase = 'load';
    const requests = await watched(page, () => phase);
    await page.goto(server.url(`/hostile/${file}`));
    await sleep(500);

    phase = 'open';
    await setPhase(page, phase);
    await openReader(firefox, page);
    const paragraphs = await inReader(
      firefox,
      page,
      (root) => root.querySelectorAll('.body p').length,
    );
    expect(paragraphs).toBeGreaterThanOrEqual(4);

    phase = 'detonate';
    await setPhase(page, phase);
    const source = await page.content();
    const pageEvents = [...source.matchAll(/\son([a-z]+)\s*=/gi)].map((m) => m[1]!.toLowerCase());
    await inReader(firefox, page, detonateReader, [...new Set([...EVENTS, ...pageEvents])]);
    await sleep(500);

    phase = 'closed';
    await setPhase(page, phase);
    // The detonation pressed the reader's own controls too (a script-made click inside the shadow
    // root reaches them): the outline, "Remove parts", even the picker may be open. Esc closes
    // the innermost first, as for a reader who opened them all.
    const open = () =>
      page.evaluate(
        () =>
          document.querySelectorAll('div[data-clearpage-reader], div[data-clearpage-picker]')
            .length,
      );
    for (let i = 0; i < 6 && (await open()) > 0; i++) {
      await page.keyboard.press('Escape');
      await sleep(150);
    }
    await expect.poll(() => hostCount(page)).toBe(0);
    expect(await open()).toBe(0);
    await sleep(300);

    const writes = await page.evaluate(
      () => (window as { __markerLog?: MarkerWrite[] }).__markerLog ?? [],
    );
    const before = new Set(requests.filter((r) => r.phase === 'load').map((r) => r.url));
    // The reader's bundled fonts come from the extension, not from any URL in the page.
    const after = requests.filter((r) => r.phase !== 'load' && !r.url.startsWith('moz-extension:'));
    seenOnLoad.push({
      markers: writes.filter((w) => w.phase === 'load').length,
      requests: before.size,
    });
    expect(writes.filter((w) => w.phase !== 'load' && !w.own)).toEqual([]);
    expect(after.filter((r) => !before.has(r.url))).toEqual([]);
    await page.close();
  });
});

test('the probe sees page code in Firefox too: the corpus runs and requests things on its own', () => {
  expect(seenOnLoad).toHaveLength(FILES.length);
  expect(seenOnLoad.filter((s) => s.markers > 0).length).toBeGreaterThan(FILES.length / 2);
  expect(seenOnLoad.filter((s) => s.requests > 1).length).toBeGreaterThan(FILES.length / 2);
});
