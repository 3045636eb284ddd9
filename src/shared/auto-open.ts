/**
 * "Always open on <site>" (issue 11, item 7): the sites where the reader opens by itself, kept
 * in storage.local as origins. Each site has the host permission for that one origin, asked for
 * at the reader's click (optional_host_permissions; a fresh install has none), and a registered
 * content script (auto-open.js) that opens the reader when the page is an article.
 * Pure apart from storage, so the popup, the options page and the background share it.
 */
import browser from './browser';

export const AUTO_OPEN_KEY = 'autoOpen';
export const AUTO_OPEN_SCRIPT = 'auto-open.js';
/** More than anyone keeps; a stored list beyond it is cut, not trusted. */
export const MAX_SITES = 500;

/** The origin ("https://news.example") of an http(s) URL, or null for any other page. */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, origin } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? origin : null;
  } catch {
    return null;
  }
}

/** The match pattern, and the permission, for one site: every page of that origin. */
export function patternFor(site: string): string {
  return `${site}/*`;
}

/** The registered script's id, one per site. */
export function scriptIdFor(site: string): string {
  return `auto-open ${site}`;
}

/** Whatever is stored, repaired: valid http(s) origins only, each once, sorted. */
export function parseSites(raw: unknown): string[] {
  const list = (raw as { sites?: unknown } | null)?.sites;
  if (!Array.isArray(list)) return [];
  const sites = new Set<string>();
  for (const item of list) {
    const site = typeof item === 'string' ? siteOf(item) : null;
    // Only an origin as such: "https://a.example/path" is not how a site is stored.
    if (site && site === item) sites.add(site);
  }
  return [...sites].sort().slice(0, MAX_SITES);
}

export async function loadSites(): Promise<string[]> {
  try {
    return parseSites((await browser.storage.local.get(AUTO_OPEN_KEY))[AUTO_OPEN_KEY]);
  } catch {
    return [];
  }
}

export async function saveSites(sites: readonly string[]): Promise<void> {
  await browser.storage.local.set({
    [AUTO_OPEN_KEY]: { version: 1, sites: parseSites({ sites }) },
  });
}

/** Calls `show` with the list whenever it changes (another window, the options page). */
export function onSitesChanged(show: (sites: string[]) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && AUTO_OPEN_KEY in changes) {
      show(parseSites(changes[AUTO_OPEN_KEY]!.newValue));
    }
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
