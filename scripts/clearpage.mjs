// `npm run clearpage -- …`: runs dist/cli/clearpage.js, building it first (silently: callers
// parse stdout) when it is missing or older than src/core or src/cli.
import { pathToFileURL } from 'node:url';
import { CLI_PATH, ensureNodeBuild } from './build-node.mjs';

try {
  await ensureNodeBuild(CLI_PATH, ['src/core', 'src/cli']);
} catch (error) {
  console.error(
    `clearpage: could not build dist/cli/clearpage.js: ${String(error).split('\n')[0]}`,
  );
  process.exit(1);
}
// The CLI reads process.argv itself; the arguments after this script are its own.
await import(pathToFileURL(CLI_PATH).href);
