/**
 * Runs the bench's pages in `jobs` worker threads (dist/bench/worker.js), or in this thread
 * when there is one job or no built worker. Results come back by page index.
 */
import { Worker } from 'node:worker_threads';
import type { BenchPage } from './corpora';
import { runPage, type PageOutcome, type TaskOptions } from './page-task';

export interface WorkerData {
  pages: readonly BenchPage[];
  options: TaskOptions;
}

type Message = { index: number; outcome?: PageOutcome; crash?: string };

function crashed(message: string): PageOutcome {
  const failed = { text: '', ok: false, ms: 0 };
  return {
    clearpage: { ...failed, removed: [] },
    readability: failed,
    without: {},
    marked: [],
    error: `internal error: ${message.split('\n')[0]}`,
  };
}

/** A progress line on a terminal; elsewhere (CI's log) a line at every tenth of the pages. */
function progress(done: number, total: number): void {
  if (!process.stderr.isTTY) {
    const step = Math.max(1, Math.ceil(total / 10));
    if (done % step === 0 || done === total) process.stderr.write(`  ${done}/${total} pages\n`);
    return;
  }
  process.stderr.write(`\r  ${done}/${total} pages`);
  if (done === total) process.stderr.write('\r\x1b[K');
}

function inThread(pages: readonly BenchPage[], options: TaskOptions): PageOutcome[] {
  return pages.map((page, i) => {
    progress(i + 1, pages.length);
    return runPage(page, i, options);
  });
}

export async function runPages(
  pages: readonly BenchPage[],
  options: TaskOptions,
  jobs: number,
  workerUrl: URL | undefined,
): Promise<PageOutcome[]> {
  const count = Math.min(jobs, pages.length);
  if (count <= 1 || !workerUrl) return inThread(pages, options);
  const outcomes: PageOutcome[] = new Array<PageOutcome>(pages.length);
  let next = 0;
  let done = 0;
  const data: WorkerData = { pages, options };
  const workers = Array.from({ length: count }, () => new Worker(workerUrl, { workerData: data }));
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          let current = -1;
          const feed = () => {
            if (next >= pages.length) return resolve();
            current = next++;
            worker.postMessage(current);
          };
          const finish = (index: number, outcome: PageOutcome) => {
            outcomes[index] = outcome;
            progress(++done, pages.length);
          };
          worker.on('message', ({ index, outcome, crash }: Message) => {
            finish(index, outcome ?? crashed(crash ?? 'no result'));
            feed();
          });
          // A worker that dies takes only its current page with it.
          worker.on('error', (error) => {
            if (current >= 0) finish(current, crashed(error.message));
            resolve();
          });
          feed();
        }),
    ),
  );
  await Promise.all(workers.map((w) => w.terminate()));
  // Pages a dead worker never got run here, so every page has an outcome.
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i];
    if (!outcomes[i] && page) outcomes[i] = runPage(page, i, options);
  }
  return outcomes;
}
