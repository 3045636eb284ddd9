// The same page shapes as the Chromium tests, in Firefox ESR: text inside open shadow roots and
// an article in a same-origin frame reach the reader, and a single-page app that pushState()s
// to another address closes it (a #fragment change does not).
import { expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { hostCount, inReader, openReader } from './harness/firefox';
import { firefoxSuite } from './harness/suite';

const env = firefoxSuite();
let visits = 0;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function visit(path: string): Promise<Page> {
  const page = await env.firefox.browser.newPage();
  await page.goto(env.server.url(`${path}?visit=${++visits}`));
  await sleep(300);
  return page;
}

const readerText = (page: Page) =>
  inReader(
    env.firefox,
    page,
    (root) => (root.querySelector('[role="dialog"]') as HTMLElement).innerText,
  );

test('text that lives only in open shadow roots reaches the reader', async () => {
  const page = await visit('/pages/shadow-article.html');
  await openReader(env.firefox, page);
  const text = await readerText(page);
  expect(text).toContain('The harbour master printed the tide tables');
  expect(text).toContain('Ada Quill');
  await page.close();
});

test('a page with no article of its own: the reader shows the one in its same-origin frame', async () => {
  const page = await visit('/pages/framed-article.html');
  await sleep(500); // the frames load after the page
  await openReader(env.firefox, page);
  expect(await readerText(page)).toContain("Portmere's council voted on Monday night");
  await page.close();
});

test('pushState() to another address closes the reader; a #fragment change does not', async () => {
  const page = await visit('/pages/demo-news.html');
  await openReader(env.firefox, page);
  await page.evaluate(() => history.pushState({}, '', '#comments'));
  await sleep(1_200);
  expect(await hostCount(page)).toBe(1);
  await page.evaluate(() => history.pushState({}, '', '/pages/another-story'));
  await expect.poll(() => hostCount(page), { timeout: 5_000 }).toBe(0);
  await page.close();
});
