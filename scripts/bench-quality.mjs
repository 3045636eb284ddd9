// `npm run bench -- …`: runs dist/bench/quality.js, building it first when it is missing or
// older than the code it measures.
import { pathToFileURL } from 'node:url';
import { BENCH_PATH, ensureNodeBuild } from './build-node.mjs';

await ensureNodeBuild(BENCH_PATH, ['src/core', 'src/cli', 'src/bench']);
await import(pathToFileURL(BENCH_PATH).href);
