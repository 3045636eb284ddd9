// "Save as text" (overlay and popup) downloads <title>.txt: title, byline, source URL and
// date, a blank line, then the body with paragraphs separated by blank lines. "Copy text" puts
// the same text on the clipboard. "Save as Markdown" / "Save as HTML" (the overlay's "More
// formats" menu, and the popup) download <title>.md with YAML front matter and <title>.html, a
// standalone page that opens offline and runs nothing; "Copy as Markdown" copies the Markdown.
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { gotoSettled } from './harness/chromium';
import { DEMO_EXPECTED as EXPECTED, squash } from './harness/expected';
import { openPopupFor } from './harness/popup-chromium';
import { axeReader } from './harness/axe';
import { clickInReader, hostCount, inReader, openReader } from './harness/reader-chromium';
import { chromiumSuite } from './harness/suite';

const env = chromiumSuite();
let visits = 0;

async function openArticle(): Promise<Page> {
  const page = await env.chromium.context.newPage();
  await gotoSettled(page, env.server.url(`/pages/demo-news.html?visit=${++visits}`));
  await openReader(env.chromium, page);
  return page;
}

async function downloaded(download: Download): Promise<string> {
  const path = await download.path();
  return (await readFile(path, 'utf8')).replace(/\r\n/g, '\n');
}

function expectCleanText(text: string): void {
  const [header = '', ...body] = text.split(/\n{2,}/);
  const lines = header.split('\n');
  expect(lines[0]).toBe(EXPECTED.title);
  expect(header).toContain(EXPECTED.byline);
  expect(header).toContain(env.server.url('/pages/demo-news.html'));
  expect(header).toMatch(/2025/);
  const blocks = body.map(squash);
  const positions = EXPECTED.paragraphs.map((p) => blocks.indexOf(p));
  expect(positions.filter((i) => i < 0)).toEqual([]);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  for (const phrase of EXPECTED.mustContain) expect(text).toContain(phrase);
  // Captions and credits stay out of the saved text (they are shown in the reader).
  const captions = [
    'overtopped three times',
    'Ledger archive',
    'How the new concrete sits',
    'Ledger design desk',
  ];
  const leftovers = [...EXPECTED.mustNotContain, ...captions];
  expect(leftovers.filter((s) => text.includes(s))).toEqual([]);
}

describe('Save as text', () => {
  test('from the overlay: <title-slug>.txt with the header, a blank line and the body', async () => {
    const page = await openArticle();
    const download = page.waitForEvent('download');
    await clickInReader(page, 'Save as text');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(
      /^portmere-votes-to-raise-its-harbour-wall-before-the-winter-storms\.txt$/,
    );
    expectCleanText(await downloaded(file));
    await page.close();
  });

  test('from the popup: the same file', async () => {
    const page = await openArticle();
    const fromOverlay = page.waitForEvent('download');
    await clickInReader(page, 'Save as text');
    const expected = await downloaded(await fromOverlay);
    const popup = await openPopupFor(env.chromium, page);
    const fromPopup = page.waitForEvent('download');
    await popup.getByRole('button', { name: 'Save as text', exact: true }).click();
    const file = await fromPopup;
    expect(file.suggestedFilename()).toMatch(
      /^portmere-votes-to-raise-its-harbour-wall-before-the-winter-storms\.txt$/,
    );
    expect(await downloaded(file)).toBe(expected);
    await popup.close();
    await page.close();
  });
});

const FILE_STEM = 'portmere-votes-to-raise-its-harbour-wall-before-the-winter-storms';

/** The saved Markdown file: front matter read by a YAML parser, and the Markdown after it. */
function splitMarkdownFile(file: string): { meta: Record<string, unknown>; markdown: string } {
  const match = /^---\n([\s\S]*?)\n---\n\n/.exec(file);
  if (!match) throw new Error(`no front matter in ${JSON.stringify(file.slice(0, 80))}`);
  return {
    meta: load(match[1]!) as Record<string, unknown>,
    markdown: file.slice(match[0].length),
  };
}

