// `npm run demo`: Clearpage's main job, start to finish, on a bundled news page.
// Builds the extension, starts Chromium with it (headless when there is no display), clicks the
// toolbar button, sets the font size through the popup, clicks "Save as text", and writes
// demo-output/clean.txt and demo-output/overlay.png (the page with the reader open).
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers } from './ensure-browsers.mjs';
import { loadHarness } from '../test/e2e/harness/load.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}demo-output`;
const FONT_SIZE = 130;

function step(message) {
  console.log(`› ${message}`);
}

async function setFontSizeInPopup(harness, session, page) {
  const popup = await harness.popup.openPopupFor(session, page);
  await popup.getByRole('slider', { name: 'Font size', exact: true }).fill(String(FONT_SIZE));
  await popup.close();
  await page.bringToFront();
}

async function waitForFontSize(harness, page, probe, expected) {
  const deadline = Date.now() + 3000;
  for (;;) {
    const view = await harness.reader.inReader(page, harness.view.readerView, probe);
    if (view.bodyFontSize === expected || Date.now() > deadline) return view;
    await page.waitForTimeout(50);
  }
}

async function runDemo(harness) {
  const server = await harness.server.serveStatic();
  const session = await harness.chromium.launchChromium({
    extensionDirs: [`${root}dist/chrome`],
    headless: !process.env.DISPLAY,
  });
  try {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const url = server.url('/pages/demo-news.html');
    step(`opening ${url}`);
    await harness.chromium.gotoSettled(page, url);
    step('clicking the Clearpage toolbar button');
    await harness.reader.openReader(session, page);
    step(`setting the font size to ${FONT_SIZE} % in the popup`);
    await setFontSizeInPopup(harness, session, page);
    const probe = harness.expected.DEMO_EXPECTED.paragraphs[0].slice(0, 40);
    const view = await waitForFontSize(harness, page, probe, `${(20 * FONT_SIZE) / 100}px`);
    step('clicking "Save as text"');
    const download = page.waitForEvent('download');
    await harness.reader.clickInReader(page, 'Save as text');
    const file = await download;
    await file.saveAs(`${out}/clean.txt`);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${out}/overlay.png` });
    return {
      title: view.dialogLabel,
      fontSize: view.bodyFontSize,
      filename: file.suggestedFilename(),
    };
  } finally {
    await session.close();
    await server.close();
  }
}

async function main() {
  step('building the extension (node scripts/build.mjs)');
  execFileSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit', cwd: root });
  ensureBrowsers(['chromium']);
  await mkdir(out, { recursive: true });
  const { modules, close } = await loadHarness(
    'chromium',
    'reader-chromium',
    'popup-chromium',
    'server',
    'reader-view',
    'expected',
  );
  const [chromium, reader, popup, server, view, expected] = modules;
  try {
    const result = await runDemo({ chromium, reader, popup, server, view, expected });
    console.log(`\nReader opened on "${result.title}", body text at ${result.fontSize}.`);
    console.log(`Saved "${result.filename}" as ${out}/clean.txt`);
    console.log(`Screenshot of the overlay: ${out}/overlay.png`);
  } finally {
    await close();
  }
}

main().catch((error) => {
  console.error(`demo failed: ${error.message}`);
  process.exit(1);
});
