// The reader in real Chromium: toolbar click → overlay with the article and nothing else;
// closing leaves the page exactly as it was; a page without an article says so.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { clickAction, gotoSettled } from './harness/chromium';
import { DEMO_EXPECTED as EXPECTED } from './harness/expected';
import {
  clickInReader,
  hostCount,
  inReader,
  openReader,
  readerButtonNames,
  readerDialogName,
} from './harness/reader-chromium';
import { readerView } from './harness/reader-view';
import { chromiumSuite } from './harness/suite';

const env = chromiumSuite();
let visits = 0;

/** A fresh tab on a unique URL (the toolbar click finds its tab by URL). */
async function visit(path: string, csp?: string): Promise<Page> {
  const page = await env.chromium.context.newPage();
  const query = new URLSearchParams({ visit: String(++visits), ...(csp ? { csp } : {}) });
  await gotoSettled(page, env.server.url(`${path}?${query}`));
  return page;
}

const probe = EXPECTED.paragraphs[0]!.slice(0, 40);

describe('toolbar click on a news story', () => {
  test('shows the title, header line and every body paragraph, in order', async () => {
    const page = await visit('/pages/demo-news.html');
    await openReader(env.chromium, page);
    const view = await inReader(page, readerView, probe);
    expect(view.hasArticleElement).toBe(true);
    expect(view.blocks).toContain(EXPECTED.title);
    expect(view.intro).toContain(EXPECTED.title);
    expect(view.intro).toContain(EXPECTED.byline);
    expect(view.intro).toContain(EXPECTED.siteName);
    expect(view.intro).toMatch(/2025/);
    expect(view.intro).toMatch(/\d+ min/);
    const positions = EXPECTED.paragraphs.map((p) => view.blocks.indexOf(p));
    expect(positions.filter((i) => i < 0)).toEqual([]);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const text of EXPECTED.mustContain) expect(view.text).toContain(text);
    await page.close();
  });

  test('shows none of the page chrome', async () => {
    const page = await visit('/pages/demo-news.html');
    await openReader(env.chromium, page);
    const { text } = await inReader(page, readerView, probe);
    expect(EXPECTED.mustNotContain.filter((chrome) => text.includes(chrome))).toEqual([]);
    await page.close();
  });

  test('shows the figure in the body: its image loaded and its caption', async () => {
    const page = await visit('/pages/demo-news.html');
    await openReader(env.chromium, page);
    const figure = async () => {
      const { images, captions } = await inReader(page, readerView, probe);
      return { images, caption: captions.some((c) => c.includes('How the new concrete sits')) };
    };
    await expect.poll(figure, { timeout: 3_000 }).toMatchObject({
      images: expect.arrayContaining([{ alt: 'Cross-section of the raised wall', loaded: true }]),
      caption: true,
    });
    await page.close();
  });

  test('is styled on a page whose CSP forbids inline styles', async () => {
    const page = await visit('/pages/demo-news.html', "default-src 'self'; style-src 'self'");
    // The page's own inline <style> is blocked: the policy is in force.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgba(0, 0, 0, 0)',
    );
    await openReader(env.chromium, page);
    expect((await inReader(page, readerView, probe)).bodyFontSize).toBe('20px');
    await page.close();
  });

  test('is a labelled dialog on top of the page, out of the page scripts’ reach', async () => {
    const page = await visit('/pages/demo-news.html');
    await openReader(env.chromium, page);
    expect(await readerDialogName(page)).toBe(EXPECTED.title);
    const names = await readerButtonNames(page);
    for (const name of ['Close reader', 'Save as text', 'Copy text', 'Smaller text', 'Larger text'])
      expect(names).toContain(name);
    const seenByPage = await page.evaluate(() => {
      const host = document.querySelector('[data-clearpage-reader]');
      const hit = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
      return { shadowRoot: host?.shadowRoot ?? null, onTop: hit === host };
    });
    expect(seenByPage).toEqual({ shadowRoot: null, onTop: true });
    await page.close();
  });

  test('a second click while it is open does not build a second overlay', async () => {
    const page = await visit('/pages/demo-news.html');
    await openReader(env.chromium, page);
    await clickAction(env.chromium, page);
    await page.waitForTimeout(700);
    expect(await hostCount(page)).toBe(1);
    await page.close();
  });
});

