// "Pick the article" (issue 11, item 1) in real Chromium: started from the reader's toolbar, the
// "no article" screen and the popup; the block under the pointer outlined with its size, picked
// by a click, or reached with the arrow keys and picked with Enter; Esc and Cancel cancel. The
// page is byte-identical afterwards (markup and computed styles), and its hover styles never
// applied while picking.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { gotoSettled } from './harness/chromium';
import { openPopupFor } from './harness/popup-chromium';
import { hostCount, inReader, openReader, waitForReader } from './harness/reader-chromium';
import {
  boxOf,
  outline,
  pageState,
  inPicker,
  pickerCount,
  pressPick,
  waitForPicker,
} from './harness/picker-chromium';
import { chromiumSuite } from './harness/suite';

const env = chromiumSuite();
let visits = 0;

async function visit(path: string): Promise<Page> {
  const page = await env.chromium.context.newPage();
  await gotoSettled(page, env.server.url(`${path}?pick=${++visits}`));
  // The pointer away from every block, so no page :hover style is in the snapshots.
  await page.mouse.move(1275, 715);
  return page;
}

const readerText = (page: Page) =>
  inReader(page, (root) => (root.querySelector('article, .empty') as HTMLElement).innerText);

async function closeReader(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('[data-clearpage-reader]'));
}

const STORY = /storm barrier at the mouth of the harbour[\s\S]*fish market opened/;

test('by mouse from the toolbar: the block under the pointer is outlined with its size, a click reads it', async () => {
  const page = await visit('/pages/pick.html');
  const before = await pageState(page);
  await openReader(env.chromium, page);
  await pressPick(page);
  await waitForPicker(page);
  // The reader got out of the way.
  expect(await hostCount(page)).toBe(0);

  // Over a paragraph: the paragraph; the page's own p:hover style never applies.
  const first = await boxOf(page, '#first');
  await page.mouse.move(first.x + 20, first.y + 10);
  await expect.poll(async () => (await outline(page)).label).toMatch(/^p · 560 × \d+$/);
  expect(
    await page.evaluate(() => getComputedStyle(document.querySelector('#first')!).backgroundColor),
  ).toBe('rgba(0, 0, 0, 0)');

  // Over the story's own padding: the story block, its box drawn over it.
  const story = await boxOf(page, '#story');
  await page.mouse.move(story.x + 10, story.y + 10);
  await expect
    .poll(async () => (await outline(page)).label)
    .toBe(`div · 640 × ${Math.round(story.height).toLocaleString('en')}`);
  const drawn = await outline(page);
  expect(drawn.shown).toBe(true);
  for (const key of ['x', 'y', 'width', 'height'] as const)
    expect(Math.abs(drawn.box[key] - story[key]), key).toBeLessThan(1);

  await page.mouse.click(story.x + 10, story.y + 10);
  await waitForPicker(page, false);
  expect(await waitForReader(page)).toBe(true);
  const text = await readerText(page);
  expect(text).toMatch(STORY);
  expect(text).not.toMatch(/Share on Facebook|Most read|High water|About us/);
  // The page's link was not followed by the picking click.
  expect(new URL(page.url()).pathname).toBe('/pages/pick.html');

  await closeReader(page);
  await page.mouse.move(1275, 715);
  expect(await pageState(page)).toEqual(before);
  await page.close();
});

