// The licence notices both store packages ship (issue 10): Clearpage's own MIT licence and the
// licence of every third-party package whose code or fonts are bundled, copied unmodified from
// the installed package, plus one index (THIRD-PARTY-NOTICES.txt) naming what each covers.
// The fonts' OFL files are copied beside the fonts by build.mjs (fonts/<family>-LICENSE.txt).
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';

/** Packages bundled into the extension's scripts, with the files their licence lives in. */
export const BUNDLED = [
  { pkg: '@mozilla/readability', files: ['LICENSE.md'], usedIn: 'content.js' },
  { pkg: 'dompurify', files: ['LICENSE', 'LICENSE-MPL'], usedIn: 'content.js' },
  { pkg: 'turndown', files: ['LICENSE'], usedIn: 'chunks/export.js' },
  {
    pkg: 'webextension-polyfill',
    files: ['LICENSE'],
    usedIn: 'background.js, content.js, popup.js',
  },
];

const slug = (pkg) => pkg.replace(/^@/, '').replace(/\//g, '-');

async function version(root, pkg) {
  return JSON.parse(await readFile(`${root}node_modules/${pkg}/package.json`, 'utf8'));
}

/** Writes LICENSE.txt, licenses/* and THIRD-PARTY-NOTICES.txt into outDir. */
export async function copyLicenses(root, outDir, fontPackages) {
  await cp(`${root}LICENSE`, `${outDir}/LICENSE.txt`);
  await mkdir(`${outDir}/licenses`, { recursive: true });
  const lines = [
    'Clearpage is MIT-licensed (LICENSE.txt). It bundles the following third-party software,',
    'each under its own licence, whose full text is in the file named.',
    '',
  ];
  for (const { pkg, files, usedIn } of BUNDLED) {
    const meta = await version(root, pkg);
    const copies = [];
    for (const file of files) {
      const to = `licenses/${slug(pkg)}-${file.replace(/\.md$/, '')}.txt`;
      await cp(`${root}node_modules/${pkg}/${file}`, `${outDir}/${to}`);
      copies.push(to);
    }
    lines.push(`${pkg} ${meta.version} (${meta.license}), in ${usedIn}: ${copies.join(', ')}`);
  }
  for (const pkg of fontPackages) {
    const meta = await version(root, `@fontsource/${pkg}`);
    lines.push(
      `@fontsource/${pkg} ${meta.version} (${meta.license}), the fonts/${pkg}-*.woff2 files: fonts/${pkg}-LICENSE.txt`,
    );
  }
  await writeFile(`${outDir}/THIRD-PARTY-NOTICES.txt`, `${lines.join('\n')}\n`);
}
