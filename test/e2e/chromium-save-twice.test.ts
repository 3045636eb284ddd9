// Saving the same article twice never overwrites the first file. The reader downloads through a
// link's `download` attribute, and the browser picks a free name ("name (1).txt"). Playwright
// catches downloads under random names, and a CDP download folder ("allow") overwrites files of
// the same name; so this browser is given back its own download handling ("default"), saving
// into the folder its profile's preferences name, as a person's browser does. The same real
// folder shows the name Chromium finally writes for a title in several scripts, with emoji.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { gotoSettled, launchChromium, type ChromiumSession } from './harness/chromium';
import { builtExtension } from './harness/expected';
import { clickInReader, openReader } from './harness/reader-chromium';
import { serveStatic, type StaticServer } from './harness/server';

let server: StaticServer;
let chromium: ChromiumSession;
let folder: string;

let profile: string;

beforeAll(async () => {
  server = await serveStatic();
  folder = await mkdtemp(join(tmpdir(), 'clearpage-downloads-'));
  profile = await mkdtemp(join(tmpdir(), 'clearpage-profile-'));
  await mkdir(join(profile, 'Default'));
  const download = { default_directory: folder, prompt_for_download: false };
  await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify({ download }));
  chromium = await launchChromium({
    extensionDirs: [builtExtension('chrome')],
    userDataDir: profile,
  });
  await chromium.cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  for (const dir of [folder, profile]) if (dir) await rm(dir, { recursive: true, force: true });
});

/** The finished files in the folder (Chromium writes `.crdownload` files while saving). */
async function settledFiles(count: number): Promise<string[]> {
  let names: string[] = [];
  await expect
    .poll(
      async () => {
        names = (await readdir(folder)).filter((n) => !n.endsWith('.crdownload')).sort();
        return names.length;
      },
      { timeout: 15_000 },
    )
    .toBe(count);
  return names;
}

test('saving twice in each format gives two files each, the first one untouched', async () => {
  const page = await chromium.context.newPage();
  await gotoSettled(page, server.url('/pages/demo-news.html?twice'));
  await openReader(chromium, page);
  await clickInReader(page, 'Save as text');
  const [first = ''] = await settledFiles(1);
  const firstText = await readFile(join(folder, first), 'utf8');
  await clickInReader(page, 'Save as text');
  await settledFiles(2);
  let count = 2;
  for (const item of ['Save as Markdown', 'Save as HTML']) {
    for (let round = 0; round < 2; round++) {
      await clickInReader(page, 'More formats');
      await clickInReader(page, item);
      await settledFiles(++count);
    }
  }
  const stem = 'portmere-votes-to-raise-its-harbour-wall-before-the-winter-storms';
  // Chromium's own download handling keeps .html too (no "dangerous file" hold-up).
  expect(await settledFiles(6)).toEqual(
    ['txt', 'md', 'html'].flatMap((ext) => [`${stem}.${ext}`, `${stem} (1).${ext}`]).sort(),
  );
  expect(await readFile(join(folder, `${stem}.txt`), 'utf8')).toBe(firstText);
  expect(await readFile(join(folder, `${stem} (1).txt`), 'utf8')).toBe(firstText);
  await page.close();
});

test('a title in any script, with emoji and forbidden characters, is the saved file name', async () => {
  const page = await chromium.context.newPage();
  await gotoSettled(page, server.url('/pages/unicode-title.html'));
  await openReader(chromium, page);
  const before = new Set(await readdir(folder));
  await clickInReader(page, 'Save as text');
  await expect
    .poll(
      async () =>
        (await readdir(folder)).filter((n) => !before.has(n) && !n.endsWith('.crdownload')),
      {
        timeout: 15_000,
      },
    )
    // Joiners and soft hyphens are dropped: Chromium would write each one as "_".
    .toEqual(['harbour-tide-ميناء-港口-softhyphen-زنها-wall.txt']);
  await page.close();
});
