// `node scripts/bench-huge.mjs [--runs N] [--no-build]`
//
// Huge pages in headless Chromium (issue 5): for each page — 200,000 elements, 10,000 levels
// deep (built by script), a 20 MB HTML file — N fresh tabs (default 3), one toolbar click each,
// and prints per page: what the reader answered (the article, or "too large"), click → answer
// on screen (ms, the page's clock: from just before the click to the reader's host arriving),
// and the longest main-thread task meanwhile (ms, PerformanceObserver 'longtask'; a task is
// the whole content script run, extraction included, so this is how long the tab is frozen).
// Medians and every run. The machine may be shared: figures are noisy; the e2e test asserts
// behaviour only (test/e2e/chromium-hostile-huge.test.ts).
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadHarness } from '../test/e2e/harness/load.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(values.runs) || 3);
if (!values['no-build']) {
  execFileSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'ignore', cwd: root });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const { modules, close } = await loadHarness('chromium', 'server', 'huge-pages', 'expected');
const [
  { launchChromium, gotoSettled },
  { serveStatic },
  { writeHugePages, measureClick },
  { builtExtension },
] = modules;
const dir = await mkdtemp(join(tmpdir(), 'clearpage-huge-'));
const pages = await writeHugePages(dir);
const server = await serveStatic({ '/huge/': dir });
const session = await launchChromium({ extensionDirs: [builtExtension('chrome')] });
try {
  console.log(`headless Chromium, ${runs} run(s) per page, one fresh tab each\n`);
  for (const { name, file, shape } of pages) {
    const results = [];
    for (let run = 0; run < runs; run++) {
      const tab = await session.context.newPage();
      await tab.goto(server.url(`/huge/${file}?run=${run}`), { timeout: 120_000 });
      await gotoSettled(tab, tab.url()); // the same URL again, now cached: settles the grant
      results.push(await measureClick(session, tab));
      await tab.close();
    }
    const answers = [...new Set(results.map((r) => r.answer))].join(' / ');
    const click = results.map((r) => r.clickToAnswerMs);
    const task = results.map((r) => r.longestTaskMs);
    console.log(`${name}: ${shape}`);
    console.log(
      `  answer: ${answers}${results[0].answer === 'article' ? ` (${results[0].paragraphs} paragraphs shown)` : ''}`,
    );
    console.log(`  click → answer: median ${median(click)} ms  (runs: ${click.join(', ')})`);
    console.log(
      `  longest main-thread task: median ${median(task)} ms  (runs: ${task.join(', ')})\n`,
    );
  }
} finally {
  await session.close();
  await server.close();
  await close();
  await rm(dir, { recursive: true, force: true });
}
