// Isolation (issue 12) in Chromium: the hostile pages of test/e2e/harness/isolation.ts, each
// opened by a real toolbar click (CDP Extensions.triggerAction), with real keys and clicks.
// Beside the shared checks, a clobbered `clearpageExporter` must not stop Markdown saves.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { gotoSettled, launchChromium, type ChromiumSession } from './harness/chromium';
import { builtExtension } from './harness/expected';
import { ISOLATION_CHECKS, ISOLATION_PAGES, type Driver } from './harness/isolation';
import { storedSettings } from './harness/popup-chromium';
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
    async setFontFamily(family) {
      const popup = await chromium.context.newPage();
      await popup.goto(`chrome-extension://${chromium.extensionId}/popup.html`);
      await popup.selectOption('#font-family', family);
      await expect.poll(() => storedSettings(chromium)).toMatchObject({ fontFamily: family });
      await popup.close();
    },
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

/** Every link of the page's own documents: the top one, its open shadow roots and its frames. */
function pageLinks(): string[] {
  const links: string[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      // By name, not instanceof: a frame's elements are of its own realm's classes.
      const href = el.localName === 'a' ? (el as HTMLAnchorElement).href : '';
      if (href) links.push(new URL(href).pathname);
      if (el.shadowRoot) walk(el.shadowRoot);
      const frame = el.localName === 'iframe' ? (el as HTMLIFrameElement).contentDocument : null;
      if (frame) walk(frame);
    }
  };
  walk(document);
  return links;
}

test("the page's speculation rules prefetch no link the reader made (Chromium 156 matches links in closed roots)", async () => {
  const page = await chromium.context.newPage();
  const d = driver(page);
  const prefetched = () => server.log.filter((r) => r.purpose === 'prefetch').map((r) => r.path);
  await d.open('isolation-speculation.html');
  const links = await page.evaluate(pageLinks);
  // The rules work: the page's own link was prefetched as the page loaded.
  expect(prefetched()).toContain('/hostile/speculation/page-link.html');
  const showRemoved = await d.inReader(
    (root) =>
      [...root.querySelectorAll('button')]
        .map((b) => b.textContent ?? '')
        .find((text) => text.startsWith('Show removed')) ?? null,
  );
  expect(showRemoved).not.toBeNull();
  const { x, y } = await d.inReader((root, label) => {
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === label)!;
    const r = button.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, showRemoved);
  await d.clickAt(x, y);
  await d.sleep(1_500);
  const shown = await d.inReader((root) =>
    [...root.querySelectorAll('a')].map((a) => ({
      path: new URL(a.href).pathname,
      inArticle: !!a.closest('.body'),
    })),
  );
  // The reader's own controls are buttons, never links; every link it shows is the page's.
  expect(shown.filter((a) => !a.inArticle)).toEqual([]);
  expect(shown.map((a) => a.path)).toContain('/hostile/speculation/frame-follow.html');
  for (const { path } of shown) expect(links).toContain(path);
  for (const path of prefetched()) expect(links).toContain(path);
  // Measured, not wished: the frame's link (the frame has no rules of its own, so nothing asked
  // for it before) is prefetched once the reader shows it inside its closed shadow root.
  expect(prefetched()).toContain('/hostile/speculation/frame-only.html');
  await page.close();
});
