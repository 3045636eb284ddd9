// Hostile pages in Firefox ESR: a strict Content-Security-Policy does not leave the reader
// unstyled, and page scripts that rewrite built-ins neither break it nor see it.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { builtExtension } from './harness/expected';
import { inReader, launchFirefox, openReader, type FirefoxSession } from './harness/firefox';
import { serveStatic, type StaticServer } from './harness/server';

let server: StaticServer;
let firefox: FirefoxSession;
let visits = 0;

beforeAll(async () => {
  server = await serveStatic();
  firefox = await launchFirefox(builtExtension('firefox'));
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function visit(path: string, csp?: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  const query = new URLSearchParams({ visit: String(++visits), ...(csp ? { csp } : {}) });
  await page.goto(server.url(`${path}?${query}`));
  await new Promise((resolve) => setTimeout(resolve, 300));
  return page;
}

test("under default-src 'none' the reader is fully styled", async () => {
  const page = await visit('/pages/demo-news.html', "default-src 'none'");
  await openReader(firefox, page);
  const style = await inReader(firefox, page, (root) => {
    const p = getComputedStyle(root.querySelector('.body p')!);
    const dialog = getComputedStyle(root.querySelector('[role="dialog"]')!);
    return { fontSize: p.fontSize, background: dialog.backgroundColor, position: dialog.position };
  });
  expect(style).toEqual({
    fontSize: '20px',
    background: 'rgb(251, 250, 247)',
    position: 'absolute',
  });
  await page.close();
});

test('page scripts that rewrite built-ins neither break the reader nor see it', async () => {
  const page = await visit('/pages/hostile-builtins.html');
  await openReader(firefox, page);
  const text = await inReader(firefox, page, (root) => root.querySelector('.body')!.textContent);
  expect(text).toContain('The night ferry to the islands');
  const hooked = await page.evaluate(() => (window as unknown as { __hooked: string[] }).__hooked);
  expect(hooked).toEqual([]);
  await page.close();
});
