// The reader in Firefox ESR: dist/firefox installed as a temporary add-on, a toolbar click with
// the activeTab grant (chrome-scope triggerAction), the article in the overlay, Esc closes it,
// the popup's font size reaches the overlay, the default shortcut is registered, and a reader
// opened with a non-default theme and font shows them (the bundled face loaded), and the outline
// opens, its entries are reached by Tab, one goes to its heading, the mark follows the scroll and
// Esc closes it.
import { describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { DEMO_EXPECTED as EXPECTED } from './harness/expected';
import {
  hostCount,
  inReader,
  inShadowHost,
  openExtensionPage,
  openPopupFor,
  openReader,
} from './harness/firefox';
import { readerLook } from './harness/reader-look';
import { readerView } from './harness/reader-view';
import { THEME_COLOURS } from '../../src/content/themes';
import { firefoxSuite } from './harness/suite';

const env = firefoxSuite();
let visits = 0;

async function visit(path: string): Promise<Page> {
  const page = await env.firefox.browser.newPage();
  await page.goto(env.server.url(`${path}?visit=${++visits}`));
  // As in Chromium, a click right after the load can miss the activeTab grant.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return page;
}

const probe = EXPECTED.paragraphs[0]!.slice(0, 40);

describe('Firefox: toolbar click on a news story', () => {
  test('shows the title, header line and every body paragraph, without the chrome', async () => {
    const page = await visit('/pages/demo-news.html');
    await openReader(env.firefox, page);
    const view = await inReader(env.firefox, page, readerView, probe);
    expect(view.dialogLabel).toBe(EXPECTED.title);
    expect(view.intro).toContain(EXPECTED.title);
    expect(view.intro).toContain(EXPECTED.byline);
    const missing = EXPECTED.paragraphs.filter((p) => !view.blocks.includes(p));
    expect(missing).toEqual([]);
    expect(EXPECTED.mustNotContain.filter((chrome) => view.text.includes(chrome))).toEqual([]);
    expect(view.bodyFontSize).toBe('20px');
    await page.close();
  });

  test('Esc closes it and leaves the page as it was', async () => {
    const page = await visit('/pages/demo-news.html');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await openReader(env.firefox, page);
    expect(await hostCount(page)).toBe(1);
    await page.keyboard.press('Escape');
    expect(await hostCount(page)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });

  test('a page without an article gets the plain message', async () => {
    const page = await visit('/pages/home.html');
    await openReader(env.firefox, page);
    const { text } = await inReader(env.firefox, page, readerView, '');
    expect(text).toContain("Clearpage couldn't find an article on this page");
    await page.close();
  });
});

describe('Firefox: popup and shortcut', () => {
  test('"Font size" in the popup resizes the open reader live', async () => {
    const page = await visit('/pages/demo-news.html');
    await openReader(env.firefox, page);
    const popup = await openPopupFor(env.firefox, page);
    await popup.evaluate(() => {
      const labels = [...document.querySelectorAll('label')];
      const label = labels.find((l) => l.textContent?.trim() === 'Font size');
      (label?.control as HTMLInputElement | null | undefined)?.focus();
    });
    await popup.keyboard.press('ArrowRight');
    await popup.keyboard.press('ArrowRight');
    const size = () => inReader(env.firefox, page, readerView, probe).then((v) => v.bodyFontSize);
    await expect.poll(size, { timeout: 3_000, interval: 100 }).toBe('24px');
    await popup.close();
    await page.close();
  });

  test('Alt+Shift+R is the "toggle-reader" shortcut', async () => {
    const page = await openExtensionPage(env.firefox, 'popup.html');
    const commands = await page.evaluate(() => {
      const api = (globalThis as unknown as { browser: { commands: typeof chrome.commands } })
        .browser;
      return api.commands.getAll();
    });
    expect(commands.find((c) => c.name === 'toggle-reader')?.shortcut).toBe('Alt+Shift+R');
    await page.close();
  });
});

describe('Firefox: reading settings', () => {
  test('a reader opened after choosing Dark and Inter in the popup shows both', async () => {
    const popup = await openExtensionPage(env.firefox, 'popup.html');
    await popup.waitForFunction(() => document.querySelector('#font-family') !== null);
    await popup.select('#font-family', 'sans');
    await popup.click('input[name="theme"][value="dark"]');
    const stored = () =>
      popup.evaluate(async () => {
        const api = (globalThis as unknown as { browser: { storage: typeof chrome.storage } })
          .browser;
        return (await api.storage.sync.get('settings')).settings;
      });
    await expect.poll(stored).toMatchObject({ theme: 'dark', fontFamily: 'sans' });
    await popup.close();

    const page = await visit('/pages/demo-news.html');
    await openReader(env.firefox, page);
    const hex = THEME_COLOURS.dark.bg;
    const bg = `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    const look = () => inReader(env.firefox, page, readerLook);
    await expect.poll(look, { timeout: 3_000, interval: 100 }).toMatchObject({
      bg,
      themeSwitch: 'dark',
      fontFamily: expect.stringMatching(/^"Clearpage [a-z0-9]{6} Inter"/),
    });
    const interLoaded = () =>
      page.evaluate(() =>
        [...document.fonts].some(
          (f) =>
            /^Clearpage [a-z0-9]{6} Inter$/.test(f.family.replace(/"/g, '')) &&
            f.status === 'loaded',
        ),
      );
    await expect.poll(interLoaded, { timeout: 5_000, interval: 100 }).toBe(true);
    await page.close();
  });

  test('high contrast, letter spacing, hyphenation and hidden images reach the reader', async () => {
    const popup = await openExtensionPage(env.firefox, 'popup.html');
    await popup.waitForFunction(() => document.querySelector('#more-settings') !== null);
    await popup.click('input[name="theme"][value="contrast"]');
    await popup.click('#more-settings > summary');
    await popup.evaluate(() => {
      const slider = document.querySelector<HTMLInputElement>('#letter-spacing')!;
      slider.value = '0.05';
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await popup.click('#hyphenate');
    await popup.click('#hide-images');
    const stored = () =>
      popup.evaluate(async () => {
        const api = (globalThis as unknown as { browser: { storage: typeof chrome.storage } })
          .browser;
        return (await api.storage.sync.get('settings')).settings;
      });
    await expect
      .poll(stored)
      .toMatchObject({ theme: 'contrast', letterSpacing: 0.05, hyphenate: true, hideImages: true });
    // Back to the defaults for the tests after this one, once the reader has shown them.
    const page = await visit('/pages/demo-news.html');
    await openReader(env.firefox, page);
    const look = () => inReader(env.firefox, page, readerLook);
    await expect.poll(look, { timeout: 3_000, interval: 100 }).toMatchObject({
      bg: 'rgb(0, 0, 0)',
      themeSwitch: 'contrast',
      hyphens: 'auto',
      shownImages: 0,
    });
    // 0.05 em of whatever text size the tests before left.
    const { fontSize, letterSpacing } = await look();
    expect(Number.parseFloat(letterSpacing)).toBeCloseTo(0.05 * Number.parseFloat(fontSize), 1);
    await popup.click('#reset');
    await expect.poll(look, { timeout: 3_000, interval: 100 }).toMatchObject({
      letterSpacing: 'normal',
      hyphens: 'manual',
    });
    expect((await look()).shownImages).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  test('Enter and Space on a focused reader button press it (key-activation.ts)', async () => {
    const page = await visit('/pages/demo-news.html');
    await openReader(env.firefox, page);
    const size = () =>
      inReader(env.firefox, page, readerView, probe).then((v) =>
        Number.parseFloat(v.bodyFontSize ?? ''),
      );
    const before = await size();
    await inReader(env.firefox, page, (root) => {
      root.querySelector<HTMLButtonElement>('button[aria-label="Larger text"]')!.focus();
    });
    await page.keyboard.press('Enter');
    await expect.poll(size, { timeout: 3_000, interval: 100 }).toBe(before + 2);
    await page.keyboard.press(' ');
    await expect.poll(size, { timeout: 3_000, interval: 100 }).toBe(before + 4);
    await inReader(env.firefox, page, (root) => {
      root.querySelector<HTMLButtonElement>('button[aria-label="Smaller text"]')!.focus();
    });
    await page.keyboard.press('Enter');
    await page.keyboard.press(' ');
    await expect.poll(size, { timeout: 3_000, interval: 100 }).toBe(before);
    await page.close();
  });

  test('Ctrl + and Ctrl − in the reader change its text size, not the page zoom', async () => {
    const page = await visit('/pages/demo-news.html');
    await openReader(env.firefox, page);
    const size = () => inReader(env.firefox, page, readerView, probe).then((v) => v.bodyFontSize);
    const before = Number.parseFloat((await size()) ?? 'NaN');
    const zoom = await page.evaluate(() => window.devicePixelRatio);
    await page.keyboard.down('Control');
    await page.keyboard.press('Equal');
    await page.keyboard.up('Control');
    await expect.poll(size, { timeout: 3_000, interval: 100 }).toBe(`${before + 2}px`);
    await page.keyboard.down('Control');
    await page.keyboard.press('Minus');
    await page.keyboard.up('Control');
    await expect.poll(size, { timeout: 3_000, interval: 100 }).toBe(`${before}px`);
    expect(await page.evaluate(() => window.devicePixelRatio)).toBe(zoom);
    await page.close();
  });
});

describe('Firefox: remove parts and fixes kept for the site (issue 11)', () => {
  const target = EXPECTED.paragraphs[2]!.slice(0, 40);
  const shownText = (page: Page) =>
    inReader(env.firefox, page, (root) => (root.querySelector('article') as HTMLElement).innerText);

  test('a block removed by keyboard, undone by Ctrl+Z, removed again and kept for the site', async () => {
    const page = await visit('/pages/demo-news.html');
    await openReader(env.firefox, page);
    await inReader(env.firefox, page, (root) =>
      root.querySelector<HTMLButtonElement>('button.remove-block')!.click(),
    );
    const focusTarget = () =>
      inReader(
        env.firefox,
        page,
        (root, wanted) =>
          [...root.querySelectorAll<HTMLElement>('[data-cp-block]')]
            .find((b) => (b.textContent ?? '').replace(/\s+/g, ' ').includes(wanted))!
            .focus(),
        target,
      );
    await focusTarget();
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await shownText(page)).includes(target)).toBe(false);
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await expect.poll(async () => (await shownText(page)).includes(target)).toBe(true);
    await focusTarget();
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await shownText(page)).includes(target)).toBe(false);
    await inReader(env.firefox, page, (root) =>
      root.querySelector<HTMLButtonElement>('.remove-block-keep')!.click(),
    );
    await expect
      .poll(() =>
        inReader(env.firefox, page, (root) => root.querySelector('.status')?.textContent ?? ''),
      )
      .toContain('Kept for this site');
    await page.keyboard.press('Escape');

    // The next reading of the site has it removed, and says so.
    const again = await visit('/pages/demo-news.html');
    const before = await again.evaluate(() => document.documentElement.outerHTML);
    await openReader(env.firefox, again);
    await expect
      .poll(() =>
        inReader(
          env.firefox,
          again,
          (root) => root.querySelector('.fixes-note')?.textContent ?? '',
        ),
      )
      .toContain('Fixes for this site applied: 1');
    expect(await shownText(again)).not.toContain(target);
    // Forgotten from the note, after its Undo.
    await inReader(env.firefox, again, (root) =>
      root.querySelector<HTMLButtonElement>('.fixes-note-undo')!.click(),
    );
    await expect.poll(async () => (await shownText(again)).includes(target)).toBe(true);
    await inReader(env.firefox, again, (root) =>
      root.querySelector<HTMLButtonElement>('.fixes-note-forget')!.click(),
    );
    await expect
      .poll(() =>
        inReader(
          env.firefox,
          again,
          (root) => root.querySelector('.fixes-note')?.textContent ?? '',
        ),
      )
      .toContain("This site's fixes are forgotten.");
    await again.keyboard.press('Escape');
    expect(await hostCount(again)).toBe(0);
    expect(await again.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await again.close();
    await page.close();
  });
});

describe('Firefox: the outline', () => {
  test('opens, reaches its entries by Tab, goes to a heading, follows the scroll, Esc closes it', async () => {
    const page = await visit('/pages/outline-article.html');
    await page.setViewport({ width: 1280, height: 720 });
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await openReader(env.firefox, page);
    const outline = () =>
      inReader(env.firefox, page, (root) => {
        const panel = root.querySelector<HTMLElement>('.outline-panel')!;
        const entries = [...panel.querySelectorAll('.outline-entry')];
        const focused = root.activeElement;
        return {
          expanded: root.querySelector('button.outline')?.getAttribute('aria-expanded'),
          open: !panel.hidden,
          entries: entries.map((e) => e.textContent),
          current: entries.findIndex((e) => e.getAttribute('aria-current') === 'location'),
          focused: focused ? `${focused.localName}:${focused.textContent?.trim()}` : null,
          scrolled: root.querySelector('.scroller')!.scrollTop > 0,
        };
      });
    // Enter on the focused control (Firefox ESR makes no click for it in the reader by itself:
    // key-activation.ts does).
    const press = () => page.keyboard.press('Enter');
    expect(await outline()).toMatchObject({ expanded: 'false', open: false });
    await inReader(env.firefox, page, (root) => {
      root.querySelector<HTMLButtonElement>('button.outline')!.focus();
    });
    await press();
    expect(await outline()).toMatchObject({
      expanded: 'true',
      open: true,
      entries: [
        'Why the tide gauges matter',
        'Readings from the old pier',
        'What the new sensors add',
        'How the money is split',
        'Who pays',
        "The fishermen's share",
        'What happens next',
      ],
      focused: 'button:Why the tide gauges matter',
    });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await outline()).focused).toBe('button:What the new sensors add');
    await press();
    await expect
      .poll(outline, { timeout: 3_000, interval: 100 })
      .toMatchObject({ current: 2, focused: 'h3:What the new sensors add', scrolled: true });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await inReader(env.firefox, page, (root) => {
      root.querySelector<HTMLElement>('.scroller')!.scrollTop = 0;
    });
    await expect.poll(outline, { timeout: 3_000, interval: 100 }).toMatchObject({ current: -1 });
    await page.keyboard.press('Escape');
    expect(await outline()).toMatchObject({ open: false, expanded: 'false' });
    expect(await hostCount(page)).toBe(1);
    await page.keyboard.press('Escape');
    expect(await hostCount(page)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });
});

describe('Firefox: Pick the article', () => {
  test('by keyboard from the toolbar: arrows move the outline, Enter reads the block, the page is unchanged', async () => {
    const page = await visit('/pages/pick.html');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await openReader(env.firefox, page);
    await inReader(env.firefox, page, (root) =>
      root.querySelector<HTMLElement>('button.pick-article')!.click(),
    );
    const pickers = () =>
      page.evaluate(() => document.querySelectorAll('html > div[data-clearpage-picker]').length);
    await expect.poll(pickers, { timeout: 5_000, interval: 50 }).toBe(1);
    expect(await hostCount(page)).toBe(0);
    const said = () =>
      inShadowHost(
        env.firefox,
        page,
        'data-clearpage-picker',
        (root) => root.querySelector('.current')!.textContent,
      );
    await expect.poll(said, { timeout: 3_000, interval: 50 }).toMatch(/^main · /);
    // The size as the page lays the block out (this window may be narrower than Chromium's).
    const label = (id: string) =>
      page.evaluate((i: string) => {
        const r = document.getElementById(i)!.getBoundingClientRect();
        const n = (v: number) => Math.round(v).toLocaleString('en');
        return `div · ${n(r.width)} × ${n(r.height)}`;
      }, id);
    await page.keyboard.press('ArrowDown');
    await expect.poll(said, { timeout: 3_000, interval: 50 }).toBe(await label('lead'));
    await page.keyboard.press('ArrowRight');
    await expect.poll(said, { timeout: 3_000, interval: 50 }).toBe(await label('story'));
    await page.keyboard.press('Enter');
    await expect.poll(() => hostCount(page), { timeout: 5_000, interval: 50 }).toBe(1);
    expect(await pickers()).toBe(0);
    const { text } = await inReader(env.firefox, page, readerView, '');
    expect(text).toMatch(/storm barrier at the mouth of the harbour/);
    expect(text).not.toMatch(/Share on Facebook|Most read|High water/);

    // Esc cancels a second pick and brings back the reader it started from; Esc closes that.
    await inReader(env.firefox, page, (root) =>
      root.querySelector<HTMLElement>('button.pick-article')!.click(),
    );
    await expect.poll(pickers, { timeout: 5_000, interval: 50 }).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(pickers, { timeout: 3_000, interval: 50 }).toBe(0);
    await expect.poll(() => hostCount(page), { timeout: 5_000, interval: 50 }).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => hostCount(page), { timeout: 3_000, interval: 50 }).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });
});