function expectArticleMarkdown(markdown: string): void {
  expect(markdown.startsWith(`# ${EXPECTED.title}\n\n_By ${EXPECTED.byline} · `)).toBe(true);
  expect(markdown).toContain(`Source: <${env.server.url('/pages/demo-news.html')}`);
  const flat = squash(markdown);
  const positions = EXPECTED.paragraphs.map((p) => flat.indexOf(p));
  expect(positions.filter((i) => i < 0)).toEqual([]);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(markdown).toContain('\n## A race against the calendar\n');
  expect(markdown).toContain('\n- It can be built in weeks rather than years.\n');
  expect(markdown).toContain('\n> We are not building for the storms we had;');
  // Images absolute, so the file works away from the page; captions as italic lines.
  expect(markdown).toContain(
    `\n![Cross-section of the raised wall](${env.server.url('/pages/wall-section.svg')})\n`,
  );
  expect(markdown).toContain(
    '\n*How the new concrete sits on the old wall. Graphic: Ledger design desk*\n',
  );
  expect(EXPECTED.mustNotContain.filter((s) => markdown.includes(s))).toEqual([]);
}

function expectFrontMatter(meta: Record<string, unknown>, before: number): void {
  expect(meta).toMatchObject({
    title: EXPECTED.title,
    author: EXPECTED.byline,
    site: EXPECTED.siteName,
    language: 'en',
  });
  expect(String(meta.source)).toMatch(new RegExp(`^${env.server.url('/pages/demo-news.html?')}`));
  expect(meta.published).toBeInstanceOf(Date);
  expect((meta.published as Date).getUTCFullYear()).toBe(2025);
  expect(meta.saved).toBeInstanceOf(Date);
  expect((meta.saved as Date).getTime()).toBeGreaterThanOrEqual(before - 1000);
}

/** Opens a saved HTML file offline in its own tab; reports what it shows and what it tried. */
async function openSavedHtml(download: Download) {
  // Playwright keeps downloads under random names; a file:// page needs its .html name.
  const path = join(
    await mkdtemp(join(tmpdir(), 'clearpage-saved-')),
    download.suggestedFilename(),
  );
  await copyFile(await download.path(), path);
  const page = await env.chromium.context.newPage();
  const requests: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => requests.push(`${r.resourceType()} ${r.url()}`));
  page.on('console', (m) => /Content.Security.Policy/i.test(m.text()) && violations.push(m.text()));
  await env.chromium.context.setOffline(true);
  try {
    await page.goto(pathToFileURL(path).href);
    const shown = await page.evaluate(() => ({
      scripts: document.querySelectorAll('script').length,
      handlers: [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
      ),
      csp: document
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        ?.getAttribute('content'),
      title: document.title,
      h1: document.querySelector('h1')?.textContent,
      body: (document.querySelector('.body') as HTMLElement | null)?.innerText ?? '',
      maxWidth: getComputedStyle(document.querySelector('article')!).maxWidth,
      marked: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      images: [...document.images].map((img) => img.getAttribute('src') ?? ''),
    }));
    const background = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await background();
    return { ...shown, backgrounds: { light, dark }, requests, violations };
  } finally {
    await env.chromium.context.setOffline(false);
    await page.close();
  }
}

