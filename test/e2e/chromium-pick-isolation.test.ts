// The picker against a hostile page (issue 12's spirit, issue 11 item 1) in real Chromium: the
// page listens in the capture phase on the window and the document for keys, pointer moves and
// clicks (calling preventDefault() on them, and stopping every Esc before anyone else), defines
// custom elements named like the picker, and styles `*` with an important outline, cursor and
// `[popover] { display: none !important }`. The picker still shows, outlines, moves by keyboard,
// picks by click, and Esc still cancels (the browser's close request); the page's document-level
// listeners see none of the picker's events, no page constructor runs, and the page is
// byte-identical afterwards.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { gotoSettled } from './harness/chromium';
import { inReader, openReader, waitForReader } from './harness/reader-chromium';
import {
  boxOf,
  inPicker,
  outline,
  pageState,
  pressPick,
  waitForPicker,
} from './harness/picker-chromium';
import { chromiumSuite } from './harness/suite';

const env = chromiumSuite();

interface Seen {
  window: string[];
  document: string[];
  defined: string[];
}
const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: Seen }).seen);
const forget = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as { seen: Seen }).seen;
    s.window.length = s.document.length = 0;
  });

test('a hostile page can neither hide, restyle, see nor stop the picker', async () => {
  const page = await env.chromium.context.newPage();
  await gotoSettled(page, env.server.url('/pages/pick-hostile.html'));
  await page.mouse.move(1275, 715);
  const before = await pageState(page);
  const defined = (await seen(page)).defined;
  await openReader(env.chromium, page);
  await pressPick(page);
  await waitForPicker(page);
  await forget(page);

  // Shown, whatever the page's important rules say about popovers and its host's attribute.
  const look = await inPicker(page, (root) => {
    const bar = root.querySelector('.bar')!;
    const host = (root as ShadowRoot).host;
    const hs = getComputedStyle(host);
    return {
      host: [hs.display, hs.opacity, hs.outlineStyle, hs.cursor],
      bar: bar.getBoundingClientRect().height > 0 && bar.checkVisibility(),
    };
  });
  expect(look).toEqual({ host: ['block', '1', 'none', 'crosshair'], bar: true });

  const story = await boxOf(page, '#story');
  await page.mouse.move(story.x + 10, story.y + 10);
  await expect.poll(async () => (await outline(page)).label).toMatch(/^div · 640 × /);
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await outline(page)).said).toMatch(/^h2 · /);
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => (await outline(page)).said).toMatch(/^div · 640 × /);

  // The page's window listeners, registered before Clearpage's, saw the events go by (nothing
  // can run before them); its document listeners saw none; no page constructor ran.
  const during = await seen(page);
  expect(during.window).toEqual(expect.arrayContaining(['mousemove', 'keydown']));
  expect(during.document).toEqual([]);
  expect(during.defined).toEqual(defined);

  // The page stops every Esc at the window before Clearpage's listener: the close request the
  // real key makes still cancels, and the reader it was started from comes back.
  await page.keyboard.press('Escape');
  await waitForPicker(page, false);
  expect(await waitForReader(page)).toBe(true);

  // Picked by a click: the page's click listeners on the document never hear of it.
  await pressPick(page);
  await waitForPicker(page);
  await forget(page);
  await page.mouse.click(story.x + 10, story.y + 10);
  await waitForPicker(page, false);
  expect(await waitForReader(page)).toBe(true);
  const text = await inReader(page, (root) => root.querySelector('article')!.textContent ?? '');
  expect(text).toMatch(/storm barrier[\s\S]*lifeboat station/);
  expect(text).not.toMatch(/High water|Not the picker/);
  expect((await seen(page)).document).toEqual([]);

  // Closed with the reader's Close button (the page stops Esc, which the close request covers
  // too, but one way out is enough here).
  await inReader(page, (root) =>
    [...root.querySelectorAll<HTMLElement>('button')]
      .find(
        (b) => b.getAttribute('aria-label') === 'Close reader' || b.textContent === 'Close reader',
      )!
      .click(),
  );
  await page.waitForFunction(() => !document.querySelector('[data-clearpage-reader]'));
  await page.mouse.move(1275, 715);
  const after = await pageState(page);
  expect(after).toEqual(before);
  await page.close();
});
