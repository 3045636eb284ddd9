// Finds the browsers the demo, the speed bench and the end-to-end tests drive: Debian's
// `chromium` and `firefox-esr` (Playwright/Puppeteer cannot download theirs here, and Playwright's
// own Firefox build is not what people run). When one is missing and we are root on Debian or
// Ubuntu, installs it with apt-get; otherwise says exactly what to install and fails.
//
// Usage: node scripts/ensure-browsers.mjs [chromium] [firefox]   (default: both)
// Env: CHROMIUM_PATH / FIREFOX_PATH point at another binary.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BROWSERS = {
  chromium: { env: 'CHROMIUM_PATH', path: '/usr/bin/chromium', apt: 'chromium' },
  firefox: { env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', apt: 'firefox-esr' },
};

/** The browser's executable, or undefined when it is not installed. */
export function findBrowser(name) {
  const { env, path } = BROWSERS[name];
  return [process.env[env], path].find((p) => p && existsSync(p));
}

function isDebianLike() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
  } catch {
    return false;
  }
}

function canInstall() {
  return process.getuid?.() === 0 && isDebianLike() && existsSync('/usr/bin/apt-get');
}

function aptInstall(packages, log) {
  log(`installing ${packages.join(' ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
}

function instructions(names) {
  const packages = names.map((n) => BROWSERS[n].apt).join(' ');
  const paths = names.map((n) => `${BROWSERS[n].path} (or set ${BROWSERS[n].env})`).join(', ');
  return (
    `Missing browser: ${names.join(', ')}. Expected ${paths}.\n` +
    `Install it with: sudo apt-get update && sudo apt-get install -y ${packages}\n` +
    `(on Debian/Ubuntu; run this script as root to have it installed for you).`
  );
}

/**
 * Resolves to `{ chromium?: path, firefox?: path }` for the requested browsers, installing the
 * missing ones when possible. Throws with install instructions otherwise.
 */
export function ensureBrowsers(names = ['chromium', 'firefox'], { log = console.error } = {}) {
  let missing = names.filter((n) => !findBrowser(n));
  if (missing.length && canInstall()) {
    try {
      aptInstall(
        missing.map((n) => BROWSERS[n].apt),
        log,
      );
    } catch (error) {
      log(`apt-get failed: ${error.message}`);
    }
    missing = names.filter((n) => !findBrowser(n));
  }
  if (missing.length) throw new Error(instructions(missing));
  return Object.fromEntries(names.map((n) => [n, findBrowser(n)]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((n) => !(n in BROWSERS));
  if (unknown.length) {
    console.error(`unknown browser ${unknown.join(', ')}; choose from chromium, firefox`);
    process.exit(2);
  }
  try {
    const found = ensureBrowsers(asked.length ? asked : undefined);
    for (const [name, path] of Object.entries(found)) console.log(`${name}: ${path}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
