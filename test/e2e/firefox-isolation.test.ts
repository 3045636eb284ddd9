// Isolation (issue 12) in Firefox ESR: the hostile pages of test/e2e/harness/isolation.ts, each
// opened by a real toolbar click (the browser action's triggerAction from the chrome scope,
// over WebDriver BiDi), with real keys and clicks (BiDi input actions are trusted).
import type { KeyInput, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtExtension } from './harness/expected';
import {
  inReader,
  launchFirefox,
  openExtensionPage,
  openReader,
  readClipboard,
  type FirefoxSession,
} from './harness/firefox';
import { ISOLATION_CHECKS, ISOLATION_PAGES, type Driver } from './harness/isolation';
import { HOSTILE_PAGES, serveStatic, type StaticServer } from './harness/server';

let server: StaticServer;
let firefox: FirefoxSession;

beforeAll(async () => {
  server = await serveStatic({ '/hostile/': HOSTILE_PAGES });
  firefox = await launchFirefox(builtExtension('firefox'));
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function driver(page: Page): Driver {
  const seen: string[] = [];
  page.on('request', (request) => void seen.push(request.url()));
  return {
    async open(file) {
      await page.goto(server.url(`/hostile/${file}`));
      await sleep(500);
      seen.length = 0;
      await openReader(firefox, page);
    },
    click: () => openReader(firefox, page),
    inPage: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    inReader: (fn, arg) => inReader(firefox, page, fn, arg),
    async press(combo) {
      // Playwright's "Control+Equal" as puppeteer key presses.
      const keys = combo.split('+') as KeyInput[];
      const last = keys.pop()!;
      for (const key of keys) await page.keyboard.down(key);
      await page.keyboard.press(last);
      for (const key of keys.reverse()) await page.keyboard.up(key);
    },
    type: (text) => page.keyboard.type(text),
    clickAt: (x, y) => page.mouse.click(x, y),
    requests: () => [...seen],
    async setFontFamily(family) {
      const popup = await openExtensionPage(firefox, 'popup.html');
      await popup.waitForFunction(() => document.querySelector('#font-family') !== null);
      await popup.select('#font-family', family);
      const stored = () =>
        popup.evaluate(async () => {
          const api = (globalThis as unknown as { browser: { storage: typeof chrome.storage } })
            .browser;
          return (await api.storage.sync.get('settings')).settings as unknown;
        });
      await expect.poll(stored).toMatchObject({ fontFamily: family });
      await popup.close();
    },
    clipboard: () => readClipboard(firefox),
    sleep,
  };
}

describe.each(ISOLATION_PAGES)('%s in Firefox', (file) => {
  test('the page cannot reach, restyle, feed, steer or stop the reader', async () => {
    const page = await firefox.browser.newPage();
    await ISOLATION_CHECKS[file](driver(page));
    await page.close();
  });
});
