// Fixes kept per site survive a browser restart (issue 11's acceptance): a removal kept in one
// run of the browser is applied, with its note, by the next run on the same profile, and a store
// corrupted while the browser was closed is repaired on the next start (nothing applied, no error).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  gotoSettled,
  launchChromium,
  serviceWorker,
  type ChromiumSession,
} from './harness/chromium';
import { builtExtension, DEMO_EXPECTED } from './harness/expected';
import { clickInReader, inReader, openReader } from './harness/reader-chromium';
import { serveStatic, type StaticServer } from './harness/server';

const TARGET = DEMO_EXPECTED.paragraphs[2]!.slice(0, 40);

let server: StaticServer;
let profile: string;
let visits = 0;

beforeAll(async () => {
  server = await serveStatic();
  profile = await mkdtemp(join(tmpdir(), 'clearpage-fixes-profile-'));
});

afterAll(async () => {
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

const launch = () =>
  launchChromium({ extensionDirs: [builtExtension('chrome')], userDataDir: profile });

async function openArticle(chromium: ChromiumSession): Promise<Page> {
  const page = await chromium.context.newPage();
  await gotoSettled(page, server.url(`/pages/demo-news.html?restart=${++visits}`));
  await openReader(chromium, page);
  return page;
}

const articleText = (page: Page) =>
  inReader(page, (root) => (root.querySelector('article') as HTMLElement).innerText);
const note = (page: Page) =>
  inReader(page, (root) => root.querySelector('.fixes-note')?.textContent ?? null);
const stored = (chromium: ChromiumSession) =>
  serviceWorker(chromium).evaluate(
    async () => (await chrome.storage.local.get('siteFixes')).siteFixes,
  );

describe('fixes kept per site, across a restart', () => {
  test('a removal kept in one run is applied in the next; a corrupt store is repaired', async () => {
    const host = new URL(server.origin).host;
    const first = await launch();
    try {
      const page = await openArticle(first);
      await clickInReader(page, 'Remove parts');
      const centre = await inReader(
        page,
        (root, wanted) => {
          const block = [...root.querySelectorAll<HTMLElement>('.body p')].find((p) =>
            (p.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(wanted),
          )!;
          block.scrollIntoView({ block: 'center' });
          const r = block.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        },
        TARGET,
      );
      await page.mouse.move(centre.x, centre.y);
      await clickInReader(page, 'Remove');
      await clickInReader(page, 'Keep for this site');
      await expect
        .poll(() => stored(first))
        .toMatchObject({ version: 1, sites: { [host]: [{ kind: 'remove' }] } });
    } finally {
      await first.close();
    }

    const second = await launch();
    try {
      const page = await openArticle(second);
      await expect.poll(() => note(page)).toContain('Fixes for this site applied: 1');
      expect(await articleText(page)).not.toContain(TARGET);
      // Corrupted while nothing reads it: the next start finds it repaired, not fatal.
      await serviceWorker(second).evaluate(() =>
        chrome.storage.local.set({ siteFixes: { version: 1, sites: { 'not a host!': 7 } } }),
      );
    } finally {
      await second.close();
    }

    const third = await launch();
    try {
      const page = await openArticle(third);
      await expect.poll(() => articleText(page)).toContain(TARGET);
      expect(await note(page)).toBeNull();
    } finally {
      await third.close();
    }
  });
});
