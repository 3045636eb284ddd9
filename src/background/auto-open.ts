/**
 * The background's half of "Always open on <site>": registers and unregisters each site's
 * content script, and keeps the stored list, the host permissions and the registrations in
 * step — a permission taken back in the browser's own settings drops its site.
 */
import browser from '../shared/browser';
import {
  AUTO_OPEN_SCRIPT,
  loadSites,
  patternFor,
  saveSites,
  scriptIdFor,
  siteOf,
} from '../shared/auto-open';

export type AutoOpenResult = { ok: true } | { ok: false; error: string };

async function granted(site: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [patternFor(site)] }).catch(() => false);
}

async function registered(): Promise<Set<string>> {
  const scripts = await browser.scripting.getRegisteredContentScripts().catch(() => []);
  return new Set(scripts.map((script) => script.id));
}

async function register(site: string): Promise<void> {
  await browser.scripting.registerContentScripts([
    {
      id: scriptIdFor(site),
      matches: [patternFor(site)],
      js: [AUTO_OPEN_SCRIPT],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

async function unregister(site: string): Promise<void> {
  if ((await registered()).has(scriptIdFor(site))) {
    await browser.scripting.unregisterContentScripts({ ids: [scriptIdFor(site)] });
  }
}

/**
 * Turns a site on (after the popup's permission request, which must come from the click
 * itself) or off (and gives its permission back). Nothing changes for a site whose permission
 * was not given.
 */
export async function setAutoOpen(origin: unknown, on: unknown): Promise<AutoOpenResult> {
  const site = typeof origin === 'string' ? siteOf(origin) : null;
  if (!site || site !== origin) return { ok: false, error: 'not a site' };
  const sites = await loadSites();
  if (on === true) {
    if (!(await granted(site))) return { ok: false, error: 'no permission' };
    await unregister(site);
    await register(site);
    await saveSites([...sites.filter((s) => s !== site), site]);
  } else {
    await unregister(site);
    await saveSites(sites.filter((s) => s !== site));
    await browser.permissions.remove({ origins: [patternFor(site)] }).catch(() => false);
  }
  return { ok: true };
}

/**
 * Brings the registrations in line with the list and the permissions: at start-up, after an
 * update, and when a permission is taken back. Scripts of sites no longer listed go too.
 */
export async function syncAutoOpen(): Promise<void> {
  const sites = await loadSites();
  const kept: string[] = [];
  for (const site of sites) if (await granted(site)) kept.push(site);
  if (kept.length !== sites.length) await saveSites(kept);
  const ids = await registered();
  const wanted = new Set(kept.map(scriptIdFor));
  const stale = [...ids].filter((id) => id.startsWith('auto-open ') && !wanted.has(id));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  for (const site of kept) if (!ids.has(scriptIdFor(site))) await register(site);
}
