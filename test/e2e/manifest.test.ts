// The built manifests ask for as little as the design says: activeTab, scripting, storage
// (+ contextMenus if a menu is added; Chrome also offscreen + clipboardWrite for "Copy" from its
// offscreen document), no host access, and nothing injected unasked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtExtension } from './harness/expected';

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  background?: Record<string, unknown>;
  commands?: Record<string, { suggested_key?: { default?: string } }>;
  browser_specific_settings?: { gecko?: Record<string, unknown> };
};

const manifest = (browser: 'chrome' | 'firefox'): Manifest =>
  JSON.parse(readFileSync(join(builtExtension(browser), 'manifest.json'), 'utf8')) as Manifest;

const ALLOWED = ['activeTab', 'scripting', 'storage', 'contextMenus'];
/** "Copy" under a page that refuses the clipboard (src/background/clipboard.ts): Chromium only. */
const CHROME_COPY = ['offscreen', 'clipboardWrite'];

describe.each(['chrome', 'firefox'] as const)('dist/%s/manifest.json', (browser) => {
  test('asks only for activeTab, scripting and storage (+ contextMenus)', () => {
    const { permissions = [] } = manifest(browser);
    const allowed = browser === 'chrome' ? [...ALLOWED, ...CHROME_COPY] : ALLOWED;
    expect(permissions.filter((p) => !allowed.includes(p))).toEqual([]);
    expect(permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'storage']));
  });

  test('has no host permissions and no content scripts', () => {
    const m = manifest(browser);
    for (const key of ['host_permissions', 'content_scripts']) expect(m[key], key).toBeUndefined();
    // Only ever asked for one origin at a time, at a click ("Always open on <site>").
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m.optional_permissions ?? []).toEqual([]);
  });

  test('is Manifest V3 with a "toggle-reader" shortcut the browser accepts', () => {
    const m = manifest(browser);
    expect(m.manifest_version).toBe(3);
    // Chromium 156 refuses Alt+Shift+R (commands.getAll reports no shortcut), so it gets Alt+R.
    expect(m.commands?.['toggle-reader']?.suggested_key?.default).toBe(
      browser === 'chrome' ? 'Alt+R' : 'Alt+Shift+R',
    );
  });
});

describe('per-browser keys', () => {
  test('Chrome gets a service worker and no gecko settings', () => {
    const m = manifest('chrome');
    expect(m.background?.service_worker).toBe('background.js');
    expect(m.background?.scripts).toBeUndefined();
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.permissions).toEqual(expect.arrayContaining(CHROME_COPY));
  });

  test('Firefox gets background scripts and a gecko id that collects no data', () => {
    const m = manifest('firefox');
    expect(m.background?.scripts).toEqual(['background.js']);
    expect(m.background?.service_worker).toBeUndefined();
    const gecko = m.browser_specific_settings?.gecko ?? {};
    expect(gecko.id).toEqual(expect.any(String));
    expect(gecko.strict_min_version).toEqual(expect.any(String));
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // No offscreen API in Firefox: its linter would call the permission unknown.
    expect(m.permissions?.filter((p) => CHROME_COPY.includes(p))).toEqual([]);
  });
});
