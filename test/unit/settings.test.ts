import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './support/fake-browser';

let fake: FakeBrowser;
vi.mock('../../src/shared/browser', () => ({
  get default() {
    return fake;
  },
}));

const settings = await import('../../src/shared/settings');
const {
  clampFontSize,
  loadSettings,
  onSettingsChanged,
  parseSettings,
  saveSettings,
  SETTINGS_KEY,
} = settings;

beforeEach(() => {
  fake = createFakeBrowser();
});

describe('font size clamping', () => {
  it('keeps values inside 50–300 % on 10 % steps', () => {
    expect(clampFontSize(100)).toBe(100);
    expect(clampFontSize(10)).toBe(50);
    expect(clampFontSize(999)).toBe(300);
    expect(clampFontSize(123)).toBe(120);
    expect(clampFontSize('160')).toBe(160);
  });

  it('falls back to the default for anything that is not a number', () => {
    expect(clampFontSize(Number.NaN)).toBe(100);
    expect(clampFontSize('big')).toBe(100);
    expect(clampFontSize(null)).toBe(100);
    expect(clampFontSize({})).toBe(100);
  });
});

describe('stored settings', () => {
  it('starts from the defaults', async () => {
    expect(await loadSettings()).toEqual({ fontSize: 100 });
  });

  it('repairs corrupt or foreign values instead of failing', () => {
    expect(parseSettings('garbage')).toEqual({ fontSize: 100 });
    expect(parseSettings({ fontSize: 'huge' })).toEqual({ fontSize: 100 });
    expect(parseSettings({ fontSize: 1000, unknown: true })).toEqual({ fontSize: 300 });
  });

  it('saves to storage.sync and reads it back', async () => {
    await saveSettings({ fontSize: 140 });
    expect(fake.storage.sync.data.get(SETTINGS_KEY)).toMatchObject({ fontSize: 140, version: 1 });
    expect(await loadSettings()).toEqual({ fontSize: 140 });
  });

  it('falls back to storage.local when sync fails, without losing the value', async () => {
    await saveSettings({ fontSize: 120 });
    fake.storage.sync.failWith = new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    await saveSettings({ fontSize: 180 });
    expect(fake.storage.local.data.get(SETTINGS_KEY)).toMatchObject({ fontSize: 180 });
    expect(await loadSettings()).toEqual({ fontSize: 180 });
    fake.storage.sync.failWith = null;
    // The newer local copy wins over the older synced one.
    expect(await loadSettings()).toEqual({ fontSize: 180 });
  });

  it('tells listeners about changes from either area until the signal aborts', async () => {
    const seen: number[] = [];
    const controller = new AbortController();
    onSettingsChanged((s) => seen.push(s.fontSize), controller.signal);
    await saveSettings({ fontSize: 150 });
    await fake.storage.local.set({ [SETTINGS_KEY]: { fontSize: 70 } });
    await fake.storage.sync.set({ other: 1 });
    controller.abort();
    await saveSettings({ fontSize: 200 });
    expect(seen).toEqual([150, 70]);
  });
});