describe('Save as Markdown', () => {
  test('from the overlay menu: <title>.md with front matter, then the article as Markdown', async () => {
    const page = await openArticle();
    const before = Date.now();
    const download = page.waitForEvent('download');
    await clickInReader(page, 'More formats');
    await clickInReader(page, 'Save as Markdown');
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${FILE_STEM}.md`);
    const { meta, markdown } = splitMarkdownFile(await downloaded(file));
    expectFrontMatter(meta, before);
    expectArticleMarkdown(markdown);
    await page.close();
  });

  test('from the popup: the same file (but for the time it was saved)', async () => {
    const page = await openArticle();
    const fromOverlay = page.waitForEvent('download');
    await clickInReader(page, 'More formats');
    await clickInReader(page, 'Save as Markdown');
    const expected = splitMarkdownFile(await downloaded(await fromOverlay));
    const popup = await openPopupFor(env.chromium, page);
    const fromPopup = page.waitForEvent('download');
    await popup.getByRole('button', { name: 'Save as Markdown', exact: true }).click();
    const file = await fromPopup;
    expect(file.suggestedFilename()).toBe(`${FILE_STEM}.md`);
    const saved = splitMarkdownFile(await downloaded(file));
    expect(saved.markdown).toBe(expected.markdown);
    expect({ ...saved.meta, saved: null }).toEqual({ ...expected.meta, saved: null });
    await expect.poll(() => popup.locator('#message').textContent()).toMatch(/Saved as Markdown/);
    await popup.close();
    await page.close();
  });
});

describe('Save as HTML', () => {
  test('from the overlay menu: <title>.html that opens offline, styled, running nothing', async () => {
    const page = await openArticle();
    const download = page.waitForEvent('download');
    await clickInReader(page, 'More formats');
    await clickInReader(page, 'Save as HTML');
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${FILE_STEM}.html`);
    const html = await downloaded(file);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
    const shown = await openSavedHtml(file);
    expect(shown).toMatchObject({
      scripts: 0,
      handlers: [],
      csp: "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
      title: EXPECTED.title,
      h1: EXPECTED.title,
      // 'none' unless the inline stylesheet applied under the file's own CSP.
      maxWidth: expect.stringMatching(/^[\d.]+px$/),
      marked: null,
      violations: [],
    });
    // Light and dark follow the system's preference.
    expect(shown.backgrounds).toEqual({ light: 'rgb(251, 250, 247)', dark: 'rgb(23, 23, 26)' });
    const body = squash(shown.body);
    expect(EXPECTED.paragraphs.filter((p) => !body.includes(p))).toEqual([]);
    expect(EXPECTED.mustNotContain.filter((s) => body.includes(s))).toEqual([]);
    // Opened later it requests nothing but itself: the page's images are in it as data: URLs
    // (issue 12), and its CSP would block any other.
    expect(shown.requests.filter((r) => !/^document /.test(r))).toEqual([]);
    expect(shown.images.length).toBeGreaterThan(0);
    expect(shown.images.filter((src) => !src.startsWith('data:image/'))).toEqual([]);
    await page.close();
  });

  test('from the popup: the same article', async () => {
    const page = await openArticle();
    const fromOverlay = page.waitForEvent('download');
    await clickInReader(page, 'More formats');
    await clickInReader(page, 'Save as HTML');
    const withoutFooter = (html: string) => html.replace(/<footer[^>]*>[\s\S]*?<\/footer>/, '');
    const expected = withoutFooter(await downloaded(await fromOverlay));
    const popup = await openPopupFor(env.chromium, page);
    const fromPopup = page.waitForEvent('download');
    await popup.getByRole('button', { name: 'Save as HTML', exact: true }).click();
    const file = await fromPopup;
    expect(file.suggestedFilename()).toBe(`${FILE_STEM}.html`);
    expect(withoutFooter(await downloaded(file))).toBe(expected);
    await popup.close();
    await page.close();
  });
});

