// `node scripts/screenshots.mjs`: the README's screenshots, taken from the real extension in
// Chromium — the reader in the light, sepia, dark and high-contrast themes, the popup beside it
// (also with "More reading settings" open), a 320 px window with its "More controls" panel open,
// the outline ("Contents") open, "Remove parts" over a paragraph, the picker over a block, and an
// Arabic article (right to left). Writes .github/screenshots/*.png.
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers } from './ensure-browsers.mjs';
import { loadHarness } from '../test/e2e/harness/load.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}.github/screenshots`;
const SIZE = { width: 1280, height: 800 };

/* global chrome -- evaluated in the extension's service worker */
async function useTheme(chromium, session, theme) {
  await chromium.serviceWorker(session).evaluate(
    (settings) => chrome.storage.sync.set({ settings }),
    // Version 4 of the settings (src/shared/settings-schema.ts); other fields take their defaults.
    { theme, version: 4, savedAt: Date.now() },
  );
}

async function readerShot({ chromium, reader, server }, session, path, file, theme) {
  await useTheme(chromium, session, theme);
  const page = await session.context.newPage();
  await page.setViewportSize(SIZE);
  await chromium.gotoSettled(page, server.url(`${path}?shot=${theme}`));
  await reader.openReader(session, page);
  // The stored theme and the bundled font arrive a moment after the first frame.
  await page.waitForTimeout(800);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${out}/${file}` });
  return page;
}

/** A 320 px window (WCAG reflow): the controls that do not fit, under "More controls". */
async function narrowShot({ chromium, reader, server }, session) {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 320, height: 640 });
  await chromium.gotoSettled(page, server.url('/pages/demo-news.html?shot=narrow'));
  await reader.openReader(session, page);
  await page.waitForTimeout(800);
  await reader.clickInReader(page, 'More controls');
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${out}/reader-narrow.png` });
  await page.close();
}

/** The reader's own tools: the outline open, "Remove parts" on, and the picker over a block. */
async function toolShots({ chromium, reader, picker, server }, session) {
  await useTheme(chromium, session, 'light');
  const page = await session.context.newPage();
  await page.setViewportSize(SIZE);
  await chromium.gotoSettled(page, server.url('/pages/outline-article.html?shot=outline'));
  await reader.openReader(session, page);
  await page.waitForTimeout(800);
  await reader.clickInReader(page, 'Contents');
  await page.waitForTimeout(300);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${out}/reader-outline.png` });
  await page.close();

  const demo = await session.context.newPage();
  await demo.setViewportSize(SIZE);
  await chromium.gotoSettled(demo, server.url('/pages/demo-news.html?shot=remove'));
  await reader.openReader(session, demo);
  await demo.waitForTimeout(800);
  await reader.clickInReader(demo, 'Remove parts');
  // The third paragraph of the story, under the pointer: outlined, its "Remove" button shown.
  const centre = await reader.inReader(demo, (root) => {
    const box = root.querySelectorAll('.body p')[2].getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });
  await demo.mouse.move(centre.x, centre.y);
  await demo.waitForTimeout(300);
  await demo.screenshot({ path: `${out}/reader-remove.png` });
  await reader.clickInReader(demo, 'Pick the article');
  await picker.waitForPicker(demo);
  // Over the headline, then Up: the story around it, outlined with its size.
  const headline = await picker.boxOf(demo, 'article h1');
  await demo.mouse.move(headline.x + 10, headline.y + 10);
  await demo.waitForTimeout(200);
  await demo.keyboard.press('ArrowUp');
  await demo.waitForTimeout(300);
  await demo.screenshot({ path: `${out}/picker.png` });
  await demo.keyboard.press('Escape');
  await demo.close();
}

async function popupShot({ popup }, session, page) {
  const tab = await popup.openPopupFor(session, page);
  await tab.setViewportSize({ width: 340, height: 600 });
  await tab.waitForSelector('#font-size');
  await tab.waitForTimeout(300);
  await tab.screenshot({ path: `${out}/popup.png`, fullPage: true });
  await tab.click('#more-settings > summary');
  await tab.waitForTimeout(200);
  await tab.screenshot({ path: `${out}/popup-more.png`, fullPage: true });
  await tab.close();
}

async function main() {
  execFileSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit', cwd: root });
  ensureBrowsers(['chromium']);
  await mkdir(out, { recursive: true });
  const { modules, close } = await loadHarness(
    'chromium',
    'reader-chromium',
    'popup-chromium',
    'picker-chromium',
    'server',
  );
  const [chromium, reader, popup, picker, serverModule] = modules;
  const server = await serverModule.serveStatic();
  const session = await chromium.launchChromium({ extensionDirs: [`${root}dist/chrome`] });
  const h = { chromium, reader, popup, picker, server };
  try {
    for (const theme of ['light', 'sepia', 'dark', 'contrast']) {
      const page = await readerShot(
        h,
        session,
        '/pages/demo-news.html',
        `reader-${theme}.png`,
        theme,
      );
      if (theme === 'light') await popupShot(h, session, page);
      await page.close();
    }
    await narrowShot(h, session);
    await toolShots(h, session);
    const arabic = '/fixtures/ar-rtl-news/source.html';
    await (await readerShot(h, session, arabic, 'reader-arabic.png', 'light')).close();
    await useTheme(chromium, session, 'system');
  } finally {
    await session.close();
  }
  // The same reader and popup with Chromium's UI in Arabic: the controls mirror.
  const arabicUi = await chromium.launchChromium({
    extensionDirs: [`${root}dist/chrome`],
    lang: 'ar',
  });
  try {
    const page = await readerShot(
      h,
      arabicUi,
      '/pages/demo-news.html',
      'reader-ui-arabic.png',
      'light',
    );
    const tab = await popup.openPopupFor(arabicUi, page);
    await tab.setViewportSize({ width: 340, height: 600 });
    await tab.waitForSelector('#font-size');
    await tab.waitForTimeout(300);
    await tab.screenshot({ path: `${out}/popup-arabic.png`, fullPage: true });
    console.log(`screenshots written to ${out}`);
  } finally {
    await arabicUi.close();
    await server.close();
    await close();
  }
}

main().catch((error) => {
  console.error(`screenshots failed: ${error.message}`);
  process.exit(1);
});
