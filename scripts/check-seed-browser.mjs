// Outside check on the seed page in real Chromium: the reader's overlay and the .txt that
// "Save as text" downloads must hold every paragraph of the expected article and none of the
// page's chrome. Usage: node scripts/check-seed-browser.mjs [SEED_DIR]  (default ../shared/seed;
// needs a built dist/chrome).
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadHarness } from '../test/e2e/harness/load.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const seed = resolve(process.argv[2] ?? '../shared/seed');
const expected = JSON.parse(readFileSync(join(seed, 'expected.json'), 'utf8'));
const harness = await loadHarness('chromium', 'reader-chromium', 'server');
const [chromium, reader, server] = harness.modules;

function check(name, text) {
  const missing = expected.paragraphs.filter((p) => !text.includes(p));
  const chrome = expected.mustNotContain.filter((s) => text.includes(s));
  console.log(
    `${name}: ${expected.paragraphs.length - missing.length}/${expected.paragraphs.length} ` +
      `paragraphs kept, ${chrome.length}/${expected.mustNotContain.length} chrome strings left`,
  );
  return missing.length === 0 && chrome.length === 0;
}

const site = await server.serveStatic({ '/seed/': seed });
const session = await chromium.launchChromium({ extensionDirs: [join(root, 'dist/chrome')] });
let ok;
try {
  const page = await session.context.newPage();
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  await chromium.gotoSettled(page, site.url('/seed/page.html'));
  await reader.openReader(session, page);
  const shown = await reader.inReader(page, (r) => r.querySelector('article').innerText);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    reader.clickInReader(page, 'Save as text'),
  ]);
  const file = join(mkdtempSync(join(tmpdir(), 'clearpage-seed-')), download.suggestedFilename());
  await download.saveAs(file);
  ok = [
    check('overlay', shown),
    check(`saved ${download.suggestedFilename()}`, readFileSync(file, 'utf8')),
  ].every(Boolean);
} finally {
  await session.close();
  await site.close();
  await harness.close();
}
process.exit(ok ? 0 : 1);