test('the popup offers no save or copy where the reader found no article', async () => {
  const page = await env.chromium.context.newPage();
  await gotoSettled(page, env.server.url(`/pages/home.html?visit=${++visits}`));
  await openReader(env.chromium, page);
  const popup = await openPopupFor(env.chromium, page);
  await expect.poll(() => popup.locator('#reading').textContent()).toMatch(/couldn't find/);
  for (const name of ['Save as Markdown', 'Save as HTML', 'Copy as Markdown', 'Save as text'])
    expect(await popup.getByRole('button', { name, exact: true }).isDisabled(), name).toBe(true);
  await popup.close();
  await page.close();
});

describe('Copy as Markdown', () => {
  test('from the overlay and from the popup: the saved Markdown without its front matter', async () => {
    await env.chromium.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: env.server.origin,
    });
    const page = await openArticle();
    const saved = page.waitForEvent('download');
    await clickInReader(page, 'More formats');
    await clickInReader(page, 'Save as Markdown');
    const { markdown } = splitMarkdownFile(await downloaded(await saved));
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await clickInReader(page, 'More formats');
    await clickInReader(page, 'Copy as Markdown');
    await expect.poll(clipboard, { timeout: 5_000 }).toBe(markdown);
    expectArticleMarkdown(await clipboard());

    await page.evaluate(() => navigator.clipboard.writeText('before'));
    const popup = await openPopupFor(env.chromium, page);
    await popup.getByRole('button', { name: 'Copy as Markdown', exact: true }).click();
    await expect.poll(() => popup.locator('#message').textContent()).toMatch(/Copied as Markdown/);
    await page.bringToFront();
    await expect.poll(clipboard, { timeout: 5_000 }).toBe(markdown);
    await popup.close();
    await page.close();
  });
});

describe('More formats menu', () => {
  const state = (page: Page) =>
    inReader(page, (root) => {
      const button = root.querySelector('button[aria-haspopup="menu"]');
      return {
        expanded: button?.getAttribute('aria-expanded'),
        menuShown: !(root.querySelector('[role="menu"]') as HTMLElement | null)?.hidden,
        focused: root.activeElement?.getAttribute('aria-label') ?? null,
      };
    });

  test('works from the keyboard; Esc closes the menu, not the reader', async () => {
    const page = await openArticle();
    await inReader(page, (root) =>
      root.querySelector<HTMLElement>('button[aria-haspopup="menu"]')!.focus(),
    );
    await page.keyboard.press('Enter');
    expect(await state(page)).toEqual({
      expanded: 'true',
      menuShown: true,
      focused: 'Save as Markdown',
    });
    await page.keyboard.press('ArrowDown');
    expect((await state(page)).focused).toBe('Save as HTML');
    await page.keyboard.press('Escape');
    expect(await state(page)).toEqual({
      expanded: 'false',
      menuShown: false,
      focused: 'More formats',
    });
    expect(await hostCount(page)).toBe(1);
    await page.keyboard.press('ArrowUp');
    expect((await state(page)).focused).toBe('Copy as Markdown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toBe(`${FILE_STEM}.md`);
    expect((await state(page)).menuShown).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => hostCount(page)).toBe(0);
    await page.close();
  });

  // The whole reader's axe check (every control, every theme) is chromium-a11y.test.ts; this
  // one looks at the open menu, which that test never sees.
  test('open, its button, menu and items have no axe violations in light and dark', async () => {
    const page = await openArticle();
    await clickInReader(page, 'More formats');
    expect((await state(page)).menuShown).toBe(true);
    const ours = /save-menu|menu|More formats|Save as Markdown|Save as HTML|Copy as Markdown/;
    for (const scheme of ['light', 'dark'] as const) {
      const violations = await axeReader(page, env.chromium.context, scheme);
      const inMenu = violations.filter((v) => v.targets.some((t) => ours.test(t)));
      expect(inMenu, scheme).toEqual([]);
    }
    await page.close();
  });
});

describe('Copy text', () => {
  test('puts the same clean text on the clipboard', async () => {
    await env.chromium.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: env.server.origin,
    });
    const page = await openArticle();
    const saved = page.waitForEvent('download');
    await clickInReader(page, 'Save as text');
    const expected = await downloaded(await saved);
    await clickInReader(page, 'Copy text');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 3_000 })
      .toBe(expected);
    await page.close();
  });
});
