import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './support/fake-browser';

let fake: FakeBrowser;
vi.mock('../../src/shared/browser', () => ({
  get default() {
    return fake;
  },
}));

const {
  clampFontSize,
  DEFAULT_SETTINGS,
  loadSettings,
  migrate,
  onSettingsChanged,
  parseSettings,
  resetSettings,
  saveSettings,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  voiceLanguage,
  updateSettings,
} = await import('../../src/shared/settings');

const defaults = { ...DEFAULT_SETTINGS };

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
    expect(clampFontSize('')).toBe(100);
    expect(clampFontSize(null)).toBe(100);
    expect(clampFontSize({})).toBe(100);
  });
});

describe('defaults', () => {
  it('are a serif at 100 %, 1.6 line height, 38 em, ragged, following the system theme', () => {
    expect(defaults).toEqual({
      fontSize: 100,
      fontFamily: 'serif',
      lineHeight: 1.6,
      width: 38,
      align: 'start',
      theme: 'system',
      letterSpacing: 0,
      wordSpacing: 0,
      customFont: '',
      hyphenate: false,
      hideImages: false,
      readAloudVoices: {},
    });
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.readAloudVoices)).toBe(true);
  });
});

describe('parsing what is stored, field by field', () => {
  it('keeps every valid value', () => {
    const settings = {
      fontSize: 140,
      fontFamily: 'legible',
      lineHeight: 1.9,
      width: 50,
      align: 'justify',
      theme: 'sepia',
      letterSpacing: 0.05,
      wordSpacing: 0.12,
      customFont: 'Source Serif 4',
      hyphenate: true,
      hideImages: true,
      readAloudVoices: {
        en: 'Google UK English Female',
        ar: 'urn:moz-tts:speechd:Arabic',
        und: 'x',
      },
    };
    expect(parseSettings({ ...settings, version: 4 })).toEqual(settings);
    expect(parseSettings({ version: 3, theme: 'contrast' }).theme).toBe('contrast');
  });

  it('gives nothing, garbage or a non-object the defaults', () => {
    for (const raw of [undefined, null, 'garbage', 42, true, [1, 2]]) {
      expect(parseSettings(raw), String(raw)).toEqual(defaults);
    }
  });

  it('repairs each corrupt or wrongly typed field on its own, keeping the others', () => {
    const parsed = parseSettings({
      version: 2,
      fontSize: 'huge',
      fontFamily: 'Comic Sans',
      lineHeight: { tall: true },
      width: null,
      align: 'center',
      theme: 'sepia',
    });
    expect(parsed).toEqual({ ...defaults, theme: 'sepia' });
    expect(parseSettings({ version: 2, theme: 7, align: 'justify' })).toEqual({
      ...defaults,
      align: 'justify',
    });
    expect(
      parseSettings({
        version: 3,
        letterSpacing: 'wide',
        wordSpacing: -1,
        customFont: 12,
        hyphenate: 'yes',
        hideImages: 1,
      }),
    ).toEqual(defaults);
  });

  it('keeps a font name only when it can be one (it goes into a quoted CSS string)', () => {
    const font = (customFont: unknown) => parseSettings({ version: 3, customFont }).customFont;
    expect(font('  Noto   Sans Arabic ')).toBe('Noto Sans Arabic');
    expect(font('Times New Roman')).toBe('Times New Roman');
    expect(font('Literata 18pt')).toBe('Literata 18pt');
    expect(font('游ゴシック')).toBe('游ゴシック');
    for (const bad of ['Evil", serif; x: url(y)', 'a\\62', 'x'.repeat(65), 'a;b', 'a{b}']) {
      expect(font(bad), bad).toBe('');
    }
  });

  it('clamps the spacing onto its steps', () => {
    expect(parseSettings({ version: 3, letterSpacing: 0.5, wordSpacing: 0.1 })).toMatchObject({
      letterSpacing: 0.12,
      wordSpacing: 0.12,
    });
    expect(parseSettings({ version: 3, letterSpacing: 0.034 }).letterSpacing).toBe(0.03);
  });

  it('clamps numbers into range and onto their steps', () => {
    const parsed = parseSettings({ fontSize: 1000, lineHeight: 9, width: 3 });
    expect(parsed).toMatchObject({ fontSize: 300, lineHeight: 2.2, width: 26 });
    // Steps without floating-point dust, and numeric strings accepted.
    expect(parseSettings({ lineHeight: 1.63, width: '41' })).toMatchObject({
      lineHeight: 1.6,
      width: 42,
    });
    expect(parseSettings({ lineHeight: 1.2 + 4 * 0.1 }).lineHeight).toBe(1.6);
    expect(parseSettings({ lineHeight: Number.POSITIVE_INFINITY }).lineHeight).toBe(1.6);
  });

  it('fills a partial object from the defaults', () => {
    expect(parseSettings({ version: 2, fontFamily: 'sans' })).toEqual({
      ...defaults,
      fontFamily: 'sans',
    });
  });
});

