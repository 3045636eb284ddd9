// Every kind of page a person can click the button on, in real Chromium: the reader shows
// "no article", or the popup says why Clearpage cannot read the tab — never an exception in the
// page (content script errors surface as page errors) and never a half-built overlay.
//
// What happens where (headless Chromium 156):
// - text/plain and an image (Chromium wraps both in an HTML document): the reader opens and
//   says it found no article.
// - XML and SVG documents take the script, but their elements are not HTML, so no shadow root
//   can be attached: no reader; the popup says the tab is not a web page.
// - The PDF viewer: its tab holds an HTML page around the viewer's frame; Clearpage reads that
//   outer page and says there is no article.
// - about:blank, chrome:// pages, view-source: and file:// without file access refuse scripts:
//   the popup says Clearpage can't read the page (and, for files, how to allow it).
import { expect, test } from 'vitest';
import { hostCount, inReader, openReader } from './harness/reader-chromium';
import { E2E_PAGES } from './harness/server';
import { clickActionOn, openTab, popupMessage, setFileAccess } from './harness/tabs-chromium';
import { join } from 'node:path';
import { chromiumSuite } from './harness/suite';

const NO_ARTICLE = "Clearpage couldn't find an article on this page";
const REFUSED = "Clearpage can't read this page";
const NOT_A_PAGE = "Clearpage can't read this tab: it shows a file that is not a web page";
const FILE_ACCESS = 'Allow access to file URLs';
const PDF_VIEWER = /^chrome-extension:\/\/mhjfbmdgcfjbbpaeojofohoefgiehjai\//;

const env = chromiumSuite();

/** Opens `url`, clicks the button (by the tab's own URL) and waits for whatever follows. */
async function clickOn(url: string, tabUrl = url) {
  const { page, tabId } = await openTab(env.chromium, url);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await clickActionOn(env.chromium, tabUrl);
  await page.waitForTimeout(1_500);
  return { page, tabId, errors };
}

const readerText = (page: Parameters<typeof hostCount>[0]) =>
  inReader(page, (root) => (root.querySelector('[role="dialog"]') as HTMLElement).innerText);

test.each([
  ['text/plain', '/pages/kinds/notes.txt'],
  ['an image', '/pages/kinds/dot.png'],
  ['a PDF in the PDF viewer', '/pages/kinds/doc.pdf'],
])('%s: the reader opens and says there is no article', async (_kind, path) => {
  const url = env.server.url(path);
  const { page, errors } = await clickOn(url);
  if ((await hostCount(page)) === 0) await openReader(env.chromium, page); // a lost click
  expect(await hostCount(page)).toBe(1);
  expect(await readerText(page)).toContain(NO_ARTICLE);
  if (path.endsWith('.pdf')) {
    // Chromium's own PDF viewer (a component extension) renders the file in a frame of the tab.
    expect(page.frames().map((f) => f.url())).toContainEqual(expect.stringMatching(PDF_VIEWER));
  }
  expect(errors).toEqual([]);
  await page.close();
});

test.each([
  ['an XML document', '/pages/kinds/data.xml'],
  ['an SVG document', '/pages/harbour-wall.svg'],
])('%s: no reader, no exception; the popup says it is not a web page', async (_kind, path) => {
  const url = env.server.url(path);
  const { page, tabId, errors } = await clickOn(url);
  await clickActionOn(env.chromium, url); // the shortcut or a second click: still nothing thrown
  await page.waitForTimeout(500);
  expect(errors).toEqual([]);
  expect(
    await page.evaluate(() => document.querySelectorAll('[data-clearpage-reader]').length),
  ).toBe(0);
  expect(await popupMessage(env.chromium, tabId)).toContain(NOT_A_PAGE);
  await page.close();
});

test.each([
  ['about:blank', 'about:blank#clearpage', undefined],
  ['a browser page', 'chrome://version/', undefined],
  ['view-source:', 'view-source:/pages/kinds/notes.txt', 'view-source'],
])('%s: scripts are refused; the popup says Clearpage cannot read it', async (_k, url, vs) => {
  const full = vs ? `view-source:${env.server.url(url.slice('view-source:'.length))}` : url;
  const { page, tabId, errors } = await clickOn(full);
  expect(errors).toEqual([]);
  const message = await popupMessage(env.chromium, tabId);
  expect(message).toContain(REFUSED);
  expect(message).not.toContain(FILE_ACCESS);
  await page.close();
});

test('file:// without file access: the popup says how to allow it; with it, the reader reads', async () => {
  const article = `file://${join(E2E_PAGES, 'demo-news.html')}`;
  await setFileAccess(env.chromium, false);
  try {
    const { page, tabId, errors } = await clickOn(article);
    expect(errors).toEqual([]);
    expect(await hostCount(page)).toBe(0);
    const message = await popupMessage(env.chromium, tabId);
    expect(message).toContain(REFUSED);
    expect(message).toContain(FILE_ACCESS);
    await page.close();
  } finally {
    await setFileAccess(env.chromium, true);
  }
  const { page } = await openTab(env.chromium, `${article}?allowed`);
  await openReader(env.chromium, page);
  expect(await readerText(page)).toContain('Portmere votes to raise its harbour wall');
  await page.close();
});

test('after all of these, a normal page still opens the reader', async () => {
  const { page } = await openTab(env.chromium, env.server.url('/pages/demo-news.html'));
  await openReader(env.chromium, page);
  expect(await hostCount(page)).toBe(1);
  await page.close();
});
