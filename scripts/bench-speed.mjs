// `npm run bench:speed -- [--page FILE]… [--runs N] [--no-build]`
//
// How fast does the reader show the article after the toolbar click, compared with the least any
// click-to-inject extension can do and with the extraction library alone? One run, one headless
// Chromium. Without --page: the seed page (../shared/seed/page.html when present, else the
// bundled demo page) and ten bundled news pages (test/fixtures/pages: eight languages, a live
// blog, a guide, paywall and newsletter chrome). Median of N (5) fresh tabs per subject and page,
// subjects interleaved so that machine noise hits them alike:
//
//  (a) Clearpage: click → the reader's article text is visible.
//  (b) Floor: scripts/bench-fixtures/floor-extension — MV3, activeTab + scripting, onClicked →
//      executeScript of a file that appends one marker element. Same path as Clearpage, no work.
//  (c) Readability.parse alone: @mozilla/readability's source evaluated in the page, then
//      `new Readability(document.cloneNode(true)).parse()` timed in the page with performance.now().
//
// Clearpage is benched from its own build, dist/bench-chrome: the shipped code built with the
// performance marks of src/core/timing.ts switched on (the shipped dist/chrome has none). The
// marks give the breakdown per stage: inject + compile (click → the content script starts), copy,
// Readability, strip, text (and metadata), sanitise, overlay (building it), shown (attaching and
// showing it), first frame (→ visible).
//
// Timing (a) and (b):
//  - The click is the browser-level CDP command Extensions.triggerAction (a real toolbar click,
//    with its activeTab grant). Its timestamp is taken in Node right before the command is sent.
//  - "Visible" is taken in the page's main world: a MutationObserver on <html> sees the host
//    element (<div data-clearpage-reader>, or the floor's marker) arrive; the host is appended only once
//    its content is complete, so the first animation frame after that is the frame that paints
//    the text. The observer records performance.timeOrigin + performance.now() in that frame.
//  - Node's and the page's clocks are both wall-clock based but not the same clock, so before each
//    click the offset between them is measured NTP-style (page time vs the midpoint of a Node
//    round trip, best of 5) and subtracted; its uncertainty (half the best round trip) is printed.
//  - Each sample is a fresh tab, loaded, then left 500 ms to settle (a click right after navigation
//    can lose its grant). One warm-up round per subject is discarded: it pays for reading the
//    extension's files from disk the first time. A click that injects nothing within 2 s is
//    retried and reported.
//  - Requests leaving 127.0.0.1 are aborted: the benchmark machine is offline and a hanging
//    request must not shift anything.
//
// The result line is "Clearpage − (floor + Readability) = X ms": the cost of everything Clearpage
// does beyond injecting and beyond Readability itself (cloning, chrome stripping, sanitising,
// building and styling the overlay, the frame to paint it); over the news pages, the median of
// each page's X.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { ensureBrowsers } from './ensure-browsers.mjs';
import { buildExtension } from './build.mjs';
import { loadHarness } from '../test/e2e/harness/load.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SEED = resolve(root, '../shared/seed/page.html');
const DEMO = resolve(root, 'test/e2e/pages/demo-news.html');
const FLOOR = resolve(root, 'scripts/bench-fixtures/floor-extension');
const READABILITY = resolve(root, 'node_modules/@mozilla/readability/Readability.js');
const BENCH_BUILD = resolve(root, 'dist/bench-chrome');
/** The bundled news pages benched beside the seed page (test/fixtures/pages/<name>/source.html). */
const NEWS_PAGES = [
  'en-news-chrome',
  'en-live-blog',
  'en-real-sentences',
  'en-toc-paywall-newsletter',
  'en-guide-sections',
  'de-news',
  'es-news',
  'fr-news',
  'zh-news',
  'ar-rtl-news',
].map((name) => resolve(root, `test/fixtures/pages/${name}/source.html`));

/** Marks of src/core/timing.ts, in order, each ending the stage named beside it. */
const STAGES = [
  ['start', 'inject + compile'],
  ['copy', 'copy'],
  ['readability', 'Readability'],
  ['strip', 'strip'],
  ['text', 'text + metadata'],
  ['sanitise', 'sanitise'],
  ['overlay', 'overlay'],
  ['shown', 'shown'],
];

