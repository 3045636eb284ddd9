// Builds the Node side: dist/cli/clearpage.js (the `clearpage` command) and dist/bench/quality.js
// (`npm run bench`). One Vite SSR library pass in ES format: node_modules packages stay external
// imports (jsdom and linkedom are not bundleable, and need not be), code shared by the two
// entries goes to one chunk under dist/node-chunks/.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { chmod, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export const NODE_ENTRIES = {
  'cli/clearpage': 'src/cli/clearpage.ts',
  'cli/worker': 'src/cli/worker.ts',
  'bench/quality': 'src/bench/quality.ts',
  'bench/worker': 'src/bench/worker.ts',
};
export const CLI_PATH = `${root}dist/cli/clearpage.js`;
export const BENCH_PATH = `${root}dist/bench/quality.js`;

/** @param {{ quiet?: boolean }} [options] quiet: print nothing at all (stdout may be parsed). */
export async function buildNode({ quiet = false } = {}) {
  // Chunk names carry hashes; drop the last build's so they do not pile up.
  await rm(`${root}dist/node-chunks`, { recursive: true, force: true });
  // Imported here so the `clearpage` launcher pays for Vite only when it has to build.
  const { build } = await import('vite');
  await build({
    root,
    configFile: false,
    logLevel: quiet ? 'silent' : 'warn',
    publicDir: false,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      ssr: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      reportCompressedSize: false,
      lib: { entry: NODE_ENTRIES, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rollupOptions: {
        output: {
          chunkFileNames: 'node-chunks/[name]-[hash].js',
          banner: (chunk) => (chunk.name === 'cli/clearpage' ? '#!/usr/bin/env node' : ''),
        },
      },
    },
  });
  await chmod(CLI_PATH, 0o755);
  if (!quiet) console.log('built dist/cli/clearpage.js and dist/bench/quality.js');
}

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/**
 * Builds quietly when `target` is missing or older than any file under `sources` (paths from
 * the repo root) or this script, so a fresh clone's `npm run clearpage` just works.
 */
export async function ensureNodeBuild(target, sources) {
  const inputs = [...sources.map((s) => `${root}${s}`), fileURLToPath(import.meta.url)];
  if (existsSync(target)) {
    const built = statSync(target).mtimeMs;
    if (inputs.every((p) => !existsSync(p) || newestMtime(p) <= built)) return;
  }
  await buildNode({ quiet: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildNode();
}
