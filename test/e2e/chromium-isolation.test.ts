// Isolation (issue 12) in Chromium: the hostile pages of test/e2e/harness/isolation.ts, each
// opened by a real toolbar click (CDP Extensions.triggerAction), with real keys and clicks.
// Beside the shared checks, a clobbered `clearpageExporter` must not stop Markdown saves.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { gotoSettled, launchChromium, type ChromiumSession } from './harness/chromium';
import { builtExtension } from './harness/expected';
import { ISOLATION_CHECKS, ISOLATION_PAGES, type Driver } from './harness/isolation';
import { clickInReader, inReader, openReader } from './harness/reader-chromium';
import { HOSTILE_PAGES, serveStatic, type StaticServer } from './harness/server';

let server: StaticServer;
let chromium: ChromiumSession;

/**
 * A name for the test server that is not "localhost" nor a loopback address, so its pages are
 * plain http, not a secure context: no navigator.clipboard there.
 */
const INSECURE_HOST = 'insecure.clearpage.test';

beforeAll(async () => {
  server = await serveStatic({ '/hostile/': HOSTILE_PAGES });
  chromium = await launchChromium({
    extensionDirs: [builtExtension('chrome')],
    args: [`--host-resolver-rules=MAP ${INSECURE_HOST} 127.0.0.1`],
  });
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** The clipboard, read in a page of its own on the (secure) loopback origin. */
async function readClipboard(): Promise<string> {
  const reader = await chromium.context.newPage();
  await reader.goto(server.url('/clipboard-reader'));
  await chromium.context.grantPermissions(['clipboard-read'], { origin: server.origin });
  await reader.bringToFront();
  const text = await reader.evaluate(() => navigator.clipboard.readText());
  await reader.close();
  return text;
}

function driver(page: Page, origin = server.origin): Driver {
  const seen: string[] = [];
  page.on('request', (request) => seen.push(request.url()));
  return {
    async open(file) {
      await gotoSettled(page, new URL(`/hostile/${file}`, origin).href);
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      seen.length = 0;
      await openReader(chromium, page);
    },
    click: () => openReader(chromium, page),
    inPage: (fn, arg) => page.evaluate(fn, arg as never),
    inReader: (fn, arg) => inReader(page, fn, arg),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    clickAt: (x, y) => page.mouse.click(x, y),
    requests: () => [...seen],
    async clipboard() {
      const text = await readClipboard();
      await page.bringToFront();
      return text;
    },
    sleep: (ms) => page.waitForTimeout(ms),
  };
}

describe.each(ISOLATION_PAGES)('%s in Chromium', (file) => {
  test('the page cannot reach, restyle, feed, steer or stop the reader', async () => {
    const page = await chromium.context.newPage();
    await ISOLATION_CHECKS[file](driver(page));
    await page.close();
  });
});

test('Markdown saves work under a page whose <a id="clearpageExporter"> clobbers window', async () => {
  const page = await chromium.context.newPage();
  await driver(page).open('isolation-custom-elements.html?save');
  const download = page.waitForEvent('download');
  await clickInReader(page, 'More formats');
  await clickInReader(page, 'Save as Markdown');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.md$/);
  await page.close();
});

test('Copy on a plain-http page (no navigator.clipboard) fires no copy event in the page', async () => {
  const page = await chromium.context.newPage();
  const insecure = server.origin.replace('127.0.0.1', INSECURE_HOST);
  await ISOLATION_CHECKS['isolation-clipboard.html'](driver(page, insecure));
  expect(await page.evaluate(() => [isSecureContext, typeof navigator.clipboard])).toEqual([
    false,
    'undefined',
  ]);
  await page.close();
});
