// axe-core in real Chromium: the reader and the popup have zero accessibility violations in every
// theme (light, sepia, dark, high contrast, and "system" under a light and a dark preference),
// and so has the reader with its outline panel open, in every theme and in the Arabic UI, beside
// the article and as a narrow window's drawer. See harness/axe.ts for how the reader's closed
// shadow root is shown to axe.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SETTINGS_VERSION } from '../../src/shared/settings-schema';
import { axePage, axeReader } from './harness/axe';
import {
  gotoSettled,
  launchChromium,
  serviceWorker,
  type ChromiumSession,
} from './harness/chromium';
import { builtExtension } from './harness/expected';
import { openPopupFor } from './harness/popup-chromium';
import { clickInReader, inReader, openReader } from './harness/reader-chromium';
import { chromiumSuite } from './harness/suite';

const env = chromiumSuite();
let visits = 0;

async function useTheme(theme: string): Promise<void> {
  const stored = { theme, version: SETTINGS_VERSION, savedAt: Date.now() };
  await serviceWorker(env.chromium).evaluate(
    (s) => chrome.storage.sync.set({ settings: s }),
    stored,
  );
}

async function readerIn(
  theme: string,
  scheme: 'light' | 'dark',
  path = '/pages/demo-news.html',
): Promise<Page> {
  await useTheme(theme);
  const page = await env.chromium.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await gotoSettled(page, env.server.url(`${path}?a11y=${++visits}`));
  const fixes = {
    version: 1,
    sites: { [new URL(page.url()).host]: [{ kind: 'remove', selector: 'body > aside.gone' }] },
  };
  await serviceWorker(env.chromium).evaluate(
    (v) => chrome.storage.local.set({ siteFixes: v }),
    fixes,
  );
  await openReader(env.chromium, page);
  // The stored theme arrives a moment after the first frame.
  const deadline = Date.now() + 5_000;
  while (
    (await inReader(page, (r) => r.querySelector('[data-theme]')?.getAttribute('data-theme'))) !==
    theme
  ) {
    if (Date.now() > deadline) throw new Error(`the reader never showed the ${theme} theme`);
    await page.waitForTimeout(50);
  }
  return page;
}

const CASES: [string, 'light' | 'dark'][] = [
  ['light', 'light'],
  ['sepia', 'light'],
  ['dark', 'light'],
  ['contrast', 'light'],
  ['system', 'light'],
  ['system', 'dark'],
];

describe('axe finds no violations in the reader and the popup', () => {
  for (const [theme, scheme] of CASES) {
    test(`${theme} theme (${scheme} preference)`, async () => {
      const page = await readerIn(theme, scheme);
      expect(await axeReader(page, env.chromium.context, scheme)).toEqual([]);
      // With the note about this site's fixes (one stale fix, so it shows) and, after removing a
      // block, the "Removed · Undo · Keep for this site" toast (issue 11).
      await expect
        .poll(() => inReader(page, (r) => r.querySelector('.fixes-note')?.textContent ?? ''))
        .toContain('skipped: 1');
      await clickInReader(page, 'Remove parts');
      await inReader(page, (r) => r.querySelector<HTMLElement>('[data-cp-block]')!.focus());
      await page.keyboard.press('Delete');
      await expect
        .poll(() => inReader(page, (r) => !!r.querySelector('.remove-block-toast:not([hidden])')))
        .toBe(true);
      expect(await axeReader(page, env.chromium.context, scheme)).toEqual([]);
      const popup = await openPopupFor(env.chromium, page);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.waitForSelector('#font-size');
      expect(await axePage(popup)).toEqual([]);
      // And with the folded settings open: spacing sliders, the font field, the checkboxes.
      await popup.locator('#more-settings > summary').click();
      expect(await axePage(popup)).toEqual([]);
      await popup.close();
      await page.close();
    });
  }
});

/** Opens the outline panel and waits until it lists its entries. */
async function openOutline(page: Page): Promise<void> {
  await clickInReader(page, (await outlineName(page)) ?? 'Contents');
  await expect
    .poll(() => inReader(page, (r) => r.querySelectorAll('.outline-panel:not([hidden]) li').length))
    .toBeGreaterThan(2);
}

const outlineName = (page: Page) =>
  inReader(page, (r) => r.querySelector('button.outline')?.getAttribute('aria-label') ?? null);

describe('axe finds no violations with the outline panel open', () => {
  for (const [theme, scheme] of CASES) {
    test(`${theme} theme (${scheme} preference), beside the article and as a drawer`, async () => {
      const page = await readerIn(theme, scheme, '/pages/outline-article.html');
      await openOutline(page);
      // The section being read is marked too.
      await inReader(page, (root) => {
        const scroller = root.querySelector<HTMLElement>('.scroller')!;
        const heading = root.querySelectorAll('.body h2')[1]!;
        scroller.scrollTop +=
          heading.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      });
      await expect
        .poll(() => inReader(page, (r) => r.querySelectorAll('[aria-current="location"]').length))
        .toBe(1);
      expect(await axeReader(page, env.chromium.context, scheme)).toEqual([]);
      await page.setViewportSize({ width: 400, height: 720 });
      await page.waitForTimeout(200);
      expect(await axeReader(page, env.chromium.context, scheme)).toEqual([]);
      await page.close();
    });
  }
});

describe('axe finds no violations with the outline open in the Arabic UI', () => {
  let arabic: ChromiumSession;
  beforeAll(async () => {
    arabic = await launchChromium({ extensionDirs: [builtExtension('chrome')], lang: 'ar' });
  });
  afterAll(async () => {
    await arabic?.close();
  });

  test('right to left, the panel at the start (right) edge', async () => {
    const page = await arabic.context.newPage();
    await gotoSettled(page, env.server.url(`/pages/outline-article.html?a11y=${++visits}`));
    await openReader(arabic, page);
    expect(await outlineName(page)).toBe('المحتويات');
    await openOutline(page);
    const side = await inReader(page, (root) => {
      const panel = root.querySelector('.outline-panel')!.getBoundingClientRect();
      const article = root.querySelector('.article')!.getBoundingClientRect();
      return {
        dir: getComputedStyle(root.querySelector('.toolbar')!).direction,
        right: panel.left >= article.right,
      };
    });
    expect(side).toEqual({ dir: 'rtl', right: true });
    expect(await axeReader(page, arabic.context)).toEqual([]);
    await page.close();
  });
});
