// Huge pages for the browser, written to a folder the test server mounts (too big to commit),
// and the measurement of one toolbar click on them: click → answer on screen, and the longest
// main-thread task meanwhile (a PerformanceObserver of long tasks, registered before the click).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { clickAction, type ChromiumSession } from './chromium';
import { inReader, waitForReader } from './reader-chromium';

const SENTENCE =
  'The harbour master printed the tide tables on a single sheet of card every spring, and the crews pinned them above the chart table. ';

const page = (title: string, body: string, script = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;

export interface HugePage {
  name: string;
  file: string;
  /** What it is, for the report. */
  shape: string;
}

/** 200,000 elements: 50,000 paragraphs of four elements each. Under the 300,000 limit. */
function elements200k(): string {
  const p = `<p>${SENTENCE}<b>bold</b> <i>italic</i> <span>and a span</span></p>`;
  return page(
    'Two hundred thousand elements',
    `<article><h1>Tide tables</h1>${p.repeat(50_000)}</article>`,
  );
}

/**
 * 10,000 levels deep. An HTML parser stops nesting at 512 levels (Chromium), so only script
 * builds such a page; the article sits at the bottom. The chain is display: none (by a class,
 * not an inline style the extractor would read as hidden): laid out, 10,000 levels crash
 * Chromium's renderer by themselves, reader or not.
 */
function deep10k(): string {
  const script = `let el = document.body.appendChild(document.createElement('div'));
    el.className = 'unrendered';
    for (let i = 0; i < 10000; i++) el = el.appendChild(document.createElement('div'));
    const article = el.appendChild(document.createElement('article'));
    for (let i = 0; i < 8; i++) article.appendChild(document.createElement('p')).textContent = ${JSON.stringify(SENTENCE.repeat(3))};`;
  return page('Ten thousand deep', '<style>.unrendered { display: none }</style>', script);
}

/** A 20 MB HTML file: an article of 2,000 paragraphs of ~10 KB each. */
function megabytes20(): string {
  const p = `<p>${SENTENCE.repeat(76)}</p>\n`;
  return page('Twenty megabytes', `<article><h1>Tide tables</h1>${p.repeat(2_000)}</article>`);
}

const BUILDERS: Record<string, { shape: string; build: () => string }> = {
  'elements-200k': { shape: '200,000 elements (50,000 paragraphs)', build: elements200k },
  'deep-10k': { shape: '10,000 nested divs, built by script', build: deep10k },
  'html-20mb': { shape: '20 MB of HTML (2,000 paragraphs of 10 KB)', build: megabytes20 },
};

export async function writeHugePages(dir: string): Promise<HugePage[]> {
  await mkdir(dir, { recursive: true });
  const pages: HugePage[] = [];
  for (const [name, { shape, build }] of Object.entries(BUILDERS)) {
    const file = `${name}.html`;
    await writeFile(join(dir, file), build());
    pages.push({ name, file, shape });
  }
  return pages;
}

export interface ClickMeasure {
  /** From just before the click to the reader's host in the DOM, in the page's clock (ms). */
  clickToAnswerMs: number;
  /** Longest main-thread task seen from the click until the answer (ms; 0 if none ≥ 50 ms). */
  longestTaskMs: number;
  /** The overlay's text: the article's first paragraph, or the message it shows. */
  answer: 'article' | 'too large' | 'no article' | 'none';
  paragraphs: number;
}

function watchForAnswer(): void {
  const w = window as unknown as { __huge: { tasks: number[]; answeredAt: number } };
  w.__huge = { tasks: [], answeredAt: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__huge.tasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  new MutationObserver((_, observer) => {
    if (document.documentElement.querySelector(':scope > [data-clearpage-reader]')) {
      w.__huge.answeredAt = performance.now();
      observer.disconnect();
    }
  }).observe(document.documentElement, { childList: true });
}

/** Clicks the toolbar button once on `page` and measures until the reader's answer is shown. */
export async function measureClick(
  session: ChromiumSession,
  target: Page,
  timeoutMs = 120_000,
): Promise<ClickMeasure> {
  await target.evaluate(watchForAnswer);
  const clickedAt = await target.evaluate(() => performance.now());
  await clickAction(session, target);
  if (!(await waitForReader(target, timeoutMs))) {
    return { clickToAnswerMs: NaN, longestTaskMs: NaN, answer: 'none', paragraphs: 0 };
  }
  await target.waitForTimeout(200); // let the long-task observer deliver the last entries
  const seen = await target.evaluate(
    () => (window as unknown as { __huge: { tasks: number[]; answeredAt: number } }).__huge,
  );
  const view = await inReader(target, (root) => ({
    text: (root.querySelector('[role="dialog"]') as HTMLElement).innerText,
    paragraphs: root.querySelectorAll('.body p').length,
  }));
  const answer = /too large/i.test(view.text)
    ? 'too large'
    : /couldn't find an article/.test(view.text)
      ? 'no article'
      : 'article';
  return {
    clickToAnswerMs: Math.round(seen.answeredAt - clickedAt),
    longestTaskMs: Math.round(Math.max(0, ...seen.tasks)),
    answer,
    paragraphs: view.paragraphs,
  };
}
