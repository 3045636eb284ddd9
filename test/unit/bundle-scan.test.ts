// The built extension runs no code it did not ship and asks for no more than it needs:
// no eval, no Function constructor, no string timers, no importScripts, no URL in the bundles
// other than XML namespace names (so nothing remote is loaded), extension pages load only their
// own scripts, and the manifests keep to activeTab/scripting/storage (+ contextMenus) with a
// strict CSP. Scans dist/ as `npm test` builds it; builds it first when it is missing.
// The bundles include Readability, DOMPurify, Turndown and webextension-polyfill; their
// harmless look-alikes are not matched: the polyfill's API table has an `eval:` key
// (devtools.inspectedWindow.eval) and `Function.call.bind`, DOMPurify has `instanceof Function`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BROWSERS = ['chrome', 'firefox'] as const;
const dist = (browser: string) => join(ROOT, 'dist', browser);

const FORBIDDEN_CODE: [string, RegExp][] = [
  ['eval call', /(?<![\w$.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\b/],
  ['Function constructor call', /(?<![\w$.])Function\s*\(/],
  ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['document.write', /\bdocument\.write(?:ln)?\s*\(/],
  ['dynamic import', /(?<![\w$.])import\s*\(/],
];
/** Names of XML namespaces: strings DOM code compares against, never fetched. */
const NAMESPACES = new Set([
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/2000/xmlns/',
]);

/** What a bundle does that it must not: each finding with a little context. */
export function scanCode(code: string): string[] {
  const found: string[] = [];
  for (const [name, pattern] of FORBIDDEN_CODE) {
    const global = new RegExp(pattern.source, 'g');
    for (const match of code.matchAll(global)) {
      found.push(`${name}: …${code.slice(Math.max(0, match.index - 40), match.index + 40)}…`);
    }
  }
  for (const [url] of code.matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`)<>\\]*/gi)) {
    if (!NAMESPACES.has(url)) found.push(`remote URL: ${url}`);
  }
  return found;
}

/** Extension pages may load scripts only from the package, and no inline ones (CSP). */
export function scanPage(html: string): string[] {
  const found: string[] = [];
  for (const [tag, attrs = ''] of html.matchAll(/<script\b([^>]*)>/gi)) {
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
    if (!src) found.push(`inline script: ${tag}`);
    else if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) found.push(`remote script: ${src}`);
  }
  return found.concat(scanCode(html.replace(/<script\b[^>]*>/gi, '')));
}

/** The bundle's files ending in `ext`, with those of its chunks/ folder (chunks/x.js). */
function files(browser: string, ext: string): string[] {
  const chunks = join(dist(browser), 'chunks');
  return [
    ...readdirSync(dist(browser)),
    ...(existsSync(chunks) ? readdirSync(chunks).map((name) => `chunks/${name}`) : []),
  ].filter((name) => name.endsWith(ext));
}

beforeAll(() => {
  if (BROWSERS.every((b) => existsSync(join(dist(b), 'manifest.json')))) return;
  // In a child process: scripts/build.mjs needs Node's own URL, which this jsdom realm replaces.
  const build = "import('./scripts/build.mjs').then((m) => m.buildExtension())";
  execFileSync(process.execPath, ['--input-type=module', '-e', build], { cwd: ROOT });
}, 120_000);

it('the scanners find what they look for', () => {
  expect(scanCode('a=eval("1");new Function("x");Function("y")()')).toHaveLength(4);
  expect(scanCode('setTimeout("go()",1);importScripts("x.js");import("./y.js")')).toHaveLength(3);
  expect(scanCode('fetch("https://cdn.example/x.js")')).toEqual([
    'remote URL: https://cdn.example/x.js',
  ]);
  expect(
    scanCode('x.eval({});c=Function.call.bind(o);y instanceof Function;setTimeout(f,1)'),
  ).toEqual([]);
  expect(scanPage('<script>1</script><script src="https://x.test/a.js"></script>')).toEqual([
    'inline script: <script>',
    'remote script: https://x.test/a.js',
  ]);
  expect(scanPage('<script src="popup.js"></script>')).toEqual([]);
});

describe.each(BROWSERS)('dist/%s', (browser) => {
  it('has bundles to scan', () => {
    expect(files(browser, '.js').sort()).toEqual([
      // Registered only for the sites the reader chose "Always open on" for (issue 11).
      'auto-open.js',
      'background.js',
      // Loaded on first use (src/content/chunks.ts).
      'chunks/export.js',
      'chunks/picker.js',
      'chunks/read-aloud.js',
      'chunks/show-removed.js',
      'content.js',
      // Chromium's offscreen document for "Copy" (src/offscreen/); Firefox has no such API.
      ...(browser === 'chrome' ? ['offscreen.js'] : []),
      'options.js',
      'popup.js',
    ]);
  });

  // What each lazily loaded part's code holds and nothing else does: strings that survive
  // minification (Turndown's own, the speech API's names, the bring-back selector).
  const LAZY: Record<string, RegExp[]> = {
    'chunks/export.js': [/turndown-root/, /blankReplacement/, /keepReplacement/, /force-cache/],
    'chunks/read-aloud.js': [/SpeechSynthesisUtterance/, /voiceschanged/, /localService/],
    'chunks/show-removed.js': [/:scope > \.cp-removed-label/],
    'chunks/picker.js': [/data-clearpage-picker/, /elementsFromPoint/],
  };

  it.each(Object.keys(LAZY))('keeps %s out of content.js: only the chunk has its code', (chunk) => {
    const read = (name: string) => readFileSync(join(dist(browser), name), 'utf8');
    for (const marker of LAZY[chunk]!) {
      expect(read(chunk), String(marker)).toMatch(marker);
      expect(read('content.js'), String(marker)).not.toMatch(marker);
    }
  });

  it('bundles hold no eval, Function constructor, string timer or remote URL', () => {
    for (const name of files(browser, '.js')) {
      const code = readFileSync(join(dist(browser), name), 'utf8');
      expect(scanCode(code), name).toEqual([]);
    }
  });

  it("carries no performance marks: only the speed bench's own build sets them", () => {
    for (const name of files(browser, '.js')) {
      const code = readFileSync(join(dist(browser), name), 'utf8');
      expect(code, name).not.toMatch(/performance\.mark\(/);
    }
  });

  it('extension pages load only packaged scripts', () => {
    for (const name of files(browser, '.html')) {
      expect(scanPage(readFileSync(join(dist(browser), name), 'utf8')), name).toEqual([]);
    }
  });

  describe('manifest', () => {
    const manifest = () =>
      JSON.parse(readFileSync(join(dist(browser), 'manifest.json'), 'utf8')) as Record<
        string,
        unknown
      > & { permissions?: string[]; content_security_policy?: { extension_pages?: string } };

    it('asks only for activeTab, scripting, storage (+ contextMenus; Chrome: offscreen, clipboardWrite), on no host', () => {
      const m = manifest();
      const permissions = m.permissions ?? [];
      expect(permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'storage']));
      // Chrome's "Copy" writes from an offscreen document (src/background/clipboard.ts).
      const copy = browser === 'chrome' ? ['offscreen', 'clipboardWrite'] : [];
      expect(
        permissions.filter(
          (p) => !['activeTab', 'scripting', 'storage', 'contextMenus', ...copy].includes(p),
        ),
      ).toEqual([]);
      for (const key of ['host_permissions', 'content_scripts'])
        expect(m[key], key).toBeUndefined();
      // Asked for one origin at a time, from the reader's click ("Always open on <site>").
      expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
      expect(m.optional_permissions ?? []).toEqual([]);
      expect(JSON.stringify(m)).not.toMatch(/<all_urls>|\*:\/\//);
    });

    it("has a strict CSP: script-src 'self', no unsafe-eval, no remote source", () => {
      const csp = manifest().content_security_policy?.extension_pages ?? '';
      const scriptSrc = /(?:^|;)\s*script-src\s+([^;]*)/.exec(csp)?.[1]?.trim().split(/\s+/);
      expect(scriptSrc).toEqual(["'self'"]);
      expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    });
  });
});
