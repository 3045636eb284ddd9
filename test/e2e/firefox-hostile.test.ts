// Hostile pages in Firefox ESR: a strict Content-Security-Policy does not leave the reader
// unstyled, and page scripts that rewrite built-ins neither break it nor see it.
import { expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { inReader, openReader } from './harness/firefox';
import { firefoxSuite } from './harness/suite';

const env = firefoxSuite();
let visits = 0;

async function visit(path: string, csp?: string): Promise<Page> {
  const page = await env.firefox.browser.newPage();
  const query = new URLSearchParams({ visit: String(++visits), ...(csp ? { csp } : {}) });
  await page.goto(env.server.url(`${path}?${query}`));
  await new Promise((resolve) => setTimeout(resolve, 300));
  return page;
}

test("under default-src 'none' the reader is fully styled", async () => {
  const page = await visit('/pages/demo-news.html', "default-src 'none'");
  await openReader(env.firefox, page);
  const style = await inReader(env.firefox, page, (root) => {
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
  await openReader(env.firefox, page);
  const text = await inReader(
    env.firefox,
    page,
    (root) => root.querySelector('.body')!.textContent,
  );
  expect(text).toContain('The night ferry to the islands');
  const hooked = await page.evaluate(() => (window as unknown as { __hooked: string[] }).__hooked);
  expect(hooked).toEqual([]);
  await page.close();
});
