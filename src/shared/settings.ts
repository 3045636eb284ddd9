/**
 * Clearpage's settings: one typed item with defaults, validation and a storage area.
 * The popup writes, the overlay listens; nothing is sent as a message.
 *
 * Stored under the key `settings` in `storage.sync` so it follows the reader to every browser they
 * sign in to; when sync is unavailable or over quota the value goes to `storage.local`, and reads
 * take whichever copy was saved last, so a fallback write is never lost.
 */
import browser from './browser';

export interface Settings {
  /**
   * Body text size, in percent of the reader's default (20 px).
   * @default 100
   */
  fontSize: number;
}

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ fontSize: 100 });
export const FONT_SIZE = Object.freeze({ min: 50, max: 300, step: 10 });

interface StoredSettings extends Settings {
  version: number;
  /** ms since epoch; decides between the sync and the local copy. */
  savedAt: number;
}

export function clampFontSize(value: unknown): number {
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return DEFAULT_SETTINGS.fontSize;
  const stepped = Math.round(n / FONT_SIZE.step) * FONT_SIZE.step;
  return Math.min(FONT_SIZE.max, Math.max(FONT_SIZE.min, stepped));
}

/** Repairs whatever is stored (missing, corrupt, older or of the wrong type) into valid settings. */
export function parseSettings(raw: unknown): Settings {
  const record = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    fontSize: 'fontSize' in record ? clampFontSize(record.fontSize) : DEFAULT_SETTINGS.fontSize,
  };
}

function savedAt(raw: unknown): number {
  const at = raw !== null && typeof raw === 'object' ? (raw as { savedAt?: unknown }).savedAt : 0;
  return typeof at === 'number' && Number.isFinite(at) ? at : 0;
}

async function readArea(area: 'sync' | 'local'): Promise<unknown> {
  try {
    return (await browser.storage[area].get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    return undefined;
  }
}

/** The newest stored copy, from whichever area holds it. */
async function loadStored(): Promise<{ settings: Settings; savedAt: number }> {
  const [synced, local] = await Promise.all([readArea('sync'), readArea('local')]);
  // Local is only written when sync failed, so on a tie it is the later of the two.
  const newest = savedAt(local) > 0 && savedAt(local) >= savedAt(synced) ? local : synced;
  return { settings: parseSettings(newest), savedAt: savedAt(newest) };
}

export async function loadSettings(): Promise<Settings> {
  return (await loadStored()).settings;
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const previous = await loadStored();
  const next = parseSettings({ ...previous.settings, ...patch });
  // Strictly later than the copy it replaces, even within one millisecond.
  const at = Math.max(Date.now(), previous.savedAt + 1);
  const stored: StoredSettings = { ...next, version: SETTINGS_VERSION, savedAt: at };
  try {
    await browser.storage.sync.set({ [SETTINGS_KEY]: stored });
  } catch {
    // Sync is unavailable (no account, disabled by policy) or over its write quota while a
    // slider moves: keep the value locally rather than lose it.
    await browser.storage.local.set({ [SETTINGS_KEY]: stored });
  }
  return next;
}

/** Calls `listener` with the repaired settings whenever either stored copy changes. */
export function onSettingsChanged(listener: (settings: Settings) => void, signal: AbortSignal) {
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if ((area === 'sync' || area === 'local') && change && change.newValue !== undefined) {
      listener(parseSettings(change.newValue));
    }
  };
  browser.storage.onChanged.addListener(handle);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(handle), {
    once: true,
  });
}
