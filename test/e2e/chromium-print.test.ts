// Printing in real Chromium while the reader is open prints the article alone: the page under it
// is hidden from print, the reader's controls are gone, and the article flows over as many
// pages as it needs instead of being cut at one screen. Closing the reader gives printing back.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { gotoSettled } from './harness/chromium';
import { DEMO_EXPECTED } from './harness/expected';
import { inReader, openReader } from './harness/reader-chromium';
import { chromiumSuite } from './harness/suite';

const env = chromiumSuite();

/** Pages in a PDF: one `/Type /Page` object each (`/Pages` is the tree, not a page). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

const pageInPrint = (page: Page) =>
  page.evaluate(() => ({
    body: getComputedStyle(document.body).display,
    sheets: document.adoptedStyleSheets.length,
  }));

test('prints only the article, over several pages, and gives printing back on close', async () => {
  const page = await env.chromium.context.newPage();
  await page.setViewportSize({ width: 800, height: 600 });
  await gotoSettled(page, env.server.url('/pages/demo-news.html?print'));
  const before = await pageInPrint(page);
  await page.emulateMedia({ media: 'print' });
  const pagePrint = await pageInPrint(page);
  expect(pagePrint.body).not.toBe('none');
  await page.emulateMedia({ media: 'screen' });

  await openReader(env.chromium, page);
  const screen = await inReader(page, (root) => {
    const scroller = root.querySelector('.scroller') as HTMLElement;
    return { overflow: getComputedStyle(scroller).overflowY };
  });
  expect(screen.overflow).toBe('auto');

  await page.emulateMedia({ media: 'print' });
  expect((await pageInPrint(page)).body).toBe('none');
  const printed = await inReader(page, (root) => {
    const host = root.host as HTMLElement;
    const toolbar = root.querySelector('.toolbar') as HTMLElement;
    const article = root.querySelector('article') as HTMLElement;
    return {
      toolbar: getComputedStyle(toolbar).display,
      hostOverflow: getComputedStyle(host).overflowY,
      // Taller than one screen: the article is laid out whole, not clipped to the viewport.
      hostHeight: host.getBoundingClientRect().height,
      articleHeight: article.getBoundingClientRect().height,
      text: article.innerText,
    };
  });
  expect(printed.toolbar).toBe('none');
  expect(printed.hostOverflow).toBe('visible');
  expect(printed.articleHeight).toBeGreaterThan(600);
  expect(printed.hostHeight).toBeGreaterThanOrEqual(printed.articleHeight);
  expect(printed.text).toContain(DEMO_EXPECTED.paragraphs.at(-1)!.slice(0, 40));

  const withReader = pdfPages(await page.pdf({ width: '8in', height: '6in' }));
  expect(withReader).toBeGreaterThan(1);

  await page.keyboard.press('Escape');
  await page.waitForFunction((tag) => !document.querySelector(tag), '[data-clearpage-reader]');
  const after = await pageInPrint(page);
  expect(after.sheets).toBe(before.sheets);
  expect(after.body).not.toBe('none');
  await page.close();
});
