// `npm run package`: everything the two stores take, written into dist/.
//   clearpage-<version>-chrome.zip    Chrome Web Store (dist/chrome, zipped by web-ext build)
//   clearpage-<version>-firefox.zip   addons.mozilla.org (dist/firefox, web-ext build)
//   clearpage-<version>-source.zip    AMO's source archive: the sources, the lock file and
//                                     BUILDING.md, which rebuild the same bytes
// The same sources give the same files inside both store zips, byte for byte (the build is
// reproducible; test/unit/package.test.ts rebuilds from the source archive and compares), which
// is what AMO's reviewers check. The zips' own headers are not: web-ext build (zip-dir) stamps
// each entry with the time of packing. The source archive is fully reproducible (sorted entries,
// one fixed time stamp, no folder entries).
import { readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import webExt from 'web-ext';
import { buildExtension } from './build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

/** The time stamp of every file in the source archive, whatever the disk says. */
export const STAMP = new Date('2026-01-01T00:00:00Z');

/** What the source archive holds: all a reviewer needs to run `npm ci && npm run build`. */
export const SOURCE_PATHS = [
  'BUILDING.md',
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'manifest.json',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'public',
  'scripts/build.mjs',
  'scripts/build-node.mjs',
  'scripts/licenses.mjs',
  'scripts/package.mjs',
  'src',
];

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/** The source archive's files under `base`, as sorted relative paths. */
export function sourceFiles(base = root, paths = SOURCE_PATHS) {
  return paths
    .flatMap((p) => (statSync(join(base, p)).isDirectory() ? walk(join(base, p)) : [join(base, p)]))
    .map((file) => relative(base, file).split('\\').join('/'))
    .sort();
}

async function webExtZip(browser, filename) {
  const sourceDir = join(dist, browser);
  await webExt.cmd.build(
    { sourceDir, artifactsDir: dist, filename, overwriteDest: true },
    { showReadyMessage: false },
  );
  return join(dist, filename);
}

async function sourceZip(filename) {
  const zip = new JSZip();
  for (const file of sourceFiles()) {
    zip.file(file, await readFile(join(root, file)), { date: STAMP, createFolders: false });
  }
  const bytes = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'UNIX',
  });
  await writeFile(join(dist, filename), bytes);
  return join(dist, filename);
}

export async function packageAll() {
  const { version } = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  await mkdir(dist, { recursive: true });
  await buildExtension();
  const out = {
    chrome: await webExtZip('chrome', `clearpage-${version}-chrome.zip`),
    firefox: await webExtZip('firefox', `clearpage-${version}-firefox.zip`),
    source: join(dist, `clearpage-${version}-source.zip`),
  };
  await rm(out.source, { force: true });
  await sourceZip(relative(dist, out.source));
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = await packageAll();
  for (const [what, file] of Object.entries(out)) {
    const kb = (statSync(file).size / 1024).toFixed(0);
    console.log(`${what.padEnd(8)} ${relative(root, file)}  ${kb} KB`);
  }
}
