// Where the end-to-end tests find their browsers. A missing browser is a failure with the fix
// in the message, never a skip: a suite that silently skips looks green and proves nothing.
import { existsSync } from 'node:fs';

export type BrowserName = 'chromium' | 'firefox';

const CANDIDATES: Record<BrowserName, { env: string; paths: string[]; apt: string }> = {
  chromium: { env: 'CHROMIUM_PATH', paths: ['/usr/bin/chromium'], apt: 'chromium' },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr'], apt: 'firefox-esr' },
};

export function requireBrowser(name: BrowserName): string {
  const { env, paths, apt } = CANDIDATES[name];
  const fromEnv = process.env[env];
  const found = [fromEnv, ...paths].find((p): p is string => !!p && existsSync(p));
  if (found) return found;
  throw new Error(
    `${name} not found (looked at ${[fromEnv, ...paths].filter(Boolean).join(', ')}). ` +
      `Run \`node scripts/ensure-browsers.mjs\` (installs it with apt-get when root), ` +
      `or \`sudo apt-get install -y ${apt}\`, or set ${env}.`,
  );
}
