// UI languages in real Chromium. Started with --lang=ar, the extension's messages are Arabic:
// the popup and the reader's chrome are right to left with Arabic names, while an English
// article inside stays left to right. In the default English UI an Arabic article reads right to
// left. (Chromium 156 on Linux: --lang switches the extension's messages; LANGUAGE switches the
// whole UI only where chromium-l10n is installed — see launchChromium's `lang`. Passes either way.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  gotoSettled,
  launchChromium,
  serviceWorker,
  type ChromiumSession,
} from './harness/chromium';
import { axePage, axeReader } from './harness/axe';
import { builtExtension } from './harness/expected';
import { clickInReader, inReader, openReader, readerButtonNames } from './harness/reader-chromium';
import { serveStatic, type StaticServer } from './harness/server';

type Messages = Record<string, { message: string }>;
const messages = (lang: string) =>
  JSON.parse(
    readFileSync(join(builtExtension('chrome'), `_locales/${lang}/messages.json`), 'utf8'),
  ) as Messages;
const ar = messages('ar');
const en = messages('en');

let server: StaticServer;
let visits = 0;

beforeAll(async () => {
  server = await serveStatic();
});

afterAll(async () => {
  await server?.close();
});

async function visit(chromium: ChromiumSession, path: string): Promise<Page> {
  const page = await chromium.context.newPage();
  await gotoSettled(page, server.url(`${path}?visit=${++visits}`));
  return page;
}

export interface Directions {
  dialog: [string | null, string | null];
  toolbarDirection: string;
  article: [string | null, string | null];
  paragraphDirection: string | null;
  readingTime: string | null;
  byline: string | null;
  /** The progress bar grows from the right edge (transform-origin at its right). */
  progressFromRight: boolean;
  /** Each toolbar button's name: its aria-label, else its text. */
  names: string[];
  /** Left edges of the toolbar's first and last buttons ("Smaller text", "Close reader"). */
  firstLeft: number;
  lastLeft: number;
}

/** Serialised into the page (see inReader): no closures. */
function directions(root: ShadowRoot): Directions {
  const dialog = root.querySelector('[role="dialog"]')!;
  const toolbar = root.querySelector('[role="toolbar"]')!;
  const article = root.querySelector('article');
  const paragraph = article?.querySelector('.body p') ?? null;
  const buttons = [...toolbar.querySelectorAll(':scope > button')];
  return {
    dialog: [dialog.getAttribute('dir'), dialog.getAttribute('lang')],
    toolbarDirection: getComputedStyle(toolbar).direction,
    article: [article?.getAttribute('dir') ?? null, article?.getAttribute('lang') ?? null],
    paragraphDirection: paragraph ? getComputedStyle(paragraph).direction : null,
    readingTime: root.querySelector('.reading-time')?.textContent ?? null,
    byline: root.querySelector('.byline')?.textContent ?? null,
    progressFromRight: (() => {
      const fill = root.querySelector('.progress-fill')!;
      const origin = parseFloat(getComputedStyle(fill).transformOrigin);
      return origin > fill.getBoundingClientRect().width / 2;
    })(),
    names: [...toolbar.querySelectorAll('button')].map(
      (b) => b.getAttribute('aria-label') ?? (b.textContent ?? '').trim(),
    ),
    firstLeft: buttons[0]!.getBoundingClientRect().left,
    lastLeft: buttons[buttons.length - 1]!.getBoundingClientRect().left,
  };
}

