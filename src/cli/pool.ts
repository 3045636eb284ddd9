/**
 * Runs the jobs of one `clearpage` call, in `jobs` worker threads or in this thread, and yields
 * the results in the order of the inputs whatever order they finish in (issue 10).
 */
import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { EXIT, runJob, type JobOptions, type JobResult } from './job';

export interface PoolOptions {
  jobs: number;
  stdin: Readable;
  /** dist/cli/worker.js; without it (unit tests on the sources) every job runs here. */
  workerUrl?: URL | undefined;
}

type Message = { index: number; result?: JobResult; crash?: string };

function crashed(file: string, message: string): JobResult {
  return { file, status: EXIT.internal, error: `internal error: ${message.split('\n')[0]}` };
}

/** Starts the workers and feeds each its next file; calls `done` with every result. */
function startWorkers(
  files: readonly string[],
  count: number,
  options: JobOptions,
  workerUrl: URL,
  done: (index: number, result: JobResult) => void,
): Worker[] {
  let next = 0;
  return Array.from({ length: count }, () => {
    const worker = new Worker(workerUrl, { workerData: { options } });
    let current = -1;
    const feed = () => {
      while (next < files.length && files[next] === '-') next++; // stdin is read in this thread
      if (next >= files.length) return;
      current = next++;
      worker.postMessage({ index: current, file: files[current] });
    };
    worker.on('message', ({ index, result, crash }: Message) => {
      done(index, result ?? crashed(files[index] ?? '', crash ?? 'no result'));
      feed();
    });
    // A worker that dies takes only its current file with it; the others finish the rest.
    worker.on('error', (error) => done(current, crashed(files[current] ?? '', error.message)));
    feed();
    return worker;
  });
}

export async function* runJobs(
  files: readonly string[],
  options: JobOptions,
  pool: PoolOptions,
): AsyncGenerator<JobResult> {
  const count = Math.min(pool.jobs, files.filter((f) => f !== '-').length);
  if (count <= 1 || !pool.workerUrl) {
    for (const file of files) yield await runJob(file, options, pool.stdin);
    return;
  }
  const results = new Map<number, JobResult>();
  let wake: (() => void) | undefined;
  const workers = startWorkers(files, count, options, pool.workerUrl, (index, result) => {
    results.set(index, result);
    wake?.();
  });
  try {
    for (let i = 0; i < files.length; i++) {
      if (files[i] === '-') results.set(i, await runJob('-', options, pool.stdin));
      while (!results.has(i)) await new Promise<void>((resolve) => (wake = resolve));
      yield results.get(i)!;
      results.delete(i);
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
