// "Font size" in the popup: the open reader follows live, and the choice is remembered for
// every page, after a reload and after a browser restart (same profile).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { gotoSettled, launchChromium, type ChromiumSession } from './harness/chromium';
import { builtExtension, DEMO_EXPECTED as EXPECTED } from './harness/expected';
import { openPopupFor, storedSettings } from './harness/popup-chromium';
import { clickInReader, inReader, openReader } from './harness/reader-chromium';
import { readerView } from './harness/reader-view';
import { serveStatic, type StaticServer } from './harness/server';

const probe = EXPECTED.paragraphs[0]!.slice(0, 40);
/** The contract: body text is 20 px at 100 %. */
const px = (percent: number) => `${(20 * percent) / 100}px`;

let server: StaticServer;
let profile: string;
let visits = 0;

beforeAll(async () => {
  server = await serveStatic();
  profile = await mkdtemp(join(tmpdir(), 'clearpage-profile-'));
});

afterAll(async () => {
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

async function openArticle(chromium: ChromiumSession): Promise<Page> {
  const page = await chromium.context.newPage();
  await gotoSettled(page, server.url(`/pages/demo-news.html?visit=${++visits}`));
  await openReader(chromium, page);
  return page;
}

async function bodyFontSize(page: Page): Promise<string | null> {
  return (await inReader(page, readerView, probe)).bodyFontSize;
}

/** Polls: the overlay hears about the change through storage.onChanged, a moment later. */
async function expectFontSize(page: Page, expected: string): Promise<void> {
  await expect.poll(() => bodyFontSize(page), { timeout: 3_000, interval: 50 }).toBe(expected);
}

describe('font size', () => {
  let chromium: ChromiumSession;

  beforeAll(async () => {
    chromium = await launchChromium({ extensionDirs: [builtExtension('chrome')] });
  });

  afterAll(async () => {
    await chromium?.close();
  });

  test('the popup slider is labelled "Font size" and spans 50–300 % in steps of 10', async () => {
    const page = await openArticle(chromium);
    const popup = await openPopupFor(chromium, page);
    const slider = popup.getByRole('slider', { name: 'Font size', exact: true });
    expect(await slider.getAttribute('type')).toBe('range');
    expect(await slider.getAttribute('min')).toBe('50');
    expect(await slider.getAttribute('max')).toBe('300');
    expect(await slider.getAttribute('step')).toBe('10');
    expect(await slider.inputValue()).toBe('100');
    await popup.close();
    await page.close();
  });

  test('moving the slider resizes the open reader at every step', async () => {
    const page = await openArticle(chromium);
    await expectFontSize(page, px(100));
    const popup = await openPopupFor(chromium, page);
    await popup.getByRole('slider', { name: 'Font size', exact: true }).focus();
    for (const percent of [110, 120, 130]) {
      await popup.keyboard.press('ArrowRight');
      await expectFontSize(page, px(percent));
    }
    await popup.getByRole('button', { name: 'Decrease font size' }).click();
    await expectFontSize(page, px(120));
    await popup.getByRole('button', { name: 'Increase font size' }).click();
    await popup.getByRole('button', { name: 'Increase font size' }).click();
    await expectFontSize(page, px(140));
    expect(await storedSettings(chromium)).toMatchObject({ fontSize: 140 });
    await popup.close();
    await page.close();
  });

  test('the overlay’s own Smaller/Larger text buttons change the same setting', async () => {
    const page = await openArticle(chromium);
    await expectFontSize(page, px(140));
    await clickInReader(page, 'Smaller text');
    await expectFontSize(page, px(130));
    expect(await storedSettings(chromium)).toMatchObject({ fontSize: 130 });
    await clickInReader(page, 'Larger text');
    await expectFontSize(page, px(140));
    await page.close();
  });

  test('Enter and Space on the focused Larger/Smaller text button press it once each', async () => {
    const page = await openArticle(chromium);
    await expectFontSize(page, px(140));
    await inReader(page, (root) => {
      root.querySelector<HTMLButtonElement>('button[aria-label="Larger text"]')!.focus();
    });
    await page.keyboard.press('Enter');
    await expectFontSize(page, px(150));
    await page.keyboard.press(' ');
    await expectFontSize(page, px(160));
    // Once each, not also by key-activation.ts's fallback click.
    await page.waitForTimeout(300);
    await expectFontSize(page, px(160));
    await inReader(page, (root) => {
      root.querySelector<HTMLButtonElement>('button[aria-label="Smaller text"]')!.focus();
    });
    await page.keyboard.press('Enter');
    await page.keyboard.press(' ');
    await expectFontSize(page, px(140));
    await page.waitForTimeout(300);
    await expectFontSize(page, px(140));
    await page.close();
  });

  test('the size is remembered on reload and on another page', async () => {
    const page = await openArticle(chromium);
    await page.reload();
    await page.waitForTimeout(300);
    await openReader(chromium, page);
    await expectFontSize(page, px(140));
    const other = await openArticle(chromium);
    await expectFontSize(other, px(140));
    await page.close();
    await other.close();
  });
});

describe('font size after a browser restart', () => {
  test('the same profile opens the reader at the size chosen before', async () => {
    const first = await launchChromium({
      extensionDirs: [builtExtension('chrome')],
      userDataDir: profile,
    });
    try {
      const page = await openArticle(first);
      const popup = await openPopupFor(first, page);
      await popup.getByRole('slider', { name: 'Font size', exact: true }).fill('170');
      await expectFontSize(page, px(170));
    } finally {
      await first.close();
    }
    const second = await launchChromium({
      extensionDirs: [builtExtension('chrome')],
      userDataDir: profile,
    });
    try {
      const page = await openArticle(second);
      await expectFontSize(page, px(170));
    } finally {
      await second.close();
    }
  });
});
