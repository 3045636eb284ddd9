// Huge pages in real Chromium (issue 5): 200,000 elements, 10,000 levels deep, a 20 MB HTML
// file. One toolbar click each: the reader answers — the article, or "too large" — with exactly
// one complete overlay, no exception in any script context, and the tab answers again
// afterwards. Behaviour only: how long the answer takes and how long the tab is busy are
// measured by `node scripts/bench-huge.mjs`, not asserted (timing on a shared machine is noise).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { gotoSettled, launchChromium, type ChromiumSession } from './harness/chromium';
import { builtExtension } from './harness/expected';
import { measureClick, writeHugePages, type HugePage } from './harness/huge-pages';
import { collectExceptions } from './harness/page-probe';
import { hostCount } from './harness/reader-chromium';
import { serveStatic, type StaticServer } from './harness/server';

// A 200,000-element page takes the reader ~50 s on this 2-core machine (see the report).
const SLOW = 300_000;

let dir: string;
let pages: HugePage[];
let server: StaticServer;
let chromium: ChromiumSession;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clearpage-huge-'));
  pages = await writeHugePages(dir);
  server = await serveStatic({ '/huge/': dir });
  chromium = await launchChromium({ extensionDirs: [builtExtension('chrome')] });
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const EXPECTED: Record<string, 'article' | 'too large'> = {
  // The reader's limits (READER_LIMITS): reading these froze the tab for many seconds.
  'elements-200k': 'too large', // past the reader's 100,000 elements
  'deep-10k': 'too large', // past the 1,000-level limit
  'html-20mb': 'too large', // 2,000 elements, but past the reader's 3 million characters
};

describe.each(Object.keys(EXPECTED))('huge page %s', (name) => {
  test(
    'one click gives one complete answer, no exception, and the tab answers again',
    async () => {
      const { file } = pages.find((p) => p.name === name)!;
      const page = await chromium.context.newPage();
      const exceptions = await collectExceptions(page);
      await page.goto(server.url(`/huge/${file}`), { timeout: SLOW });
      await gotoSettled(page, page.url());
      const measured = await measureClick(chromium, page, SLOW);
      expect(measured.answer).toBe(EXPECTED[name]);
      if (measured.answer === 'article') expect(measured.paragraphs).toBeGreaterThan(1_000);
      expect(await hostCount(page)).toBe(1);
      expect(await page.evaluate(() => 1 + 1)).toBe(2);
      await page.keyboard.press('Escape');
      await expect.poll(() => hostCount(page), { timeout: 30_000 }).toBe(0);
      expect(exceptions).toEqual([]);
      await page.close();
    },
    SLOW * 2,
  );
});
