// A pick kept for the site (issue 11, items 1 and 3) in real Chromium: a block picked by
// keyboard, kept with "Use this block on <host> from now on", is in storage.local as a
// structural selector (no page text); after a reload the reader opens on that block with a note,
// "Show the whole page" undoes it for this reading, and a page of the host where the selector
// finds nothing is read whole with a note that the fix was skipped. Its own file: the fix is kept
// for the test server's host in this browser profile.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { gotoSettled, serviceWorker } from './harness/chromium';
import { hostCount, inReader, openReader, waitForReader } from './harness/reader-chromium';
import { outline, pageState, pressPick, waitForPicker } from './harness/picker-chromium';
import { chromiumSuite } from './harness/suite';

const env = chromiumSuite();

const article = (page: Page) =>
  inReader(page, (root) => ({
    text: (root.querySelector('article, .empty') as HTMLElement).innerText,
    note: root.querySelector('.fix-note')?.textContent ?? null,
  }));

async function pressInReader(page: Page, selector: string): Promise<void> {
  const at = await inReader(
    page,
    (root, s) => {
      let el = root.querySelector<HTMLElement>(s)!;
      if (!el.checkVisibility()) {
        root.querySelector<HTMLElement>('button.overflow')!.click();
        el = root.querySelector<HTMLElement>(s)!;
      }
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    selector,
  );
  await page.mouse.click(at.x, at.y);
}

/** Esc until the reader is closed: the first may close "More controls", which the tests open. */
async function closeReader(page: Page): Promise<void> {
  for (let i = 0; i < 3 && (await hostCount(page)) > 0; i++) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(150);
  }
  expect(await hostCount(page)).toBe(0);
}

const storedFixes = () =>
  serviceWorker(env.chromium).evaluate(
    async () => (await chrome.storage.local.get('siteFixes')).siteFixes,
  );

test('a kept pick is applied on reload, can be undone, and is skipped where it finds nothing', async () => {
  const page = await env.chromium.context.newPage();
  await gotoSettled(page, env.server.url('/pages/pick.html?fix'));
  await page.mouse.move(1275, 715);
  const before = await pageState(page);
  await openReader(env.chromium, page);
  // The whole page's reading is the story.
  expect((await article(page)).text).toMatch(/storm barrier/);
  await pressPick(page);
  await waitForPicker(page);
  await expect.poll(async () => (await outline(page)).said).toMatch(/^main · /);
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await outline(page)).said).toMatch(/^div · 200 × /);
  await page.keyboard.press('Enter');
  expect(await waitForReader(page)).toBe(true);
  expect((await article(page)).text).toMatch(/High water at 06:12/);

  await pressInReader(page, 'button.pick-article-keep');
  const host = new URL(env.server.origin).host;
  await expect
    .poll(storedFixes)
    .toMatchObject({ version: 1, sites: { [host]: [{ kind: 'pick' }] } });
  const stored = JSON.stringify(await storedFixes());
  expect(stored).toContain('#lead');
  expect(stored).not.toMatch(/High water|Tides/);
  expect(
    await inReader(page, (root) => root.querySelector('.pick-article-keep')!.textContent),
  ).toBe(`Kept: this block opens on ${host} from now on`);
  await closeReader(page);
  await page.mouse.move(1275, 715);
  expect(await pageState(page)).toEqual(before);

  // Reloaded: the reader opens on the kept block, and says so.
  await page.reload();
  await page.waitForTimeout(300);
  await openReader(env.chromium, page);
  await expect
    .poll(async () => (await article(page)).note)
    .toBe('Showing the block kept for this site. Show the whole page');
  const kept = await article(page);
  expect(kept.text).toMatch(/High water at 06:12/);
  expect(kept.text).not.toMatch(/storm barrier/);
  // Undone for this reading: the whole page again.
  await pressInReader(page, 'button.fix-note-action');
  await expect.poll(async () => (await article(page)).text).toMatch(/storm barrier/);
  expect((await article(page)).note).toBeNull();
  expect(await hostCount(page)).toBe(1);
  await closeReader(page);
  await page.mouse.move(1275, 715);
  expect(await pageState(page)).toEqual(before);
  await page.close();

  // Another page of the host, where the kept selector finds nothing: read whole, with a note.
  const other = await env.chromium.context.newPage();
  await gotoSettled(other, env.server.url('/pages/demo-news.html?fix'));
  await openReader(env.chromium, other);
  await expect.poll(async () => (await article(other)).note).toMatch(/isn’t on this page/);
  expect((await article(other)).text).toMatch(/Portmere/);
  await other.close();
});
