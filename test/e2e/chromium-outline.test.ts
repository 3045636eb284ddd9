// The outline in real Chromium, on a story with six headings (h2–h4): "Contents" opens the panel
// beside the article (a drawer over it in a narrow window); the keyboard reaches every entry and
// Enter scrolls the reader's scroller — not the page — to the heading and focuses it; the section
// read is marked as the reader scrolls; Esc closes the panel, then the reader, and the page is
// byte for byte what it was. A story with two headings gets no "Contents".
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { gotoSettled } from './harness/chromium';
import {
  clickInReader,
  hostCount,
  inReader,
  openReader,
  readerButtonNames,
} from './harness/reader-chromium';
import { chromiumSuite } from './harness/suite';

const env = chromiumSuite();
let visits = 0;

const HEADINGS = [
  ['Why the tide gauges matter', '2'],
  ['Readings from the old pier', '3'],
  ['What the new sensors add', '3'],
  ['How the money is split', '2'],
  ['Who pays', '3'],
  ["The fishermen's share", '4'],
  ['What happens next', '2'],
];

async function visit(path: string, width = 1280): Promise<Page> {
  const page = await env.chromium.context.newPage();
  await page.setViewportSize({ width, height: 720 });
  await gotoSettled(page, env.server.url(`${path}?visit=${++visits}`));
  return page;
}

/** The outline as the reader shows it now. */
function outlineState(root: ShadowRoot) {
  const toggle = root.querySelector('button.outline');
  const panel = root.querySelector<HTMLElement>('.outline-panel')!;
  const scroller = root.querySelector<HTMLElement>('.scroller')!;
  const focused = root.activeElement;
  const entries = [...panel.querySelectorAll<HTMLElement>('.outline-entry')];
  const article = root.querySelector('.article')!.getBoundingClientRect();
  const box = panel.getBoundingClientRect();
  return {
    expanded: toggle?.getAttribute('aria-expanded'),
    controls: toggle?.getAttribute('aria-controls') === panel.id,
    open: !panel.hidden && box.width > 0,
    position: getComputedStyle(panel).position,
    /** The panel and the article side by side, not on top of each other. */
    beside: box.right <= article.left + 0.5,
    entries: entries.map((e) => [e.textContent, e.dataset.level]),
    current: entries.findIndex((e) => e.getAttribute('aria-current') === 'location'),
    focused: focused
      ? `${focused.localName}:${focused.getAttribute('aria-label') ?? focused.textContent?.trim()}`
      : null,
    scrollTop: scroller.scrollTop,
    /** The focused heading's top, from the scroller's top. */
    focusedTop:
      focused && /^h[2-4]$/.test(focused.localName)
        ? focused.getBoundingClientRect().top - scroller.getBoundingClientRect().top
        : null,
  };
}

const state = (page: Page) => inReader(page, outlineState);

describe('the outline', () => {
  test('opens beside the article, goes to a heading by keyboard, marks it, and Esc closes it', async () => {
    const page = await visit('/pages/outline-article.html');
    await page.focus('input[name="q"]');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await openReader(env.chromium, page);
    expect(await readerButtonNames(page)).toContain('Contents');
    expect(await state(page)).toMatchObject({ expanded: 'false', controls: true, open: false });

    await clickInReader(page, 'Contents');
    const opened = await state(page);
    expect(opened).toMatchObject({
      expanded: 'true',
      open: true,
      position: 'static',
      beside: true,
      entries: HEADINGS,
      focused: 'button:Why the tide gauges matter',
    });

    // Down the list with Tab, Enter on "How the money is split".
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect((await state(page)).focused).toBe('button:How the money is split');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await state(page)).current).toBe(3);
    const went = await state(page);
    expect(went.focused).toBe('h2:How the money is split');
    expect(went.scrollTop).toBeGreaterThan(500);
    expect(Math.abs(went.focusedTop!)).toBeLessThan(40);
    expect(went.open).toBe(true);
    // The reader scrolled; the page under it did not.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // Scrolling the reader moves the mark.
    await inReader(page, (root) => {
      const scroller = root.querySelector<HTMLElement>('.scroller')!;
      const last = [...root.querySelectorAll('.body h2')].at(-1)!;
      scroller.scrollTop +=
        last.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 10;
    });
    await expect.poll(async () => (await state(page)).current).toBe(6);
    await inReader(page, (root) => {
      root.querySelector<HTMLElement>('.scroller')!.scrollTop = 0;
    });
    await expect.poll(async () => (await state(page)).current).toBe(-1);

    // Esc: the panel first (focus back on its button), then the reader.
    await page.keyboard.press('Escape');
    expect(await state(page)).toMatchObject({
      expanded: 'false',
      open: false,
      focused: 'button:Contents',
    });
    expect(await hostCount(page)).toBe(1);
    await page.keyboard.press('Escape');
    expect(await hostCount(page)).toBe(0);
    const after = await page.evaluate(() => ({
      html: document.documentElement.outerHTML,
      focused: document.activeElement?.getAttribute('name'),
    }));
    expect(after.html === before, 'document.documentElement.outerHTML changed').toBe(true);
    expect(after.focused).toBe('q');
    await page.close();
  });

  test('in a 320 px window it is a drawer over the article that a pick closes', async () => {
    // 320 px: WCAG 2.2 reflow's width.
    const page = await visit('/pages/outline-article.html', 320);
    await openReader(env.chromium, page);
    // Fixed on the bar at any width, never under "More controls".
    const inOverflow = await inReader(
      page,
      (root) => root.querySelector('button.outline')!.closest('.overflow-panel') !== null,
    );
    expect(inOverflow).toBe(false);
    await clickInReader(page, 'Contents');
    expect(await state(page)).toMatchObject({ open: true, position: 'absolute' });
    // No sideways scrolling: the drawer inside the window, the toolbar on its one line, and
    // some of the article still in sight beside the drawer.
    const fits = await inReader(page, (root) => {
      const box = root.querySelector('.outline-panel')!.getBoundingClientRect();
      const bar = root.querySelector<HTMLElement>('.toolbar')!;
      return {
        drawer: box.left >= 0 && box.right <= innerWidth,
        bar: bar.scrollWidth <= bar.clientWidth,
        articleLeft: innerWidth - box.right >= 20,
      };
    });
    expect(fits).toEqual({ drawer: true, bar: true, articleLeft: true });
    await clickInReader(page, 'What happens next');
    const picked = await state(page);
    expect(picked).toMatchObject({ open: false, focused: 'h2:What happens next' });
    expect(Math.abs(picked.focusedTop!)).toBeLessThan(40);
    await page.close();
  });

  test('a story with fewer than three headings gets no "Contents"', async () => {
    const page = await visit('/pages/demo-news.html');
    await openReader(env.chromium, page);
    expect(await readerButtonNames(page)).not.toContain('Contents');
    expect(await inReader(page, (root) => root.querySelector('.outline-panel'))).toBeNull();
    await page.close();
  });
});
