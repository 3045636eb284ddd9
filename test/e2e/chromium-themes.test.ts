// Reading settings in real Chromium: every popup control reaches the open reader live (computed
// styles inside its shadow root), the bundled font really renders (FontFace 'loaded') even under
// a page CSP of default-src 'none', themes and "follow the system", the overlay's own theme
// switch and Ctrl +/−, the progress bar, forced colors and reduced motion, wide tables and code.
// No request leaves for the network.
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { THEME_COLOURS, type ConcreteTheme } from '../../src/content/themes';
import { gotoSettled } from './harness/chromium';
import { openPopupFor, storedSettings } from './harness/popup-chromium';
import { inReader, openReader } from './harness/reader-chromium';
import { fontFaces, readerLook, type ReaderLook } from './harness/reader-look';
import { chromiumSuite } from './harness/suite';

const env = chromiumSuite();
let visits = 0;
const offsite: string[] = [];

beforeAll(() => {
  env.chromium.context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(env.server.origin) && !/^(chrome-extension|data|blob):/.test(url)) {
      offsite.push(url);
    }
  });
});

const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};
const colours = (theme: ConcreteTheme) => ({
  bg: rgb(THEME_COLOURS[theme].bg),
  fg: rgb(THEME_COLOURS[theme].fg),
});

async function openArticle(path = '/pages/demo-news.html', query = ''): Promise<Page> {
  const page = await env.chromium.context.newPage();
  await gotoSettled(page, env.server.url(`${path}?visit=${++visits}${query}`));
  await openReader(env.chromium, page);
  return page;
}

const look = (page: Page) => inReader(page, readerLook);

async function expectLook(page: Page, expected: Partial<ReaderLook>): Promise<void> {
  await expect.poll(() => look(page), { timeout: 3_000, interval: 50 }).toMatchObject(expected);
}

/** Every test starts from the defaults, through the popup's own button. */
async function resetFrom(popup: Page): Promise<void> {
  await popup.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect.poll(() => storedSettings(env.chromium)).toMatchObject({ theme: 'system' });
}

