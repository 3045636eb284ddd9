// The rough edges a new user hit (issue 10), in real Chromium: at 320 px wide (WCAG 2.2 reflow)
// every toolbar control is reachable — those that do not fit are in the "More controls" panel —
// and nothing scrolls sideways; at 800 px no button label wraps, in English or French; the first
// Tab goes to the toolbar, not through the article's links; the popup fits Chrome's 600 px in
// every UI language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { gotoSettled, launchChromium, type ChromiumSession } from './harness/chromium';
import { builtExtension } from './harness/expected';
import { openPopupFor } from './harness/popup-chromium';
import { clickInReader, inReader, openReader } from './harness/reader-chromium';
import { serveStatic, type StaticServer } from './harness/server';

const LANGS = ['en', 'fr', 'es', 'ar'] as const;
const message = (lang: string, key: string) =>
  (
    JSON.parse(
      readFileSync(join(builtExtension('chrome'), `_locales/${lang}/messages.json`), 'utf8'),
    ) as Record<string, { message: string }>
  )[key]!.message;

let server: StaticServer;
let visits = 0;
beforeAll(async () => {
  server = await serveStatic();
});
afterAll(async () => {
  await server?.close();
});

async function openAt(session: ChromiumSession, width: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width, height: 700 });
  await gotoSettled(page, server.url(`/pages/demo-news.html?visit=${++visits}`));
  await openReader(session, page);
  await page.waitForTimeout(300); // the toolbar lays itself out after its first frame
  return page;
}

interface Control {
  name: string;
  inPanel: boolean;
  shown: boolean;
  left: number;
  right: number;
  height: number;
}

/** Every control of the toolbar: where it is, whether it shows, how tall (one line or more). */
function controls(root: ShadowRoot): { controls: Control[]; sideways: number[] } {
  const bar = root.querySelector('[role="toolbar"]')!;
  const dialog = root.querySelector('[role="dialog"]')!;
  const scroller = root.querySelector('.scroller')!;
  const items = [...bar.querySelectorAll('button:not([role="menuitem"]), select')];
  return {
    controls: items.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        name: (
          el.getAttribute('aria-label') ??
          (el as HTMLSelectElement).labels?.[0]?.textContent ??
          el.textContent ??
          ''
        ).trim(),
        inPanel: !!el.closest('.overflow-panel'),
        shown: el.getClientRects().length > 0,
        left: r.left,
        right: r.right,
        height: r.height,
      };
    }),
    sideways: [
      dialog.scrollWidth - dialog.clientWidth,
      scroller.scrollWidth - scroller.clientWidth,
    ],
  };
}

describe('reflow and labels', () => {
  let en: ChromiumSession;
  beforeAll(async () => {
    en = await launchChromium({ extensionDirs: [builtExtension('chrome')] });
  });
  afterAll(async () => {
    await en?.close();
  });

  test('at 320 px every control is on screen or in the "More controls" panel, none sideways', async () => {
    const page = await openAt(en, 320);
    const before = await inReader(page, controls);
    expect(before.sideways).toEqual([0, 0]);
    const inBar = before.controls.filter((c) => c.shown);
    expect(inBar.map((c) => c.name)).toContain('More controls');
    for (const c of inBar) {
      expect(c.left, c.name).toBeGreaterThanOrEqual(0);
      expect(c.right, c.name).toBeLessThanOrEqual(320);
    }
    await clickInReader(page, 'More controls');
    const after = await inReader(page, controls);
    const names = after.controls.filter((c) => c.shown).map((c) => c.name);
    for (const name of ['Theme', 'Save as text', 'Copy text', 'More formats', 'Read aloud'])
      expect(
        names.some((n) => n.startsWith(name)),
        name,
      ).toBe(true);
    for (const c of after.controls.filter((c) => c.shown)) {
      expect(c.left, c.name).toBeGreaterThanOrEqual(0);
      expect(c.right, c.name).toBeLessThanOrEqual(320);
    }
    // A control in the panel works: "Save as text" downloads the article.
    const download = page.waitForEvent('download');
    await clickInReader(page, 'Save as text');
    expect((await download).suggestedFilename()).toMatch(/^portmere-votes.*\.txt$/);
    // Esc closes the panel first, then (again) the reader.
    await page.keyboard.press('Escape');
    expect(
      await inReader(page, (root) => root.querySelector<HTMLElement>('.overflow-panel')!.hidden),
    ).toBe(true);
    await page.close();
  });

  test('the first Tab goes to the toolbar’s first control, not the article’s first link', async () => {
    const page = await openAt(en, 1280);
    await page.keyboard.press('Tab');
    const focused = await inReader(page, (root) => {
      const el = root.activeElement;
      return { name: el?.getAttribute('aria-label'), inToolbar: !!el?.closest('[role="toolbar"]') };
    });
    expect(focused).toEqual({ name: 'Smaller text', inToolbar: true });
    await page.close();
  });

  test('at 800 px no button label wraps, in English and in French', async () => {
    const fr = await launchChromium({ extensionDirs: [builtExtension('chrome')], lang: 'fr' });
    try {
      for (const session of [en, fr]) {
        const page = await openAt(session, 800);
        const { controls: all, sideways } = await inReader(page, controls);
        expect(sideways).toEqual([0, 0]);
        const shown = all.filter((c) => c.shown);
        expect(shown.length).toBeGreaterThan(4);
        // One line of 14 px text in a 32 px button: a wrapped label makes it 50 px or more.
        for (const c of shown) expect(c.height, c.name).toBeLessThan(40);
        await page.close();
      }
    } finally {
      await fr.close();
    }
  });
});

describe('the popup fits Chrome’s 600 px limit', () => {
  test.each(LANGS)('in the %s UI', async (lang) => {
    const session = await launchChromium({ extensionDirs: [builtExtension('chrome')], lang });
    try {
      const page = await openAt(session, 1280);
      const popup = await openPopupFor(session, page);
      await popup.setViewportSize({ width: 340, height: 400 });
      await popup.waitForSelector('#font-size');
      const size = await popup.evaluate(() => ({
        lang: document.documentElement.lang,
        height: document.body.getBoundingClientRect().height,
        sideways: document.documentElement.scrollWidth - innerWidth,
      }));
      expect(size.lang).toBe(message(lang, 'uiLang'));
      expect(size.height).toBeLessThanOrEqual(600);
      expect(size.sideways).toBeLessThanOrEqual(0);
      await popup.close();
    } finally {
      await session.close();
    }
  });
});
