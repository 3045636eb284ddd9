// @vitest-environment node
// `npm run package` as a release and a reviewer use it, in two throw-away copies of the project
// (so this repo's dist/, which other tests read, is left alone): copy A packages from the
// sources; copy B is AMO's source archive from A, unzipped, and packages again. Both store zips
// hold the manifest, the licence notices and no source map, and B's files are A's, byte for byte.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceFiles } from '../../scripts/package.mjs';

const ROOT = join(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
const zipName = (what: string) => `dist/clearpage-${version}-${what}.zip`;
const tmp = mkdtempSync(join(tmpdir(), 'clearpage-package-'));
const [A, B] = [join(tmp, 'a'), join(tmp, 'b')];

type Files = Map<string, Buffer>;
async function unzip(path: string): Promise<Files> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const files: Files = new Map();
  for (const entry of Object.values(zip.files).filter((e) => !e.dir))
    files.set(entry.name, await entry.async('nodebuffer'));
  return files;
}

function packageIn(dir: string) {
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  execFileSync(process.execPath, ['scripts/package.mjs'], { cwd: dir, stdio: 'pipe' });
}

const zips: Record<'a' | 'b', Record<string, Files>> = { a: {}, b: {} };

beforeAll(async () => {
  for (const file of sourceFiles(ROOT)) {
    mkdirSync(dirname(join(A, file)), { recursive: true });
    cpSync(join(ROOT, file), join(A, file));
  }
  packageIn(A);
  for (const [name, bytes] of await unzip(join(A, zipName('source')))) {
    mkdirSync(dirname(join(B, name)), { recursive: true });
    await writeFile(join(B, name), bytes);
  }
  packageIn(B);
  for (const [key, dir] of [
    ['a', A],
    ['b', B],
  ] as const)
    for (const what of ['chrome', 'firefox', 'source'])
      zips[key][what] = await unzip(join(dir, zipName(what)));
}, 120_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run package', () => {
  for (const browser of ['chrome', 'firefox']) {
    it(`the ${browser} zip has its manifest, the licence notices and no source map`, () => {
      const files = zips.a[browser]!;
      const manifest = JSON.parse(files.get('manifest.json')!.toString());
      expect(manifest.version).toBe(version);
      expect(!!manifest.browser_specific_settings).toBe(browser === 'firefox');
      const names = [...files.keys()];
      for (const notice of [
        'LICENSE.txt',
        'THIRD-PARTY-NOTICES.txt',
        'licenses/mozilla-readability-LICENSE.txt',
        'licenses/dompurify-LICENSE.txt',
        'licenses/turndown-LICENSE.txt',
        'licenses/webextension-polyfill-LICENSE.txt',
        'fonts/literata-LICENSE.txt',
        'fonts/inter-LICENSE.txt',
        'fonts/atkinson-hyperlegible-LICENSE.txt',
      ])
        expect(names, notice).toContain(notice);
      expect(files.get('LICENSE.txt')!.toString()).toMatch(/^MIT License/);
      expect(files.get('fonts/inter-LICENSE.txt')!.toString()).toMatch(/SIL Open Font License/);
      expect(names.filter((n) => n.endsWith('.map'))).toEqual([]);
      for (const name of names.filter((n) => n.endsWith('.js')))
        expect(files.get(name)!.toString(), name).not.toMatch(/sourceMappingURL/);
    });

    it(`the ${browser} zip rebuilt from the source archive holds the same bytes`, () => {
      const [a, b] = [zips.a[browser]!, zips.b[browser]!];
      expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
      for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes), name).toBe(true);
    });
  }

  it('the source archive has the sources, the lock file and the build instructions', () => {
    const names = [...zips.a.source!.keys()];
    for (const file of ['package-lock.json', 'BUILDING.md', 'manifest.json', 'src/core/index.ts'])
      expect(names, file).toContain(file);
    expect(
      zips.a
        .source!.get('package-lock.json')!
        .equals(readFileSync(join(ROOT, 'package-lock.json'))),
    ).toBe(true);
    expect(names.some((n) => n.startsWith('node_modules/') || n.startsWith('dist/'))).toBe(false);
  });

  it('the source archive itself is reproducible, byte for byte', () => {
    const [a, b] = [A, B].map((dir) => readFileSync(join(dir, zipName('source'))));
    expect(b!.equals(a!)).toBe(true);
  });
});
