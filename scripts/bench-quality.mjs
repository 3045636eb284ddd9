// `npm run bench -- …`: runs dist/bench/quality.js, building it first when it is missing or
// older than the code it measures.
import { pathToFileURL } from 'node:url';
import { BENCH_PATH, ensureNodeBuild } from './build-node.mjs';

try {
  await ensureNodeBuild(BENCH_PATH, ['src/core', 'src/cli', 'src/bench']);
} catch (error) {
  console.error(`bench: could not build dist/bench/quality.js: ${String(error).split('\n')[0]}`);
  process.exit(1);
}
await import(pathToFileURL(BENCH_PATH).href);
