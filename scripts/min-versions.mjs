// The lowest Chrome and Firefox that have everything Clearpage uses, looked up in MDN's
// browser-compat-data (the tables behind MDN's compatibility sections, and what AMO's linter
// checks manifests against): every extension API the sources call (`browser.ns.member`), every
// manifest key, and the web features the reader cannot do without. The manifest's
// minimum_chrome_version and gecko.strict_min_version must equal these (test/unit/manifest-
// versions.test.ts), so a new API call raises them or fails the test instead of breaking
// silently in an older browser.
//
// Usage: node scripts/min-versions.mjs   (prints each browser's minimum and what sets it)
import bcd from '@mdn/browser-compat-data' with { type: 'json' };
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Web features the reader relies on (no fallback): the BCD path of each. */
export const WEB_FEATURES = [
  'api.Element.attachShadow',
  'api.ShadowRoot.adoptedStyleSheets',
  'api.CSSStyleSheet.replaceSync',
  'api.HTMLElement.showPopover',
  'api.HTMLElement.inert',
  'javascript.builtins.Intl.Segmenter',
  'css.selectors.focus-visible',
];

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

/** `browser.action.openPopup` → `webextensions.api.action.openPopup`, for every call in src/. */
export function extensionApis(dir = join(root, 'src')) {
  const found = new Set();
  for (const file of sourceFiles(dir)) {
    for (const [, ns, member] of readFileSync(file, 'utf8').matchAll(/\bbrowser\.(\w+)\.(\w+)/g)) {
      // BCD files contextMenus under menus, as that API's alternative name.
      found.add(`webextensions.api.${ns === 'contextMenus' ? 'menus' : ns}.${member}`);
    }
  }
  return [...found].sort();
}

/** Every key path of the manifest that BCD knows, e.g. `webextensions.manifest.action`. */
export function manifestKeys(manifest) {
  const out = [];
  const walk = (value, path) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return;
    for (const [key, child] of Object.entries(value)) {
      const next = `${path}.${key}`;
      if (lookup(next)) out.push(next);
      walk(child, next);
    }
  };
  walk(manifest, 'webextensions.manifest');
  return out;
}

function lookup(path) {
  return path.split('.').reduce((node, key) => node?.[key], bcd)?.__compat;
}

/**
 * Partial implementations we accept, and why. Any other partial one does not count as support.
 * Firefox before 153 always answers false: the popup then adds the "allow file access" hint to
 * its "cannot run here" message when a page refused the script — a wrong hint, nothing broken.
 */
const FILE_ACCESS = 'webextensions.api.extension.isAllowedFileSchemeAccess';
const ACCEPTED_PARTIAL = { firefox: [FILE_ACCESS], firefox_android: [FILE_ACCESS] };

/**
 * The first version with the feature as we use it, under the name we call it by ("≤58" counts
 * as 58); undefined when never. Flagged, prefixed and removed forms do not count: action.
 * openPopup was in Chrome 118–126 for policy-installed extensions only, for everyone from 127.
 */
function firstVersion(support, path, browser) {
  const ours = path.replace(/^webextensions\.api\.menus\./, 'contextMenus.');
  const partialOk = ACCEPTED_PARTIAL[browser]?.includes(path);
  const versions = [support ?? []]
    .flat()
    .filter((s) => !s.flags && !s.prefix && (!s.alternative_name || s.alternative_name === ours))
    .filter(
      (s) =>
        (partialOk && s.partial_implementation) ||
        (!s.version_removed && !s.partial_implementation),
    )
    .map((s) => s.version_added)
    .filter((v) => typeof v === 'string' && /\d/.test(v))
    .map((v) => Number.parseFloat(v.replace('≤', '')));
  return versions.length ? Math.min(...versions) : undefined;
}

/**
 * For each browser, the highest "first version" over all features it has, and which feature
 * sets it. A feature one browser lacks (runtime.getBrowserInfo in Chrome, feature-detected) is
 * skipped for that browser.
 */
export function requiredVersions(paths) {
  const result = {};
  for (const browser of ['chrome', 'firefox', 'firefox_android']) {
    let best = { version: 0, because: [] };
    for (const path of paths) {
      const compat = lookup(path);
      if (!compat) throw new Error(`browser-compat-data has no ${path}`);
      const version = firstVersion(compat.support[browser], path, browser);
      if (version === undefined) continue;
      if (version > best.version) best = { version, because: [path] };
      else if (version === best.version) best.because.push(path);
    }
    result[browser] = best;
  }
  return result;
}

/** Chrome, Firefox and Firefox for Android (the manifest's gecko_android). */
export function clearpageRequirements() {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  return requiredVersions([...extensionApis(), ...manifestKeys(manifest), ...WEB_FEATURES]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [browser, { version, because }] of Object.entries(clearpageRequirements())) {
    console.log(`${browser} ${version}: ${because.join(', ')}`);
  }
}