describe('popup controls change the open reader live', () => {
  test('font, line height, width, alignment and theme, then reset', async () => {
    const page = await openArticle();
    const popup = await openPopupFor(env.chromium, page);
    await resetFrom(popup);
    await expectLook(page, {
      fontFamily: expect.stringMatching(/^"Clearpage [a-z0-9]{6} Literata"/),
    });

    await popup.getByLabel('Font', { exact: true }).selectOption('sans');
    await expectLook(page, { fontFamily: expect.stringMatching(/^"Clearpage [a-z0-9]{6} Inter"/) });
    await popup.getByLabel('Font', { exact: true }).selectOption('legible');
    await expectLook(page, {
      fontFamily: expect.stringMatching(/^"Clearpage [a-z0-9]{6} Atkinson Hyperlegible"/),
    });

    await popup.getByRole('slider', { name: 'Line height' }).fill('2');
    await expectLook(page, { lineHeight: '40px' });
    await popup.getByRole('slider', { name: 'Content width' }).fill('50');
    await expectLook(page, { maxWidth: '1000px' });
    await popup.getByRole('radio', { name: 'Justified' }).check();
    await expectLook(page, { textAlign: 'justify' });

    for (const theme of ['sepia', 'dark', 'light'] as const) {
      await popup.getByRole('radio', { name: theme[0]!.toUpperCase() + theme.slice(1) }).check();
      await expectLook(page, { ...colours(theme), themeSwitch: theme });
    }
    await popup.getByRole('radio', { name: 'High contrast' }).check();
    await expectLook(page, { ...colours('contrast'), themeSwitch: 'contrast' });

    // The folded settings: spacing, a font of the computer's, hyphenation, hidden images.
    await popup.getByRole('radio', { name: 'Normal' }).check(); // justified text hyphenates
    await expectLook(page, { letterSpacing: 'normal', hyphens: 'manual' });
    const images = (await look(page)).shownImages;
    expect(images).toBeGreaterThan(0);
    await popup.getByText('More reading settings').click();
    await popup.getByRole('slider', { name: 'Letter spacing' }).fill('0.05');
    await expectLook(page, { letterSpacing: '1px' }); // 0.05 em of 20 px
    expect(await popup.locator('#letter-spacing-value').textContent()).toBe('+5%');
    await popup.getByRole('slider', { name: 'Word spacing' }).fill('0.2');
    await expectLook(page, { wordSpacing: '4px' });
    await popup.getByLabel('Font on this computer').fill('DejaVu Sans Mono');
    await expectLook(page, {
      fontFamily: expect.stringMatching(/^"DejaVu Sans Mono", "Clearpage [a-z0-9]{6} Atkinson/),
    });
    // Not a name (it would leave the quoted CSS string): marked, and not saved.
    await popup.getByLabel('Font on this computer').fill('x", serif');
    expect(await popup.getByLabel('Font on this computer').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(await storedSettings(env.chromium)).toMatchObject({ customFont: 'DejaVu Sans Mono' });
    await popup.getByLabel('Hyphenate long words').check();
    await expectLook(page, { hyphens: 'auto' });
    await popup.getByLabel('Hide images').check();
    await expectLook(page, { shownImages: 0 });

    await popup.getByRole('button', { name: 'Reset to defaults' }).click();
    await expectLook(page, {
      fontFamily: expect.stringMatching(/^"Clearpage [a-z0-9]{6} Literata"/),
      lineHeight: '32px',
      maxWidth: '760px',
      textAlign: 'start',
      themeSwitch: 'system',
      ...colours('light'),
      letterSpacing: 'normal',
      wordSpacing: '0px',
      hyphens: 'manual',
      shownImages: images,
    });
    expect(await popup.getByLabel('Hide images').isChecked()).toBe(false);
    expect(await popup.getByLabel('Font on this computer').inputValue()).toBe('');
    expect(await popup.getByRole('radio', { name: 'System' }).isChecked()).toBe(true);
    expect(await popup.getByRole('slider', { name: 'Line height' }).inputValue()).toBe('1.6');
    await popup.close();
    await page.close();
  });

  test('"System" follows the browser’s light or dark preference', async () => {
    const page = await openArticle();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectLook(page, colours('dark'));
    await page.emulateMedia({ colorScheme: 'light' });
    await expectLook(page, colours('light'));
    await page.close();
  });
});

describe('bundled fonts', () => {
  test('render from the package, and only the subsets the article uses are read', async () => {
    const page = await openArticle();
    const popup = await openPopupFor(env.chromium, page);
    await resetFrom(popup);
    await popup.close();
    const faces = () => fontFaces(page, 'Clearpage Literata');
    await expect.poll(faces).toContainEqual({ range: 'latin', weight: '400', status: 'loaded' });
    expect((await faces()).filter((f) => f.range === 'cyrillic').map((f) => f.status)).toEqual([
      'unloaded',
      'unloaded',
      'unloaded',
    ]);
    expect(
      await page.evaluate(() => {
        const face = [...document.fonts].find((f) => / Literata"?$/.test(f.family));
        return !!face && document.fonts.check(`20px "${face.family.replace(/"/g, '')}"`, 'Tide');
      }),
    ).toBe(true);
    await page.close();
  });

  test('load under a page CSP of default-src none, Cyrillic included', async () => {
    const page = await openArticle('/pages/wide-content.html', `&csp=${"default-src 'none'"}`);
    const faces = () => fontFaces(page, 'Clearpage Literata');
    await expect.poll(faces).toContainEqual({ range: 'latin', weight: '400', status: 'loaded' });
    await expect.poll(faces).toContainEqual({ range: 'cyrillic', weight: '400', status: 'loaded' });
    await page.close();
  });

  test('leave the page with the reader', async () => {
    const page = await openArticle();
    await expect.poll(() => fontFaces(page, 'Clearpage Literata')).not.toEqual([]);
    await page.keyboard.press('Escape');
    expect(await fontFaces(page, 'Clearpage Literata')).toEqual([]);
    await page.close();
  });
});

describe('the overlay’s own controls', () => {
  test('its theme switch changes the setting for every reader', async () => {
    const page = await openArticle();
    await inReader(page, (root) => {
      const select = root.querySelector<HTMLSelectElement>('select[aria-label="Theme"]')!;
      select.value = 'sepia';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expectLook(page, colours('sepia'));
    expect(await storedSettings(env.chromium)).toMatchObject({ theme: 'sepia' });
    await page.close();
  });

  test('Ctrl + and Ctrl − change the reader’s text size, not the page zoom', async () => {
    const page = await openArticle();
    const popup = await openPopupFor(env.chromium, page);
    await resetFrom(popup);
    await popup.close();
    await page.bringToFront();
    await expectLook(page, { fontSize: '20px' });
    const zoom = await page.evaluate(() => window.devicePixelRatio);
    await page.keyboard.press('Control+Equal');
    await expectLook(page, { fontSize: '22px' });
    await page.keyboard.press('Control+Minus');
    await page.keyboard.press('Control+Minus');
    await expectLook(page, { fontSize: '18px' });
    expect(await page.evaluate(() => window.devicePixelRatio)).toBe(zoom);
    expect(await storedSettings(env.chromium)).toMatchObject({ fontSize: 90 });
    await page.close();
  });

  test('the progress bar follows scrolling', async () => {
    const page = await openArticle();
    await expectLook(page, { progress: '0' });
    await inReader(page, (root) => {
      const scroller = root.querySelector<HTMLElement>('.scroller')!;
      scroller.scrollTop = scroller.scrollHeight;
    });
    await expectLook(page, { progress: '100' });
    await page.close();
  });
});

describe('the reader’s browser preferences', () => {
  test('forced colors let the system colours through, whatever the theme', async () => {
    const page = await openArticle();
    await inReader(page, (root) => {
      const select = root.querySelector<HTMLSelectElement>('select[aria-label="Theme"]')!;
      select.value = 'sepia';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expectLook(page, colours('sepia'));
    await page.emulateMedia({ forcedColors: 'active' });
    const system = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.cssText = 'color: CanvasText; background: Canvas';
      document.body.append(probe);
      const style = getComputedStyle(probe);
      const result = { bg: style.backgroundColor, fg: style.color };
      probe.remove();
      return result;
    });
    expect(system).not.toEqual(colours('sepia'));
    await expectLook(page, system);
    await page.emulateMedia({ forcedColors: 'none' });
    await expectLook(page, colours('sepia'));
    await page.close();
  });

  test('reduced motion turns the progress bar’s animation off', async () => {
    const page = await openArticle();
    const duration = () =>
      inReader(
        page,
        (root) => getComputedStyle(root.querySelector('.progress-fill')!).transitionDuration,
      );
    expect(await duration()).not.toBe('0s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect.poll(duration).toBe('0s');
    await page.close();
  });
});

test('wide tables scroll sideways and code keeps its lines, in monospace', async () => {
  const page = await openArticle('/pages/wide-content.html');
  const layout = await inReader(page, (root) => {
    const table = root.querySelector<HTMLElement>('.body table')!;
    const pre = root.querySelector<HTMLElement>('.body pre')!;
    const body = root.querySelector<HTMLElement>('.body')!;
    return {
      tableOverflow: getComputedStyle(table).overflowX,
      tableScrolls: table.scrollWidth > table.clientWidth,
      tableFits: table.getBoundingClientRect().width <= body.getBoundingClientRect().width + 1,
      preWhiteSpace: getComputedStyle(pre).whiteSpace,
      preScrolls: pre.scrollWidth > pre.clientWidth,
      codeFont: getComputedStyle(pre.querySelector('code')!).fontFamily,
    };
  });
  expect(layout).toEqual({
    tableOverflow: 'auto',
    tableScrolls: true,
    tableFits: true,
    preWhiteSpace: 'pre',
    preScrolls: true,
    codeFont: expect.stringMatching(/monospace$/),
  });
  await page.close();
});

test('no request left for the network', () => {
  expect(offsite).toEqual([]);
});
