// @vitest-environment node
// The manifest's minimum browser versions are the lowest that have every extension API the
// sources call, every manifest key and the web features the reader needs, as MDN's
// browser-compat-data records them (scripts/min-versions.mjs): a new API call that needs a newer
// browser fails here instead of breaking in that browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  clearpageRequirements,
  extensionApis,
  requiredVersions,
} from '../../scripts/min-versions.mjs';

const ROOT = join(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
const needed = clearpageRequirements();

describe('minimum browser versions', () => {
  it('minimum_chrome_version is the lowest Chrome with everything used', () => {
    expect(Number(manifest.minimum_chrome_version)).toBe(needed.chrome.version);
  });

  it('gecko.strict_min_version is the lowest Firefox with everything used', () => {
    const gecko = manifest.browser_specific_settings.gecko;
    expect(Number.parseFloat(gecko.strict_min_version)).toBe(needed.firefox.version);
  });

  it('gecko_android.strict_min_version is the lowest Firefox for Android with everything used', () => {
    const android = manifest.browser_specific_settings.gecko_android;
    expect(Number.parseFloat(android.strict_min_version)).toBe(needed.firefox_android.version);
  });

  it('finds the calls in the sources, action.openPopup among them', () => {
    const apis = extensionApis();
    expect(apis).toContain('webextensions.api.action.openPopup');
    expect(apis).toContain('webextensions.api.menus.create');
  });

  it('counts openPopup from Chrome 127, when it left policy-installed-only extensions', () => {
    const only = requiredVersions(['webextensions.api.action.openPopup']);
    expect(only.chrome.version).toBe(127);
    expect(only.firefox.version).toBe(109);
  });
});