const nodeNow = () => performance.timeOrigin + performance.now();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => ms.toFixed(1).padStart(7);

function options() {
  const { values } = parseArgs({
    options: {
      page: { type: 'string', multiple: true },
      runs: { type: 'string', default: '5' },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const pages = values.page?.length
    ? values.page.map((p) => resolve(p))
    : [existsSync(SEED) ? SEED : DEMO, ...NEWS_PAGES];
  const runs = Number(values.runs);
  for (const page of pages) if (!existsSync(page)) throw new Error(`no such page: ${page}`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  return { pages, runs, build: !values['no-build'] };
}

/** Page clock minus Node clock, from the Node round trip that was shortest. */
async function clockOffset(page) {
  let best = { rtt: Infinity, offset: 0 };
  for (let i = 0; i < 5; i++) {
    const before = nodeNow();
    const inPage = await page.evaluate(() => performance.timeOrigin + performance.now());
    const after = nodeNow();
    if (after - before < best.rtt)
      best = { rtt: after - before, offset: inPage - (before + after) / 2 };
  }
  return best;
}

function watchForHost(tag) {
  // Long tasks (≥ 50 ms) on the page's main thread tell where the time goes: the content script
  // runs there, so they split "waiting for the script" from "running it".
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__longTasks.push({ at: performance.timeOrigin + e.startTime, ms: e.duration });
  }).observe({ type: 'longtask' });
  window.__hostVisible = new Promise((resolveVisible) => {
    const observer = new MutationObserver((records) => {
      const added = records.some((r) =>
        [...r.addedNodes].some((n) => n.nodeType === 1 && n.matches(tag)),
      );
      if (!added) return;
      observer.disconnect();
      requestAnimationFrame(() => resolveVisible(performance.timeOrigin + performance.now()));
    });
    observer.observe(document.documentElement, { childList: true });
  });
}

const waitForHost = (ms) =>
  Promise.race([window.__hostVisible, new Promise((r) => setTimeout(() => r(null), ms))]);

/** The content script's marks (one timeline per page: the isolated world's marks show here). */
const readMarks = () =>
  performance
    .getEntriesByType('mark')
    .filter((m) => m.name.startsWith('clearpage:'))
    .map((m) => ({
      name: m.name.slice('clearpage:'.length),
      at: performance.timeOrigin + m.startTime,
    }));

async function freshTab(bench, file) {
  const page = await bench.session.context.newPage();
  await page.goto(bench.server.url(`${file.route}?sample=${++bench.samples}`));
  await page.waitForTimeout(500);
  return page;
}

/** Each stage's ms, from the click (or the previous mark) to its mark; then the first frame. */
function stagesOf(marks, click, visibleAt) {
  const at = Object.fromEntries(marks.map((m) => [m.name, m.at]));
  if (STAGES.some(([name]) => at[name] === undefined)) return null;
  const out = {};
  let previous = click;
  for (const [name] of STAGES) {
    out[name] = at[name] - previous;
    previous = at[name];
  }
  out.frame = visibleAt - previous;
  return out;
}

/** One click in a fresh tab: ms to the first frame with the host, or null if nothing came. */
async function clickOnce(bench, page, extensionId, tag) {
  await page.evaluate(watchForHost, tag);
  const clock = await clockOffset(page);
  const targetId = await bench.chromium.tabTargetId(bench.session, page);
  const clickedAt = nodeNow();
  await bench.session.cdp.send('Extensions.triggerAction', { id: extensionId, targetId });
  const visibleAt = await page.evaluate(waitForHost, 3000);
  if (visibleAt === null) return null;
  const click = clickedAt + clock.offset; // on the page's clock
  const tasks = (await page.evaluate(() => window.__longTasks)).filter((t) => t.at >= click);
  const longest = tasks.sort((a, b) => b.ms - a.ms)[0];
  const task = longest && { startsAfter: longest.at - click, ms: longest.ms };
  const stages = stagesOf(await page.evaluate(readMarks), click, visibleAt);
  return { ms: visibleAt - click, clock, task, stages };
}

/**
 * Click → visible, in ms. A click that loses its activeTab grant injects nothing (and leaves
 * Clearpage's popup set on that tab), so it is retried in another fresh tab and counted.
 */
async function clickToVisible(bench, file, extensionId, tag) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const page = await freshTab(bench, file);
    const sample = await clickOnce(bench, page, extensionId, tag);
    if (sample && bench.keepLast) bench.lastPage = page;
    else await page.close();
    if (sample) return { ...sample, retries: attempt };
  }
  throw new Error(`three clicks with ${tag} showed nothing`);
}

