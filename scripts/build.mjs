// Builds everything `npm run build` promises: dist/chrome/ and dist/firefox/ from the one
// manifest.json, and the Node CLI (scripts/build-node.mjs).
//
// Each extension entry is its own Vite library pass: content scripts and MV3 service workers
// must be single classic files, and Vite cannot emit several IIFE entries at once
// (INVALID_OPTION … codeSplitting).
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { copyLicenses } from './licenses.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;

const ENTRIES = [
  { name: 'content', entry: 'src/content/index.ts' },
  { name: 'background', entry: 'src/background/index.ts' },
  { name: 'popup', entry: 'src/popup/index.ts' },
  { name: 'options', entry: 'src/options/index.ts' },
  { name: 'auto-open', entry: 'src/content/auto-open.ts' },
  // Loaded on first use, each injected by the background (src/content/chunks.ts).
  { name: 'chunks/export', entry: 'src/content/lazy/export.ts' },
  { name: 'chunks/read-aloud', entry: 'src/content/lazy/read-aloud.ts' },
  { name: 'chunks/show-removed', entry: 'src/content/lazy/show-removed.ts' },
  { name: 'chunks/picker', entry: 'src/content/lazy/picker.ts' },
  // Chromium's offscreen document for "Copy" (src/background/clipboard.ts); Firefox ignores it.
  { name: 'offscreen', entry: 'src/offscreen/index.ts' },
];
const STATIC = [
  ['public', ''],
  ['src/popup/popup.html', 'popup.html'],
  ['src/popup/popup.css', 'popup.css'],
  ['src/options/options.html', 'options.html'],
  ['src/options/options.css', 'options.css'],
  ['src/offscreen/offscreen.html', 'offscreen.html'],
];

/**
 * What only Chromium's "Copy" needs (src/background/clipboard.ts): its offscreen document, which
 * writes with execCommand (an offscreen document has no focus, so navigator.clipboard refuses
 * it), and execCommand there copies nothing without clipboardWrite (tried in Chromium 156).
 * Firefox has no offscreen API (its linter calls the permission unknown) and copies from the
 * content script.
 */
const CHROME_ONLY_PERMISSIONS = ['offscreen', 'clipboardWrite'];

async function fontList() {
  return JSON.parse(await readFile(`${root}src/content/fonts.json`, 'utf8'));
}

/**
 * The reader's fonts, as src/content/fonts.json lists them (the content script reads the same
 * list): woff2 files of the @fontsource packages, each with its package's OFL licence.
 */
async function copyFonts(outDir) {
  const { faces, families } = await fontList();
  await mkdir(`${outDir}/fonts`, { recursive: true });
  for (const { package: pkg, subsets } of Object.values(families)) {
    const from = `${root}node_modules/@fontsource/${pkg}`;
    await cp(`${from}/LICENSE`, `${outDir}/fonts/${pkg}-LICENSE.txt`);
    for (const subset of subsets) {
      for (const { weight, style } of faces) {
        const file = `${pkg}-${subset}-${weight}-${style}.woff2`;
        await cp(`${from}/files/${file}`, `${outDir}/fonts/${file}`);
      }
    }
  }
}

async function buildEntry({ name, entry }, outDir, marks) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    // Performance marks per stage (src/core/timing.ts), only in the speed bench's own build.
    define: { __CLEARPAGE_MARKS__: JSON.stringify(marks) },
    build: {
      outDir,
      emptyOutDir: false,
      target: ['chrome120', 'firefox128'],
      minify: process.env.CLEARPAGE_NO_MINIFY ? false : true,
      sourcemap: false,
      reportCompressedSize: false,
      lib: {
        entry,
        formats: ['iife'],
        name: `clearpage_${name.replace(/\W/g, '_')}`,
        fileName: () => `${name}.js`,
      },
    },
  });
}

/** One manifest source; each browser gets only the keys it understands. */
export function manifestFor(browser, manifest) {
  const out = structuredClone(manifest);
  if (browser === 'chrome') {
    delete out.background.scripts;
    delete out.browser_specific_settings;
    // Chromium (156) leaves Alt+Shift+R unassigned — commands.getAll() reports an empty shortcut
    // for it, as for Alt+Shift+C and Alt+Shift+P — so Chromium gets Alt+R, which it assigns.
    out.commands['toggle-reader'].suggested_key = { default: 'Alt+R' };
  } else {
    delete out.background.service_worker;
    delete out.minimum_chrome_version;
    out.permissions = out.permissions.filter((p) => !CHROME_ONLY_PERMISSIONS.includes(p));
  }
  return out;
}

/**
 * dist/chrome and dist/firefox; or, for `npm run bench:speed`, only Chromium's build with the
 * stage marks in it, into its own folder (`{ chromeDir, marks: true, firefox: false }`), so the
 * shipped build never carries them.
 */
export async function buildExtension({
  chromeDir = `${dist}/chrome`,
  marks = false,
  firefox = true,
} = {}) {
  const manifest = JSON.parse(await readFile(`${root}manifest.json`, 'utf8'));
  const chrome = chromeDir;
  await rm(chrome, { recursive: true, force: true });
  await mkdir(chrome, { recursive: true });
  for (const entry of ENTRIES) await buildEntry(entry, chrome, marks);
  for (const [from, to] of STATIC)
    await cp(`${root}${from}`, `${chrome}/${to}`, { recursive: true });
  await copyFonts(chrome);
  const fontPackages = Object.values((await fontList()).families).map((f) => f.package);
  await copyLicenses(root, chrome, fontPackages);
  const json = (browser) => `${JSON.stringify(manifestFor(browser, manifest), null, 2)}\n`;
  await writeFile(`${chrome}/manifest.json`, json('chrome'));
  if (!firefox) return;
  const firefoxDir = `${dist}/firefox`;
  await rm(firefoxDir, { recursive: true, force: true });
  await cp(chrome, firefoxDir, { recursive: true });
  for (const file of ['offscreen.html', 'offscreen.js']) await rm(`${firefoxDir}/${file}`);
  await writeFile(`${firefoxDir}/manifest.json`, json('firefox'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildExtension();
  if (existsSync(`${root}scripts/build-node.mjs`)) {
    const { buildNode } = await import('./build-node.mjs');
    await buildNode({ quiet: true });
  }
  console.log('built dist/chrome, dist/firefox and dist/cli');
}
