/**
 * Entry of dist/cli/worker.js: one worker thread of `clearpage -j N`. It loads the core and its
 * own jsdom sanitising window once, then runs the jobs the main thread sends, one at a time.
 */
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type JobOptions } from './job';

export interface JobRequest {
  index: number;
  file: string;
}

const options = (workerData as { options: JobOptions }).options;
const noStdin = Readable.from([]);

parentPort?.on('message', async ({ index, file }: JobRequest) => {
  try {
    parentPort?.postMessage({ index, result: await runJob(file, options, noStdin) });
  } catch (error) {
    parentPort?.postMessage({
      index,
      crash: error instanceof Error ? error.message : String(error),
    });
  }
});