async function readabilityAlone(bench, file) {
  const page = await freshTab(bench, file);
  try {
    await page.evaluate(`${bench.readabilitySource}\nwindow.__Readability = Readability;`);
    return await page.evaluate(() => {
      const start = performance.now();
      const article = new window.__Readability(document.cloneNode(true)).parse();
      const ms = performance.now() - start;
      if (!article?.textContent) throw new Error('Readability found no article');
      return { ms, retries: 0 };
    });
  } finally {
    await page.close();
  }
}

const CLEARPAGE = 'Clearpage: click → article text visible';

async function sampleAll(bench, file, runs) {
  const [clearpage, floor] = bench.session.extensions;
  const subjects = {
    [CLEARPAGE]: () => clickToVisible(bench, file, clearpage.id, '[data-clearpage-reader]'),
    'Floor: click → marker element': () =>
      clickToVisible(bench, file, floor.id, 'clearpage-floor-marker'), // a tag name is a selector too
    'Readability.parse alone (in page)': () => readabilityAlone(bench, file),
  };
  const samples = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]));
  for (let round = 0; round <= runs; round++) {
    for (const [name, measure] of Object.entries(subjects)) {
      const sample = await measure();
      if (round > 0) samples[name].push(sample); // round 0 is the warm-up
    }
  }
  return samples;
}

/** Median ms of each stage over Clearpage's samples (those that carried every mark). */
function stageMedians(samples) {
  const withStages = samples.map((s) => s.stages).filter(Boolean);
  if (withStages.length === 0) return null;
  const names = [...STAGES.map(([name]) => name), 'frame'];
  return Object.fromEntries(names.map((name) => [name, median(withStages.map((s) => s[name]))]));
}

const LABELS = Object.fromEntries([...STAGES, ['frame', 'first frame']]);

function breakdownLine(stages, floor) {
  if (!stages) return 'stages: no marks (is dist/bench-chrome built with CLEARPAGE marks?)';
  const parts = Object.entries(stages).map(([name, ms]) => `${LABELS[name]} ${ms.toFixed(1)}`);
  const beyondFloor = stages.start - floor;
  return `stages (median ms): ${parts.join(' · ')}\n  (inject + compile is ${beyondFloor.toFixed(1)} ms beyond the floor's whole click → marker)`;
}

/** One page's table; returns its medians. */
function report(file, samples, meta) {
  console.log(`\npage: ${file.label} (${(file.bytes / 1024).toFixed(1)} KiB)`);
  console.log(`${'subject'.padEnd(42)} ${'median'.padStart(7)}   samples (ms)`);
  const medians = [];
  for (const [name, list] of Object.entries(samples)) {
    const ms = list.map((s) => s.ms);
    medians.push(median(ms));
    console.log(
      `${name.padEnd(42)} ${fmt(median(ms))}   ${ms.map((x) => x.toFixed(1)).join('  ')}`,
    );
  }
  const tasks = samples[CLEARPAGE].map((s) =>
    s.task ? `+${s.task.startsAfter.toFixed(0)}/${s.task.ms.toFixed(0)}` : '–',
  );
  console.log(
    `Clearpage's longest main-thread task per sample (starts after the click / lasts, ms;` +
      ` – = none of 50 ms or more): ${tasks.join('  ')}`,
  );
  const [clearpage, floor, readability] = medians;
  const stages = stageMedians(samples[CLEARPAGE]);
  console.log(breakdownLine(stages, floor));
  const extra = clearpage - (floor + readability);
  console.log(
    `Clearpage − (floor + Readability) = ${clearpage.toFixed(1)} − (${floor.toFixed(1)} + ${readability.toFixed(1)}) = ${extra.toFixed(1)} ms`,
  );
  meta.clocks.push(
    ...Object.values(samples)
      .flat()
      .filter((s) => s.clock),
  );
  meta.retries += Object.values(samples)
    .flat()
    .reduce((n, s) => n + s.retries, 0);
  return { clearpage, floor, readability, extra, stages };
}

