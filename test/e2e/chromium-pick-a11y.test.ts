// axe-core on the picker (issue 11: 0 violations with every new panel open, in every theme and
// the Arabic UI). The picker's closed shadow root is mirrored for axe whole (harness/axe.ts): its
// instruction bar with Cancel, the live line and the outline with its size label.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SETTINGS_VERSION } from '../../src/shared/settings-schema';
import { axeReader } from './harness/axe';
import {
  gotoSettled,
  launchChromium,
  serviceWorker,
  type ChromiumSession,
} from './harness/chromium';
import { builtExtension } from './harness/expected';
import { openReader } from './harness/reader-chromium';
import {
  inPicker,
  outline,
  PICKER_ATTR,
  pressPick,
  waitForPicker,
} from './harness/picker-chromium';
import { serveStatic, type StaticServer } from './harness/server';

let server: StaticServer;
let visits = 0;

beforeAll(async () => {
  server = await serveStatic();
});
afterAll(async () => {
  await server?.close();
});

async function useTheme(chromium: ChromiumSession, theme: string): Promise<void> {
  const stored = { theme, version: SETTINGS_VERSION, savedAt: Date.now() };
  await serviceWorker(chromium).evaluate((s) => chrome.storage.sync.set({ settings: s }), stored);
}

/** The picker up on the test page, over its story block, in `theme`. */
async function picker(chromium: ChromiumSession, theme: string, scheme: 'light' | 'dark') {
  await useTheme(chromium, theme);
  const page: Page = await chromium.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await gotoSettled(page, server.url(`/pages/pick.html?a11y=${++visits}`));
  await openReader(chromium, page);
  await pressPick(page);
  await waitForPicker(page);
  const theme_ = () =>
    inPicker(page, (root) => root.querySelector('.bar')!.getAttribute('data-theme'));
  await expect.poll(theme_).toBe(theme);
  await page.mouse.move(500, 120);
  await expect.poll(async () => (await outline(page)).shown).toBe(true);
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

describe('axe finds no violations in the picker', () => {
  let chromium: ChromiumSession;
  beforeAll(async () => {
    chromium = await launchChromium({ extensionDirs: [builtExtension('chrome')] });
  });
  afterAll(async () => {
    await chromium?.close();
  });
  for (const [theme, scheme] of CASES) {
    test(`${theme} theme (${scheme} preference)`, async () => {
      const page = await picker(chromium, theme, scheme);
      expect(await axeReader(page, chromium.context, scheme, PICKER_ATTR)).toEqual([]);
      await page.close();
    });
  }
});

test('in the Arabic UI: right to left, Arabic words, no violations', async () => {
  const chromium = await launchChromium({ extensionDirs: [builtExtension('chrome')], lang: 'ar' });
  try {
    const page = await picker(chromium, 'light', 'light');
    const bar = await inPicker(page, (root) => {
      const el = root.querySelector('.bar')!;
      return [
        el.getAttribute('lang'),
        el.getAttribute('dir'),
        root.querySelector('.cancel')!.textContent,
      ];
    });
    expect(bar).toEqual(['ar', 'rtl', 'إلغاء']);
    expect(await axeReader(page, chromium.context, 'light', PICKER_ATTR)).toEqual([]);
    await page.close();
  } finally {
    await chromium.close();
  }
});
