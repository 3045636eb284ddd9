// Articles the page's own DOM does not hold, in real Chromium: one rendered by web components
// inside open shadow roots (the core's clone would drop them), and one in a same-origin
// <iframe> of a page that is only a frame around it.
import { expect, test } from 'vitest';
import { gotoSettled } from './harness/chromium';
import { inReader, openReader } from './harness/reader-chromium';
import { chromiumSuite } from './harness/suite';

const env = chromiumSuite();

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

async function readerBody(path: string) {
  const page = await env.chromium.context.newPage();
  await gotoSettled(page, env.server.url(path));
  await openReader(env.chromium, page);
  const view = await inReader(page, (root) => ({
    title: root.querySelector('[role="dialog"]')?.getAttribute('aria-label') ?? '',
    body: [...root.querySelectorAll('.body p')].map((p) => p.textContent ?? ''),
    text: (root.querySelector('[role="dialog"]') as HTMLElement).innerText,
  }));
  await page.close();
  return { ...view, body: view.body.map(squash) };
}

test('text that lives only in open shadow roots reaches the reader, slotted byline included', async () => {
  const view = await readerBody('/pages/shadow-article.html');
  expect(view.title).toBe('Tide tables go online');
  expect(view.body).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^The harbour master printed the tide tables/),
      expect.stringMatching(/^The first results suggest that the highest spring tides/),
    ]),
  );
  expect(view.text).toContain('Ada Quill');
});

test('a page with no article of its own: the reader shows the one in its same-origin frame', async () => {
  const view = await readerBody('/pages/framed-article.html');
  expect(view.title).toBe('Portmere votes to raise its harbour wall before the winter storms');
  expect(view.body[0]).toMatch(/^Portmere's council voted on Monday night/);
  expect(view.text).not.toContain("couldn't find an article");
});
