/** Entry of dist/cli/clearpage.js (the build adds the `#!/usr/bin/env node` line). */
import { main } from './main';

// `clearpage … | head` closes stdout early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// The worker is its own entry beside this one (scripts/build-node.mjs), found from here.
const workerUrl = new URL('./worker.js', import.meta.url);
process.exitCode = await main(process.argv.slice(2), { ...process, workerUrl });
