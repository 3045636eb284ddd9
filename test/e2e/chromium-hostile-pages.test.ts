// The hostile corpus (test/fixtures/hostile/, one page per family of attack) in real Chromium,
// opened by a real toolbar click. The pages run their own code as they load — that is the page,
// not Clearpage — so each page is watched from before its first script: every write of the
// `__pwned` marker is logged with the phase it happened in and whose handler made it
// (harness/page-probe.ts), and every request is logged with its phase. After the click, while
// the reader is open, while every event the page has a handler for is fired at every element of
// the reader, and after Esc, no marker may be written by anything but the page's own handlers
// on the page's own elements, and no request may go to a URL the page had not already asked
// for before the click.
//
// Why the page's own handlers are told apart rather than forbidden: the reader lives in the
// page's DOM, so a real mouse over it is also a mouseover on <html>, and Esc's keyup lands on
// the element focus returns to; those are the page's listeners on the page's elements, which
// the page could fire at any time. Anything else — a handler inside the reader's shadow tree,
// a script, a new frame — fails the test.
//
// What this test found: in Chromium an element gets the page's inline handler as a main-world
// listener when the core clones the page, and removing the `on…` attribute from the content
// script's isolated world does not remove it, so the sanitised reader ran the page's
// `onerror`, `ontoggle`, `onmouseover`… (what an earlier note took for Chromium re-firing the
// page's own <img onerror>). src/content/fresh-content.ts shows a fresh copy instead.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { gotoSettled, launchChromium, type ChromiumSession } from './harness/chromium';
import { builtExtension } from './harness/expected';
import { hostCount, inReader, openReader } from './harness/reader-chromium';
import { serveStatic, HOSTILE_PAGES, type StaticServer } from './harness/server';
import {
  markerWrites,
  recordMarkers,
  recordRequests,
  setPhase,
  type MarkerWrite,
} from './harness/page-probe';

const FILES = readdirSync(HOSTILE_PAGES)
  .filter((f) => f.endsWith('.html'))
  // The isolation pages (issue 12) attack with the page's own scripts running beside the reader,
  // which this harness does not model; test/e2e/*-isolation.test.ts drives them.
  .filter((f) => !f.startsWith('isolation-'))
  .sort();

// Events fired at every element of the reader, beside those the page itself has handlers for.
const EVENTS = [
  'load error click dblclick mouseover mouseenter mousedown mouseup focus blur focusin',
  'keydown input change submit toggle animationstart transitionend scroll wheel copy paste',
  'begin end pageshow message beforetoggle',
].join(' ');

let server: StaticServer;
let chromium: ChromiumSession;
const report: Record<string, unknown>[] = [];

beforeAll(async () => {
  server = await serveStatic({ '/hostile/': HOSTILE_PAGES });
  chromium = await launchChromium({ extensionDirs: [builtExtension('chrome')] });
  await recordMarkers(chromium.context);
});

afterAll(async () => {
  if (process.env.HOSTILE_REPORT) console.table(report);
  await chromium?.close();
  await server?.close();
});

/** Fires each event at every element of the reader's shadow tree, like the jsdom detonator. */
function detonateReader(root: ShadowRoot, names: string[]): number {
  let fired = 0;
  for (const el of root.querySelectorAll('*')) {
    for (const name of names) {
      el.dispatchEvent(new Event(name, { bubbles: true, composed: false }));
      fired++;
    }
  }
  return fired;
}

const notOwn = (writes: MarkerWrite[]) => writes.filter((w) => w.phase !== 'load' && !w.own);

describe.each(FILES)('hostile page %s, opened by a toolbar click', (file) => {
  test('the reader shows the article, runs no page code and requests nothing new', async () => {
    const page = await chromium.context.newPage();
    let phase = 'load';
    const requests = await recordRequests(page, server.origin, () => phase);
    await gotoSettled(page, server.url(`/hostile/${file}`));
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    const source = await page.content();
    const framesBefore = page.frames().length;

    phase = 'open';
    await setPhase(page, phase);
    await openReader(chromium, page);
    const paragraphs = await inReader(page, (root) => root.querySelectorAll('.body p').length);
    expect(paragraphs).toBeGreaterThanOrEqual(4);

    phase = 'detonate';
    await setPhase(page, phase);
    const pageEvents = [...source.matchAll(/\son([a-z]+)\s*=/gi)].map((m) => m[1]!.toLowerCase());
    const names = [...new Set([...EVENTS.split(' '), ...pageEvents])];
    const fired = await inReader(page, detonateReader, names);
    await page.mouse.move(200, 200);
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(500);

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
      await page.waitForTimeout(150);
    }
    await expect.poll(() => hostCount(page)).toBe(0);
    expect(await open()).toBe(0);
    await page.waitForTimeout(300);

    const writes = await markerWrites(page);
    const before = new Set(requests.filter((r) => r.phase === 'load').map((r) => r.url));
    // The reader's bundled fonts come from the extension (a per-session dynamic URL), not the page.
    const after = requests.filter(
      (r) => r.phase !== 'load' && !r.url.startsWith('chrome-extension:'),
    );
    report.push({
      file,
      paragraphs,
      eventsFired: fired,
      markersOnLoad: writes.filter((w) => w.phase === 'load').length,
      pageHandlersAfterClick: writes.filter((w) => w.phase !== 'load' && w.own).length,
      requestsOnLoad: before.size,
      requestsAfterClick: after.length,
    });
    expect(notOwn(writes)).toEqual([]);
    expect(after.filter((r) => !before.has(r.url))).toEqual([]);
    expect(page.frames().length).toBe(framesBefore);
    await page.close();
  });
});

test('the probe sees page code: the corpus runs and requests things on its own', () => {
  // Guards the harness: if the recorder saw nothing, "nothing after the click" would prove nothing.
  expect(report).toHaveLength(FILES.length);
  const ran = report.filter((r) => (r.markersOnLoad as number) > 0).length;
  const requested = report.filter((r) => (r.requestsOnLoad as number) > 1).length;
  expect(ran).toBeGreaterThan(FILES.length / 2);
  expect(requested).toBeGreaterThan(FILES.length / 2);
});