describe('closing', () => {
  async function openScrolledAndFocused(): Promise<{ page: Page; before: string }> {
    const page = await visit('/pages/demo-news.html');
    await page.setViewportSize({ width: 1000, height: 600 });
    await page.focus('input[name="q"]');
    await page.evaluate(() => window.scrollTo(0, 700));
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await openReader(env.chromium, page);
    // Scroll inside the reader, past its end: the page under it must not move for good.
    await page.mouse.move(500, 300);
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 1500);
    await page.keyboard.press('End');
    return { page, before };
  }

  async function expectPageRestored(page: Page, before: string): Promise<void> {
    expect(await hostCount(page)).toBe(0);
    const after = await page.evaluate(() => ({
      html: document.documentElement.outerHTML,
      scrollY: window.scrollY,
      focused: document.activeElement?.getAttribute('name') ?? null,
    }));
    expect(after.html === before, 'document.documentElement.outerHTML changed').toBe(true);
    expect(after.scrollY).toBe(700);
    expect(after.focused).toBe('q');
  }

  test('Esc restores the page byte for byte, its scroll position and focus', async () => {
    const { page, before } = await openScrolledAndFocused();
    await page.keyboard.press('Escape');
    await expectPageRestored(page, before);
    await page.close();
  });

  test('"Close reader" does the same', async () => {
    const { page, before } = await openScrolledAndFocused();
    await clickInReader(page, 'Close reader');
    await expectPageRestored(page, before);
    await page.close();
  });

  test('after every control was used, Esc still restores the page byte for byte', async () => {
    const { page, before } = await openScrolledAndFocused();
    await page.setViewportSize({ width: 1400, height: 600 }); // every control on the bar
    await clickInReader(page, 'Larger text');
    await clickInReader(page, 'Smaller text');
    const setTheme = (theme: string) =>
      inReader(
        page,
        (root, value) => {
          const select = root.querySelector<HTMLSelectElement>('select.theme')!;
          const was = select.value;
          select.value = value;
          select.dispatchEvent(new Event('change'));
          return was;
        },
        theme,
      );
    const theme = await setTheme('sepia');
    const text = page.waitForEvent('download');
    await clickInReader(page, 'Save as text');
    await text;
    await clickInReader(page, 'Copy text');
    const markdown = page.waitForEvent('download');
    await clickInReader(page, 'More formats');
    await clickInReader(page, 'Save as Markdown');
    await markdown;
    // The menu opened and closed by Esc: the reader stays open.
    await clickInReader(page, 'More formats');
    await page.keyboard.press('Escape');
    expect(await hostCount(page)).toBe(1);
    const showRemoved = await inReader(
      page,
      (root) => root.querySelector('button.show-removed')?.textContent ?? '',
    );
    await clickInReader(page, showRemoved);
    await expect
      .poll(() => inReader(page, (root) => root.querySelectorAll('.cp-removed-label').length))
      .toBeGreaterThan(0);
    await clickInReader(page, 'Read aloud');
    await page.waitForTimeout(1_200);
    if (
      await inReader(page, (root) => !root.querySelector<HTMLElement>('.read-aloud-stop')!.hidden)
    )
      await clickInReader(page, 'Stop reading');
    await setTheme(theme);
    await page.keyboard.press('Escape');
    await expectPageRestored(page, before);
    await page.close();
  });

  test('after closing, the toolbar button opens the reader again', async () => {
    const page = await visit('/pages/demo-news.html');
    await openReader(env.chromium, page);
    await page.keyboard.press('Escape');
    expect(await hostCount(page)).toBe(0);
    await openReader(env.chromium, page);
    expect((await inReader(page, readerView, probe)).blocks).toContain(EXPECTED.paragraphs[0]);
    await page.close();
  });
});

describe('a page without an article', () => {
  test('says so plainly and can be closed', async () => {
    const page = await visit('/pages/home.html');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await openReader(env.chromium, page);
    const { text, hasArticleElement } = await inReader(page, readerView, '');
    expect(text).toContain("Clearpage couldn't find an article on this page");
    expect(hasArticleElement).toBe(false);
    expect(await readerButtonNames(page)).toContain('Close reader');
    await clickInReader(page, 'Close reader');
    expect(await hostCount(page)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });
});