/** Over the news pages (all but the first, the seed): the median of each figure. */
function summary(results) {
  const news = results.slice(1);
  if (news.length === 0) return;
  const m = (key) => median(news.map((r) => r[key]));
  console.log(
    `\nmedian over the ${news.length} news pages (each page's median, then their median):`,
  );
  console.log(
    `Clearpage ${m('clearpage').toFixed(1)} · floor ${m('floor').toFixed(1)} · Readability ${m('readability').toFixed(1)} ms`,
  );
  const staged = news.filter((r) => r.stages);
  if (staged.length === news.length) {
    const stages = Object.fromEntries(
      Object.keys(news[0].stages).map((name) => [name, median(news.map((r) => r.stages[name]))]),
    );
    console.log(breakdownLine(stages, m('floor')));
  }
  console.log(
    `Clearpage − (floor + Readability), median of the pages' = ${m('extra').toFixed(1)} ms`,
  );
}

/** When the page comes with expected.json (the seed does), check what the overlay showed. */
async function checkOverlay(bench, harness, file) {
  const expectedFile = resolve(dirname(file.path), 'expected.json');
  if (!existsSync(expectedFile) || !bench.lastPage) return;
  const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
  if (!Array.isArray(expected.paragraphs) || !Array.isArray(expected.mustNotContain)) return;
  const { text } = await harness.reader.inReader(bench.lastPage, harness.view.readerView, '');
  const squash = (s) => s.replace(/\s+/g, ' ').trim();
  const kept = expected.paragraphs.filter((p) => text.includes(squash(p))).length;
  const chrome = expected.mustNotContain.filter((s) => text.includes(s));
  console.log(
    `overlay check (${file.label}): ${kept}/${expected.paragraphs.length} expected paragraphs shown, chrome strings left: ${chrome.length ? chrome.join(' | ') : 'none'}`,
  );
}

async function main() {
  const { pages, runs, build } = options();
  if (build) await buildExtension({ chromeDir: BENCH_BUILD, marks: true, firefox: false });
  if (!existsSync(`${BENCH_BUILD}/manifest.json`))
    throw new Error('no dist/bench-chrome: run without --no-build once');
  ensureBrowsers(['chromium']);
  const { modules, close } = await loadHarness(
    'chromium',
    'server',
    'reader-chromium',
    'reader-view',
  );
  const [chromium, server, reader, view] = modules;
  const files = pages.map((path, i) => ({
    path,
    route: `/bench/${i}/${basename(path)}`,
    label: path.startsWith(root) ? path.slice(root.length) : path,
    bytes: statSync(path).size,
  }));
  const mounts = Object.fromEntries(files.map((f, i) => [`/bench/${i}/`, dirname(f.path)]));
  const bench = { chromium, samples: 0, keepLast: false };
  bench.readabilitySource = readFileSync(READABILITY, 'utf8');
  bench.server = await server.serveStatic(mounts);
  bench.session = await chromium.launchChromium({ extensionDirs: [BENCH_BUILD, FLOOR] });
  try {
    const origin = bench.server.origin;
    await bench.session.context.route('**/*', (route) =>
      route.request().url().startsWith(origin) ? route.continue() : route.abort(),
    );
    const browser = bench.session.context.browser().version();
    console.log(`browser: ${browser}, headless, ${runs} samples each (+1 warm-up) per page`);
    const meta = { clocks: [], retries: 0 };
    const results = [];
    for (const file of files) results.push(report(file, await sampleAll(bench, file, runs), meta));
    const err = Math.max(...meta.clocks.map((s) => s.clock.rtt / 2));
    console.log(
      `\nclock offset uncertainty ≤ ${err.toFixed(2)} ms per click sample; lost clicks retried: ${meta.retries}`,
    );
    summary(results);
    bench.keepLast = true;
    const [first] = files;
    await clickToVisible(bench, first, bench.session.extensions[0].id, '[data-clearpage-reader]');
    await checkOverlay(bench, { reader, view }, first);
  } finally {
    await bench.session.close();
    await bench.server.close();
    await close();
  }
}

main().catch((error) => {
  console.error(`bench:speed failed: ${error.message}`);
  process.exit(1);
});
