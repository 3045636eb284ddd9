// Re-entrancy and a page that changes under the reader, in real Chromium: a single-page app
// moving to another address closes the reader (a #fragment change does not); clicks in a burst,
// a click while a slow page is still being read, and the shortcut's injection with the popup's
// "open" at the same moment never leave two overlays or a half-built one; reloading the
// extension under an open reader closes it cleanly, and the reloaded extension works.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { clickAction, gotoSettled, serviceWorker } from './harness/chromium';
import { collectExceptions } from './harness/page-probe';
import { tabIdOf } from './harness/popup-chromium';
import { hostCount, inReader, openReader } from './harness/reader-chromium';
import { enableDeveloperMode, wakeWorker } from './harness/tabs-chromium';
import { chromiumSuite } from './harness/suite';

const env = chromiumSuite();
let visits = 0;

async function visit(path = '/pages/demo-news.html') {
  const page = await env.chromium.context.newPage();
  const exceptions = await collectExceptions(page);
  await gotoSettled(page, env.server.url(`${path}?visit=${++visits}`));
  return { page, exceptions };
}

/** Every reader host on the page, and whether each one is complete (dialog with a title). */
async function overlays(page: Page): Promise<{ count: number; complete: boolean }> {
  const count = await hostCount(page);
  if (count !== 1) return { count, complete: false };
  const label = await inReader(page, (root) =>
    root.querySelector('[role="dialog"]')?.getAttribute('aria-label'),
  );
  return { count, complete: Boolean(label) };
}

/** Settled: the state stays the same for a second (no second overlay arriving late). */
async function settled(page: Page) {
  await page.waitForTimeout(1_000);
  const first = await overlays(page);
  await page.waitForTimeout(500);
  expect(await overlays(page)).toEqual(first);
  return first;
}

const expectOneOrNone = (state: { count: number; complete: boolean }) =>
  expect([
    { count: 0, complete: false },
    { count: 1, complete: true },
  ]).toContainEqual(state);

test('a single-page app that pushState()s to another address closes the reader', async () => {
  const { page, exceptions } = await visit();
  await openReader(env.chromium, page);
  await page.evaluate(() => history.pushState({}, '', '#comments'));
  await page.waitForTimeout(1_200);
  expect(await hostCount(page)).toBe(1); // only the fragment changed: same article
  await page.evaluate(() => history.pushState({}, '', '/pages/another-story'));
  await expect.poll(() => hostCount(page), { timeout: 5_000 }).toBe(0);
  // And back: popstate to the first address does not bring a stale reader back either.
  await page.goBack();
  await page.waitForTimeout(800);
  expect(await hostCount(page)).toBe(0);
  expect(exceptions).toEqual([]);
  await page.close();
});

test('a double click, and a burst of five clicks, never leave two or a half-built overlay', async () => {
  const { page, exceptions } = await visit();
  await Promise.all([clickAction(env.chromium, page), clickAction(env.chromium, page)]);
  expectOneOrNone(await settled(page));
  // 50 ms apart: faster than any person clicks. Back-to-back CDP clicks (no gap) on a button whose
  // popup was opened by action.openPopup() crash Chromium 156 itself (SIGTRAP); a six-line
  // extension that only calls setPopup + openPopup on click does the same, 30 ms apart it never did.
  for (let i = 0; i < 5; i++) {
    await clickAction(env.chromium, page);
    await page.waitForTimeout(50);
  }
  expectOneOrNone(await settled(page));
  expect(exceptions).toEqual([]);
  await page.close();
});

test('a click while a slow page is still being read gives one overlay or none', async () => {
  const { page, exceptions } = await visit('/pages/demo-news.html');
  // Make the page slow to read: 4,000 more paragraphs in the article.
  await page.evaluate(() => {
    const body = document.querySelector('article')!;
    const p = body.querySelector('p')!;
    for (let i = 0; i < 4_000; i++) body.append(p.cloneNode(true));
  });
  await clickAction(env.chromium, page);
  await page.waitForTimeout(30);
  await clickAction(env.chromium, page);
  expectOneOrNone(await settled(page));
  expect(exceptions).toEqual([]);
  await page.close();
});

test('the shortcut, the popup and a click at once: one overlay or none, never two', async () => {
  const { page, exceptions } = await visit();
  await openReader(env.chromium, page); // the click's grant lets the worker inject, as the shortcut does
  const tabId = await tabIdOf(env.chromium, page);
  const popup = await env.chromium.context.newPage();
  await popup.goto(`chrome-extension://${env.chromium.extensionId}/popup.html?tab=${tabId}`);
  await page.keyboard.press('Escape');
  await expect.poll(() => hostCount(page)).toBe(0);
  const shortcut = () =>
    serviceWorker(env.chromium).evaluate(
      (id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['content.js'] }),
      tabId,
    );
  await Promise.all([
    shortcut(),
    popup
      .locator('#open')
      .click({ force: true })
      .catch(() => undefined),
    clickAction(env.chromium, page),
    shortcut(),
  ]);
  expectOneOrNone(await settled(page));
  expect(exceptions).toEqual([]);
  await popup.close();
  await page.close();
});

test('reloading the extension under an open reader closes it cleanly; the new one works', async () => {
  await enableDeveloperMode(env.chromium); // else Chromium disables an unpacked extension on reload
  const { page, exceptions } = await visit();
  await openReader(env.chromium, page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await serviceWorker(env.chromium)
    .evaluate(() => chrome.runtime.reload())
    .catch(() => undefined); // the worker goes away mid-call
  await expect.poll(() => hostCount(page), { timeout: 5_000 }).toBe(0);
  expect(exceptions).toEqual([]);
  await wakeWorker(env.chromium);
  await page.waitForTimeout(300);
  await openReader(env.chromium, page); // right after a reload a click is lost more often
  expect((await overlays(page)).complete).toBe(true);
  // The new reader talks to the new extension: the popup gets its status.
  const tabId = await tabIdOf(env.chromium, page);
  const popup = await env.chromium.context.newPage();
  await popup.goto(`chrome-extension://${env.chromium.extensionId}/popup.html?tab=${tabId}`);
  await expect.poll(() => popup.locator('#reading').textContent()).toContain('min read');
  await popup.close();
  await page.close();
});
