// Saving in Firefox ESR: "Save as Markdown" from the overlay's "More formats" menu loads the
// exporter (export.js, injected by the background into the content script's world) and writes
// <title>.md with front matter; saving twice gives two files, Firefox naming the second one
// "<title>(1).md"; a title in Arabic, CJK and emoji is the name Firefox writes; using every
// control, then Esc, leaves the page byte for byte as it was. Firefox saves into a real folder
// here (download prefs), as for a person.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { requireBrowser } from './harness/browsers';
import { builtExtension, DEMO_EXPECTED as EXPECTED, squash } from './harness/expected';
import { hostCount, inReader, openReader, type FirefoxSession } from './harness/firefox';
import { serveStatic, type StaticServer } from './harness/server';

let server: StaticServer;
let firefox: FirefoxSession;
let folder: string;

beforeAll(async () => {
  server = await serveStatic();
  folder = await mkdtemp(join(tmpdir(), 'clearpage-ff-downloads-'));
  const manifest = JSON.parse(
    await readFile(join(builtExtension('firefox'), 'manifest.json'), 'utf8'),
  ) as { browser_specific_settings: { gecko: { id: string } } };
  const uuid = '6a1c3d9e-0b7f-4c2a-9e51-c1ea7a9e0002';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBrowser('firefox'),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({
        [manifest.browser_specific_settings.gecko.id]: uuid,
      }),
      'browser.download.folderList': 2,
      'browser.download.dir': folder,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
    },
  });
  const extensionId = await browser.installExtension(builtExtension('firefox'));
  const bidi = (browser as unknown as { connection: FirefoxSession['bidi'] }).connection;
  firefox = { browser, extensionId, uuid, bidi, close: () => browser.close() };
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** Finished files in the folder (Firefox writes `.part` files while saving). */
async function settledFiles(count: number): Promise<string[]> {
  let names: string[] = [];
  await expect
    .poll(
      async () => {
        names = (await readdir(folder)).filter((n) => !n.endsWith('.part')).sort();
        return names.length;
      },
      { timeout: 15_000 },
    )
    .toBe(count);
  return names;
}

/** Clicks the reader control named `name` (a real button in the closed shadow root). */
const press = (page: Parameters<typeof inReader>[1], name: string) =>
  inReader(
    firefox,
    page,
    (root, wanted) => {
      const el = [...root.querySelectorAll('button')].find(
        (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === wanted,
      );
      el?.click();
      return Boolean(el);
    },
    name,
  );

test('Save as Markdown twice: <title-slug>.md with front matter, then <title-slug>(1).md', async () => {
  const page = await firefox.browser.newPage();
  await page.goto(server.url('/pages/demo-news.html?firefox-save'));
  await new Promise((resolve) => setTimeout(resolve, 300));
  await openReader(firefox, page);
  for (let round = 1; round <= 2; round++) {
    expect(await press(page, 'More formats')).toBe(true);
    expect(await press(page, 'Save as Markdown')).toBe(true);
    await settledFiles(round);
  }
  const names = await settledFiles(2);
  const stem = 'portmere-votes-to-raise-its-harbour-wall-before-the-winter-storms';
  expect(names).toEqual([`${stem}(1).md`, `${stem}.md`].sort());
  const file = await readFile(join(folder, `${stem}.md`), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n\n/.exec(file);
  expect(match).not.toBeNull();
  expect(load(match![1]!)).toMatchObject({ title: EXPECTED.title, author: EXPECTED.byline });
  const markdown = file.slice(match![0].length);
  expect(markdown.startsWith(`# ${EXPECTED.title}\n`)).toBe(true);
  const flat = squash(markdown);
  expect(EXPECTED.paragraphs.filter((p) => !flat.includes(p))).toEqual([]);
  await page.close();
});

test('a title in any script, with emoji and forbidden characters, is the saved file name', async () => {
  const page = await firefox.browser.newPage();
  await page.goto(server.url('/pages/unicode-title.html?firefox'));
  await new Promise((resolve) => setTimeout(resolve, 300));
  await openReader(firefox, page);
  const before = new Set(await readdir(folder));
  expect(await press(page, 'Save as text')).toBe(true);
  await expect
    .poll(
      async () => (await readdir(folder)).filter((n) => !before.has(n) && !n.endsWith('.part')),
      { timeout: 15_000 },
    )
    .toEqual(['harbour-tide-ميناء-港口-softhyphen-زنها-wall.txt']);
  await page.close();
});

test('every control used, then Esc: the menu first, then the reader, the page byte for byte', async () => {
  const page = await firefox.browser.newPage();
  await page.goto(server.url('/pages/demo-news.html?firefox-every-control'));
  await new Promise((resolve) => setTimeout(resolve, 300));
  const html = () => page.evaluate(() => document.documentElement.outerHTML);
  const before = await html();
  await openReader(firefox, page);
  const files = new Set(await readdir(folder));
  const newFiles = async () =>
    (await readdir(folder)).filter((n) => !files.has(n) && !n.endsWith('.part')).length;
  for (const name of ['Larger text', 'Smaller text']) expect(await press(page, name)).toBe(true);
  const setTheme = (theme: string) =>
    inReader(
      firefox,
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
  const theme = await setTheme('dark');
  expect(await press(page, 'Save as text')).toBe(true);
  await expect.poll(newFiles, { timeout: 15_000 }).toBe(1);
  expect(await press(page, 'Copy text')).toBe(true);
  expect(await press(page, 'More formats')).toBe(true);
  expect(await press(page, 'Save as Markdown')).toBe(true);
  await expect.poll(newFiles, { timeout: 15_000 }).toBe(2);
  const menuOpen = () =>
    inReader(firefox, page, (root) => !root.querySelector<HTMLElement>('[role="menu"]')!.hidden);
  expect(await press(page, 'More formats')).toBe(true);
  expect(await menuOpen()).toBe(true);
  await page.keyboard.press('Escape');
  expect([await menuOpen(), await hostCount(page)]).toEqual([false, 1]);
  const removed = await inReader(
    firefox,
    page,
    (root) => root.querySelector('button.show-removed')?.textContent ?? '',
  );
  expect(await press(page, removed)).toBe(true);
  await expect
    .poll(() =>
      inReader(firefox, page, (root) => root.querySelectorAll('.cp-removed-label').length),
    )
    .toBeGreaterThan(0);
  expect(await press(page, 'Read aloud')).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 1_200));
  await press(page, 'Stop reading'); // shown only if this machine had a voice
  await setTheme(theme);
  await page.keyboard.press('Escape');
  expect(await hostCount(page)).toBe(0);
  expect((await html()) === before, 'document.documentElement.outerHTML changed').toBe(true);
  await page.close();
});
