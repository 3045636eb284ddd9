// "Read the selection" in real Chromium: on a page where extraction finds no article, the reader
// selects a part of the page and asks for it; the reader then shows exactly that part (links made
// absolute, opening in a new tab), and closing it leaves the page as it was.
import { expect, test } from 'vitest';
import { gotoSettled } from './harness/chromium';
import { openPopupFor } from './harness/popup-chromium';
import { hostCount, inReader, openReader } from './harness/reader-chromium';
import { chromiumSuite } from './harness/suite';

const env = chromiumSuite();

test('reads just the selected part of a page that has no article', async () => {
  const page = await env.chromium.context.newPage();
  await gotoSettled(page, env.server.url('/pages/home.html?selection'));
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  // The click finds no article (a home page) and grants the tab to the extension.
  await openReader(env.chromium, page);
  expect(await inReader(page, (root) => root.textContent)).toMatch(/couldn't find an article/);

  // Nothing selected yet: the popup does not offer it.
  const early = await openPopupFor(env.chromium, page);
  await early.waitForSelector('#read-selection[data-checked]', { state: 'attached' });
  expect(await early.locator('#read-selection').isHidden()).toBe(true);
  await early.close();

  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('main ul')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  // The popup, opened now, offers "Read selection" (it is hidden when nothing is selected).
  const popup = await openPopupFor(env.chromium, page);
  const button = popup.getByRole('button', { name: 'Read selection' });
  await button.waitFor({ state: 'visible' });
  await button.click();
  await popup.close();

  await page.waitForFunction(
    () => document.querySelectorAll('[data-clearpage-reader]').length === 1,
  );
  const view = await inReader(page, (root) => ({
    items: [...root.querySelectorAll('article li')].map((li) => li.textContent?.trim()),
    links: [...root.querySelectorAll('article a')].map((a) => [
      a.getAttribute('href'),
      a.getAttribute('target'),
    ]),
    text: (root.querySelector('article') as HTMLElement).innerText,
  }));
  expect(view.items).toEqual([
    'Portmere votes to raise its harbour wall',
    'Island ferry timetable cut for the winter',
    'Regatta crews rescued after sudden squall',
    'Old cannery to reopen as a market hall',
  ]);
  expect(view.links[0]).toEqual([env.server.url('/coast/harbour-wall'), '_blank']);
  expect(view.text).not.toMatch(/Wind: 24 mph|couldn't find/);
  expect(await hostCount(page)).toBe(1);

  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('[data-clearpage-reader]'));
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  await page.close();
});