describe('Chromium with an Arabic UI (--lang=ar)', () => {
  let chromium: ChromiumSession;

  beforeAll(async () => {
    chromium = await launchChromium({ extensionDirs: [builtExtension('chrome')], lang: 'ar' });
  });

  afterAll(async () => {
    await chromium?.close();
  });

  test('the extension gets the Arabic messages; its name is the same', async () => {
    const got = await serviceWorker(chromium).evaluate(() => ({
      lang: chrome.i18n.getMessage('uiLang'),
      close: chrome.i18n.getMessage('closeReader'),
      name: chrome.runtime.getManifest().name,
    }));
    expect(got).toEqual({ lang: 'ar', close: ar.closeReader!.message, name: 'Clearpage' });
  });

  test('the popup is right to left, with Arabic labels, and mirrored; axe finds nothing', async () => {
    const popup = await chromium.context.newPage();
    await popup.goto(`chrome-extension://${chromium.extensionId}/popup.html`);
    await expect.poll(() => popup.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('ar');
    await expect(popup.getByRole('button', { name: ar.saveText!.message }).count()).resolves.toBe(
      1,
    );
    const slider = popup.getByRole('slider', { name: ar.fontSize!.message, exact: true });
    await expect(slider.count()).resolves.toBe(1);
    expect(await popup.getByRole('button', { name: en.saveText!.message }).count()).toBe(0);
    // The row "− slider +" reads right to left: "−" (first in the markup) is on the right.
    const left = (id: string) =>
      popup.evaluate((el) => document.getElementById(el)!.getBoundingClientRect().left, id);
    expect(await left('font-smaller')).toBeGreaterThan(await left('font-larger'));
    expect(await axePage(popup)).toEqual([]);
    // Chrome caps a popup at 600 px tall: with the folded settings closed, no scrolling.
    const height = () => popup.evaluate(() => document.body.scrollHeight);
    expect(await height()).toBeLessThanOrEqual(600);
    await popup.getByText(ar.moreSettings!.message).click();
    await expect(
      popup.getByRole('slider', { name: ar.letterSpacing!.message }).count(),
    ).resolves.toBe(1);
    expect(await axePage(popup)).toEqual([]);
    await popup.close();
  });

  test('the reader: rtl chrome with Arabic names, an English article inside stays ltr', async () => {
    const page = await visit(chromium, '/pages/demo-news.html');
    await openReader(chromium, page);
    const names = await readerButtonNames(page);
    for (const key of ['closeReader', 'saveText', 'copyText', 'smallerText', 'largerText']) {
      expect(names, key).toContain(ar[key]!.message);
    }
    expect(names).toContain(ar.readAloud!.message);
    expect(names).not.toContain(en.closeReader!.message);
    const view = await inReader(page, directions);
    expect(view.names).toContain(ar.moreFormats!.message);
    expect(view.dialog).toEqual(['rtl', 'ar']);
    expect(view.toolbarDirection).toBe('rtl');
    expect(view.firstLeft).toBeGreaterThan(view.lastLeft);
    expect(view.article).toEqual(['ltr', 'en']);
    expect(view.paragraphDirection).toBe('ltr');
    expect(view.readingTime).toMatch(/^مدة القراءة: \d+ د$/);
    expect(view.byline).toMatch(/^بقلم \S/);
    expect(view.progressFromRight).toBe(true);
    expect(await axeReader(page, chromium.context)).toEqual([]);
    await page.close();
  });

  test('remove parts, the fixes note and the options page’s fixes in Arabic; axe finds nothing', async () => {
    const page = await visit(chromium, '/pages/demo-news.html');
    const host = new URL(page.url()).host;
    const fixes = {
      version: 1,
      sites: { [host]: [{ kind: 'remove', selector: 'body > aside.gone', added: 1 }] },
    };
    await serviceWorker(chromium).evaluate(
      (v) => chrome.storage.local.set({ siteFixes: v }),
      fixes,
    );
    await openReader(chromium, page);
    const note = () => inReader(page, (r) => r.querySelector('.fixes-note')?.textContent ?? '');
    await expect.poll(note).toContain(ar.fixesSkipped!.message.replace('$COUNT$', '1'));
    await clickInReader(page, ar.removeBlocks!.message);
    await inReader(page, (r) => r.querySelector<HTMLElement>('[data-cp-block]')!.focus());
    await page.keyboard.press('Delete');
    await expect
      .poll(() => inReader(page, (r) => r.querySelector('.remove-block-toast')?.textContent ?? ''))
      .toContain(ar.undo!.message);
    expect(await axeReader(page, chromium.context)).toEqual([]);
    await page.close();

    const options = await chromium.context.newPage();
    await options.goto(`chrome-extension://${chromium.extensionId}/options.html`);
    await expect.poll(() => options.locator('#fixes li').count()).toBe(1);
    expect(await options.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await options.locator('#fixes-title').textContent()).toBe(ar.fixesTitle!.message);
    expect(await axePage(options)).toEqual([]);
    await serviceWorker(chromium).evaluate(() => chrome.storage.local.remove('siteFixes'));
    await options.close();
  });
});

describe('Chromium with its default (English) UI', () => {
  let chromium: ChromiumSession;

  beforeAll(async () => {
    chromium = await launchChromium({ extensionDirs: [builtExtension('chrome')] });
  });

  afterAll(async () => {
    await chromium?.close();
  });

  test('an Arabic article reads right to left inside an ltr English reader', async () => {
    const page = await visit(chromium, '/fixtures/ar-rtl-news/source.html');
    await openReader(chromium, page);
    // (The page has a dialog of its own, so names are read in the reader, not the AX tree.)
    const view = await inReader(page, directions);
    expect(view.names).toEqual(
      expect.arrayContaining(['Close reader', 'Save as text', 'Copy text', 'Read aloud']),
    );
    expect(view.dialog).toEqual(['ltr', 'en']);
    expect(view.toolbarDirection).toBe('ltr');
    expect(view.firstLeft).toBeLessThan(view.lastLeft);
    expect(view.article).toEqual(['rtl', 'ar']);
    expect(view.paragraphDirection).toBe('rtl');
    expect(view.readingTime).toMatch(/^\d+ min read$/);
    expect(view.byline).toMatch(/^By \S/);
    expect(view.progressFromRight).toBe(false);
    await page.close();
  });
});
