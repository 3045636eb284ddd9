/**
 * Clearpage's settings: one typed item with defaults, validation and a storage area (the shape,
 * ranges and migrations are in settings-schema.ts). The popup writes, the overlay listens;
 * nothing is sent as a message.
 *
 * Stored under the key `settings` in `storage.sync` so it follows the reader to every browser they
 * sign in to; when sync is unavailable or over quota the value goes to `storage.local`, and reads
 * take whichever copy was saved last, so a fallback write is never lost.
 */
import browser from './browser';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  SETTINGS_VERSION,
  storedVersion,
  type Settings,
} from './settings-schema';

export * from './settings-schema';

export const SETTINGS_KEY = 'settings';

type Raw = Record<string, unknown>;

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
async function loadStored(): Promise<{ raw: unknown; settings: Settings; savedAt: number }> {
  const [synced, local] = await Promise.all([readArea('sync'), readArea('local')]);
  // Local is only written when sync failed, so on a tie it is the later of the two.
  const raw = savedAt(local) > 0 && savedAt(local) >= savedAt(synced) ? local : synced;
  return { raw, settings: parseSettings(raw), savedAt: savedAt(raw) };
}

export async function loadSettings(): Promise<Settings> {
  return (await loadStored()).settings;
}

/** A change computed from the settings it applies to (e.g. one text-size step up). */
export type SettingsChange = (current: Settings) => Partial<Settings>;

async function write(changes: SettingsChange[]): Promise<Settings> {
  const previous = await loadStored();
  let next = previous.settings;
  for (const change of changes) {
    next = parseSettings({ ...next, ...change(next), version: SETTINGS_VERSION });
  }
  // Fields and the version number of a newer Clearpage (synced from another computer) are kept,
  // so saving here does not undo what that version stored.
  const kept =
    previous.raw !== null && typeof previous.raw === 'object' ? (previous.raw as Raw) : {};
  const version = Math.max(storedVersion(previous.raw), SETTINGS_VERSION);
  // Strictly later than the copy it replaces, even within one millisecond.
  const at = Math.max(Date.now(), previous.savedAt + 1);
  const stored = { ...kept, ...next, version, savedAt: at };
  try {
    await browser.storage.sync.set({ [SETTINGS_KEY]: stored });
  } catch {
    // Sync is unavailable (no account, disabled by policy) or over its write quota while a
    // slider moves: keep the value locally rather than lose it.
    await browser.storage.local.set({ [SETTINGS_KEY]: stored });
  }
  return next;
}

/**
 * One write at a time from this page, so quick changes never undo each other; changes made while
 * a write is under way are merged into the next one, so a dragged slider costs a few writes, not
 * one per step (storage.sync allows 120 writes a minute).
 */
let writing: Promise<unknown> = Promise.resolve();
interface QueuedWrite {
  changes: SettingsChange[];
  done: Promise<Settings>;
}
let queued: QueuedWrite | null = null;

/** Applies `change` to the newest stored settings, stores them and returns them, repaired. */
export function updateSettings(change: SettingsChange): Promise<Settings> {
  if (queued) {
    queued.changes.push(change);
    return queued.done;
  }
  const next = { changes: [change] } as QueuedWrite;
  next.done = writing.then(() => {
    queued = null;
    return write(next.changes);
  });
  queued = next;
  writing = next.done.catch(() => undefined);
  return next.done;
}

/** Stores `patch` over the newest stored settings and returns the result, repaired. */
export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  return updateSettings(() => patch);
}

/** "Reset to defaults": every setting back to its default, stored like any other change. */
export function resetSettings(): Promise<Settings> {
  return saveSettings({ ...DEFAULT_SETTINGS });
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