describe('read aloud’s voices per language', () => {
  it('keeps each well-formed entry and drops the others, one by one', () => {
    const voices = (readAloudVoices: unknown) =>
      parseSettings({ version: 4, readAloudVoices }).readAloudVoices;
    for (const bad of [null, 'en', 3, ['en'], true]) expect(voices(bad), String(bad)).toEqual({});
    expect(
      voices({
        fr: 'Thomas',
        'en-US': 'not a primary subtag',
        EN: 'upper case',
        de: 7,
        es: '',
        it: 'x'.repeat(201),
        ['__proto__']: 'x',
        und: 'any',
      }),
    ).toEqual({ fr: 'Thomas', und: 'any' });
    const many = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [
        `l${String.fromCharCode(97 + (i % 26))}${i >= 26 ? 'x' : ''}`,
        'v',
      ]),
    );
    expect(Object.keys(voices(many))).toHaveLength(16);
  });

  it('keys a language by its primary subtag, lower case, or "und"', () => {
    expect(['fr-CA', 'EN_gb', 'ar', '', null, 'x', '123', 'zh-Hant-TW'].map(voiceLanguage)).toEqual(
      ['fr', 'en', 'ar', 'und', 'und', 'und', 'und', 'zh'],
    );
  });
});

describe('migrations', () => {
  it('reads a v2 object as v3, the new fields at their defaults', () => {
    const v2 = { version: 2, fontSize: 120, theme: 'dark', savedAt: 9 };
    expect(migrate(v2)).toEqual({ ...v2, version: SETTINGS_VERSION });
    expect(parseSettings(v2)).toEqual({ ...defaults, fontSize: 120, theme: 'dark' });
  });

  it('reads a v3 object as v4, with no voice remembered', () => {
    const v3 = { version: 3, fontSize: 120, hideImages: true, savedAt: 9 };
    expect(SETTINGS_VERSION).toBe(4);
    expect(migrate(v3)).toEqual({ ...v3, version: 4 });
    expect(parseSettings(v3)).toEqual({ ...defaults, fontSize: 120, hideImages: true });
  });

  it('reads a v1 object (font size only) as current, the new fields at their defaults', () => {
    expect(migrate({ version: 1, fontSize: 130, savedAt: 5 })).toEqual({
      version: SETTINGS_VERSION,
      fontSize: 130,
      savedAt: 5,
    });
    expect(parseSettings({ version: 1, fontSize: 130, savedAt: 5 })).toEqual({
      ...defaults,
      fontSize: 130,
    });
  });

  it('treats an object without a usable version as v1', () => {
    for (const version of [undefined, 0, -3, 1.5, '2', null]) {
      expect(migrate({ version, fontSize: 70 }).version, String(version)).toBe(SETTINGS_VERSION);
    }
    expect(parseSettings({ fontSize: 70 })).toEqual({ ...defaults, fontSize: 70 });
  });

  it('leaves a future version as it is and reads the fields it knows', () => {
    const future = { version: 9, fontSize: 90, theme: 'dark', ink: 'e-paper', fontFamily: 'mono' };
    expect(migrate(future)).toBe(future);
    expect(parseSettings(future)).toEqual({ ...defaults, fontSize: 90, theme: 'dark' });
  });

  it('upgrades a stored v1 copy when the reader next saves', async () => {
    fake.storage.sync.data.set(SETTINGS_KEY, { version: 1, fontSize: 170, savedAt: 10 });
    expect(await loadSettings()).toEqual({ ...defaults, fontSize: 170 });
    await saveSettings({ theme: 'dark' });
    expect(fake.storage.sync.data.get(SETTINGS_KEY)).toMatchObject({
      ...defaults,
      fontSize: 170,
      theme: 'dark',
      version: SETTINGS_VERSION,
    });
  });

  it('saving here keeps what a newer version stored, and its version number', async () => {
    const newer = SETTINGS_VERSION + 1;
    fake.storage.sync.data.set(SETTINGS_KEY, { version: newer, fontSize: 90, ink: 'e-paper' });
    await saveSettings({ fontSize: 110 });
    expect(fake.storage.sync.data.get(SETTINGS_KEY)).toMatchObject({
      version: newer,
      fontSize: 110,
      ink: 'e-paper',
    });
  });
});

