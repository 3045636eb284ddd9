/** Entry of dist/bench/worker.js: one worker thread of `npm run bench -- -j N`. */
import { parentPort, workerData } from 'node:worker_threads';
import { runPage } from './page-task';
import type { WorkerData } from './pool';

const { pages, options } = workerData as WorkerData;

parentPort?.on('message', (index: number) => {
  const page = pages[index];
  try {
    if (!page) throw new Error(`no page ${index}`);
    parentPort?.postMessage({ index, outcome: runPage(page, index, options) });
  } catch (error) {
    parentPort?.postMessage({
      index,
      crash: error instanceof Error ? error.message : String(error),
    });
  }
});