test('by keyboard from the popup: arrows move the outline (Up, Down, Left, Right), Enter picks', async () => {
  const page = await visit('/pages/pick.html');
  const before = await pageState(page);
  // The toolbar click grants the tab (as the real popup's click would); closed again at once.
  await openReader(env.chromium, page);
  await closeReader(page);
  const popup = await openPopupFor(env.chromium, page);
  const button = popup.getByRole('button', { name: 'Pick the article' });
  await button.waitFor({ state: 'visible' });
  await button.click();
  await popup.close();
  await page.bringToFront();
  await waitForPicker(page);

  // The keyboard starts on the page's main element.
  const said = async () => (await outline(page)).said;
  await expect.poll(said).toMatch(/^main · /);
  const steps: [string, RegExp][] = [
    ['ArrowDown', /^div · 200 × /],
    ['ArrowRight', /^div · 640 × /],
    ['ArrowRight', /^div · 220 × /],
    ['ArrowLeft', /^div · 640 × /],
    ['ArrowDown', /^h2 · /],
    ['ArrowUp', /^div · 640 × /],
  ];
  for (const [key, want] of steps) {
    await page.keyboard.press(key);
    await expect.poll(said).toMatch(want);
  }
  await page.keyboard.press('Enter');
  await waitForPicker(page, false);
  expect(await waitForReader(page)).toBe(true);
  expect(await readerText(page)).toMatch(STORY);
  await closeReader(page);
  expect(await pageState(page)).toEqual(before);
  await page.close();
});

test('from the "no article" screen; Esc cancels back to the reader, Cancel to the page', async () => {
  const page = await visit('/pages/home.html');
  const before = await pageState(page);
  await openReader(env.chromium, page);
  expect(await readerText(page)).toMatch(/couldn't find an article/);
  await pressPick(page, true);
  await waitForPicker(page);
  expect(await hostCount(page)).toBe(0);
  await page.mouse.move(300, 200);
  await expect.poll(async () => (await outline(page)).shown).toBe(true);

  // Esc: the picker goes, and the reader it was started from comes back.
  await page.keyboard.press('Escape');
  await waitForPicker(page, false);
  expect(await waitForReader(page)).toBe(true);
  expect(await readerText(page)).toMatch(/couldn't find an article/);
  await closeReader(page);
  expect(await pageState(page)).toEqual(before);

  // From the popup with no reader open, Cancel leaves just the page.
  const popup = await openPopupFor(env.chromium, page);
  await popup.getByRole('button', { name: 'Pick the article' }).click();
  await popup.close();
  await page.bringToFront();
  await waitForPicker(page);
  // Cancel is inside the picker's closed root: clicked where it is drawn.
  const at = await inPicker(page, (root) => {
    const r = root.querySelector('.cancel')!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.click(at.x, at.y);
  await waitForPicker(page, false);
  await page.waitForTimeout(300);
  expect(await hostCount(page)).toBe(0);
  expect(await pickerCount(page)).toBe(0);
  await page.mouse.move(1275, 715);
  expect(await pageState(page)).toEqual(before);
  await page.close();
});

test('a block with no text gets a "select some text"-style answer, and a way to pick again', async () => {
  const page = await visit('/pages/pick.html');
  await openReader(env.chromium, page);
  await pressPick(page);
  await waitForPicker(page);
  const blank = await boxOf(page, '#blank');
  await page.mouse.move(blank.x + 20, blank.y + 20);
  await expect.poll(async () => (await outline(page)).label).toMatch(/^div · 200 × 60$/);
  await page.mouse.click(blank.x + 20, blank.y + 20);
  expect(await waitForReader(page)).toBe(true);
  await expect.poll(() => readerText(page)).toMatch(/The block you picked has no text/);
  // The screen offers the picker again.
  await pressPick(page, true);
  await waitForPicker(page);
  await page.keyboard.press('Escape');
  await waitForPicker(page, false);
  await page.close();
});

test('a web component’s story (open shadow roots) is read when its host is picked', async () => {
  const page = await visit('/pages/shadow-article.html');
  const before = await pageState(page);
  await openReader(env.chromium, page);
  await pressPick(page);
  await waitForPicker(page);
  // No article or main element in the document: the keyboard starts on <body>.
  await expect.poll(async () => (await outline(page)).said).toMatch(/^body · /);
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await outline(page)).said).toMatch(/^ledger-story · /);
  await page.keyboard.press('Enter');
  expect(await waitForReader(page)).toBe(true);
  const text = await readerText(page);
  expect(text).toMatch(/harbour master printed the tide tables[\s\S]*hand’s width in a century/);
  await closeReader(page);
  expect(await pageState(page)).toEqual(before);
  await page.close();
});