describe('stored settings', () => {
  it('starts from the defaults', async () => {
    expect(await loadSettings()).toEqual(defaults);
  });

  it('saves to storage.sync and reads it back', async () => {
    await saveSettings({ fontSize: 140, fontFamily: 'sans' });
    expect(fake.storage.sync.data.get(SETTINGS_KEY)).toMatchObject({
      fontSize: 140,
      fontFamily: 'sans',
      version: SETTINGS_VERSION,
    });
    expect(await loadSettings()).toEqual({ ...defaults, fontSize: 140, fontFamily: 'sans' });
  });

  it('validates what it is asked to save', async () => {
    const saved = await saveSettings({ width: 1000, theme: 'neon' as never });
    expect(saved).toEqual({ ...defaults, width: 60 });
  });

  it('falls back to storage.local when sync fails, without losing the value', async () => {
    await saveSettings({ fontSize: 120 });
    fake.storage.sync.failWith = new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    await saveSettings({ fontSize: 180 });
    expect(fake.storage.local.data.get(SETTINGS_KEY)).toMatchObject({ fontSize: 180 });
    expect(await loadSettings()).toMatchObject({ fontSize: 180 });
    fake.storage.sync.failWith = null;
    // The newer local copy wins over the older synced one.
    expect(await loadSettings()).toMatchObject({ fontSize: 180 });
  });

  it('the newest copy wins whichever area holds it', async () => {
    fake.storage.sync.data.set(SETTINGS_KEY, { version: 2, theme: 'dark', savedAt: 200 });
    fake.storage.local.data.set(SETTINGS_KEY, { version: 2, theme: 'sepia', savedAt: 100 });
    expect((await loadSettings()).theme).toBe('dark');
    fake.storage.local.data.set(SETTINGS_KEY, { version: 2, theme: 'sepia', savedAt: 300 });
    expect((await loadSettings()).theme).toBe('sepia');
  });

  it('resets every setting to its default', async () => {
    await saveSettings({ fontSize: 200, lineHeight: 2, width: 30, align: 'justify' });
    await saveSettings({ fontFamily: 'legible', theme: 'dark' });
    expect(await resetSettings()).toEqual(defaults);
    expect(await loadSettings()).toEqual(defaults);
  });

  it('tells listeners about changes from either area until the signal aborts', async () => {
    const seen: unknown[] = [];
    const controller = new AbortController();
    onSettingsChanged((s) => seen.push([s.fontSize, s.theme]), controller.signal);
    await saveSettings({ fontSize: 150 });
    await fake.storage.local.set({ [SETTINGS_KEY]: { fontSize: 70, theme: 'bogus' } });
    await fake.storage.sync.set({ other: 1 });
    controller.abort();
    await saveSettings({ fontSize: 200 });
    expect(seen).toEqual([
      [150, 'system'],
      [70, 'system'],
    ]);
  });
});

describe('writes in quick succession', () => {
  it('never lose each other’s fields', async () => {
    await Promise.all([
      saveSettings({ lineHeight: 1.8 }),
      saveSettings({ width: 44 }),
      saveSettings({ theme: 'sepia' }),
      saveSettings({ fontFamily: 'sans' }),
    ]);
    expect(await loadSettings()).toEqual({
      ...defaults,
      lineHeight: 1.8,
      width: 44,
      theme: 'sepia',
      fontFamily: 'sans',
    });
  });
});

describe('a dragged slider', () => {
  it('costs a few writes, not one per step, and ends on the last value', async () => {
    const writes: unknown[] = [];
    const set = fake.storage.sync.set.bind(fake.storage.sync);
    fake.storage.sync.set = async (items) => {
      writes.push(items);
      return set(items);
    };
    const steps = [110, 120, 130, 140, 150, 160, 170, 180];
    const results = await Promise.all(steps.map((fontSize) => saveSettings({ fontSize })));
    expect(writes.length).toBeLessThanOrEqual(2);
    expect(results.at(-1)).toMatchObject({ fontSize: 180 });
    expect(await loadSettings()).toMatchObject({ fontSize: 180 });
  });
});

describe('changes computed from the current settings', () => {
  it('count every quick step, each from the one before', async () => {
    await saveSettings({ fontSize: 100 });
    const step = () => updateSettings((s) => ({ fontSize: s.fontSize + 10 }));
    await Promise.all([step(), step(), step()]);
    await step();
    expect((await loadSettings()).fontSize).toBe(140);
    await Promise.all(
      [1, 2, 3, 4].map(() => updateSettings((s) => ({ fontSize: s.fontSize * 2 }))),
    );
    expect((await loadSettings()).fontSize).toBe(300);
  });
});
