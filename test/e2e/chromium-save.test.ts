// "Save as text" (overlay and popup) downloads <title-slug>.txt: title, byline, source URL and
// date, a blank line, then the body with paragraphs separated by blank lines. "Copy text" puts
// the same text on the clipboard.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { gotoSettled, launchChromium, type ChromiumSession } from './harness/chromium';
import { builtExtension, DEMO_EXPECTED as EXPECTED, squash } from './harness/expected';
import { openPopupFor } from './harness/popup-chromium';
import { clickInReader, openReader } from './harness/reader-chromium';
import { serveStatic, type StaticServer } from './harness/server';

let server: StaticServer;
let chromium: ChromiumSession;
let visits = 0;

beforeAll(async () => {
  server = await serveStatic();
  chromium = await launchChromium({ extensionDirs: [builtExtension('chrome')] });
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

async function openArticle(): Promise<Page> {
  const page = await chromium.context.newPage();
  await gotoSettled(page, server.url(`/pages/demo-news.html?visit=${++visits}`));
  await openReader(chromium, page);
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
  expect(header).toContain(server.url('/pages/demo-news.html'));
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
      /^Portmere votes to raise its harbour wall before the winter storms\.txt$/,
    );
    expectCleanText(await downloaded(file));
    await page.close();
  });

  test('from the popup: the same file', async () => {
    const page = await openArticle();
    const fromOverlay = page.waitForEvent('download');
    await clickInReader(page, 'Save as text');
    const expected = await downloaded(await fromOverlay);
    const popup = await openPopupFor(chromium, page);
    const fromPopup = page.waitForEvent('download');
    await popup.getByRole('button', { name: 'Save as text', exact: true }).click();
    const file = await fromPopup;
    expect(file.suggestedFilename()).toMatch(
      /^Portmere votes to raise its harbour wall before the winter storms\.txt$/,
    );
    expect(await downloaded(file)).toBe(expected);
    await popup.close();
    await page.close();
  });
});

describe('Copy text', () => {
  test('puts the same clean text on the clipboard', async () => {
    await chromium.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: server.origin,
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
