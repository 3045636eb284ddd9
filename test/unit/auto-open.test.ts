// "Always open on <site>" (issue 11, item 7): the stored list repaired, the background's
// registrations and permissions kept in step, and the reader opened only from a site's top frame.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './support/fake-browser';

let fake: FakeBrowser;
vi.mock('../../src/shared/browser', () => ({
  get default() {
    return fake;
  },
  popupNeedsUserAction: false,
}));

const { parseSites, siteOf, AUTO_OPEN_KEY, loadSites } = await import('../../src/shared/auto-open');
const { setAutoOpen, syncAutoOpen } = await import('../../src/background/auto-open');

const SITE = 'https://news.example';
const ids = () => [...fake.scripting.registered.keys()];

beforeEach(() => {
  fake = createFakeBrowser();
});

describe('the stored sites', () => {
  it('are http(s) origins only, each once', () => {
    expect(siteOf('https://news.example/2026/a-story?x=1')).toBe(SITE);
    expect(siteOf('http://localhost:8080/a')).toBe('http://localhost:8080');
    for (const url of ['file:///tmp/a.html', 'chrome://settings', 'about:blank', 'nonsense']) {
      expect(siteOf(url), url).toBeNull();
    }
    expect(
      parseSites({
        sites: [SITE, SITE, 'https://b.example/path', 'ftp://c.example', 7, 'https://a.example'],
      }),
    ).toEqual(['https://a.example', SITE]);
  });

  it('repair themselves when corrupt', async () => {
    for (const raw of [null, 'x', { sites: 'x' }, { sites: [null] }, [SITE]]) {
      expect(parseSites(raw), JSON.stringify(raw)).toEqual([]);
    }
    fake.storage.local.data.set(AUTO_OPEN_KEY, { sites: [SITE, { evil: true }] });
    expect(await loadSites()).toEqual([SITE]);
  });
});

describe('turning a site on and off', () => {
  it('registers the site’s script only once its permission was given', async () => {
    expect(await setAutoOpen(SITE, true)).toEqual({ ok: false, error: 'no permission' });
    expect(ids()).toEqual([]);
    expect(await loadSites()).toEqual([]);

    fake.permissions.granted.add(`${SITE}/*`);
    expect(await setAutoOpen(SITE, true)).toEqual({ ok: true });
    expect([...fake.scripting.registered.values()]).toEqual([
      expect.objectContaining({
        id: `auto-open ${SITE}`,
        matches: [`${SITE}/*`],
        js: ['auto-open.js'],
        persistAcrossSessions: true,
      }),
    ]);
    expect(await loadSites()).toEqual([SITE]);
    // Twice is still one script.
    expect(await setAutoOpen(SITE, true)).toEqual({ ok: true });
    expect(ids()).toHaveLength(1);
  });

  it('off unregisters it and gives the permission back', async () => {
    fake.permissions.granted.add(`${SITE}/*`);
    await setAutoOpen(SITE, true);
    expect(await setAutoOpen(SITE, false)).toEqual({ ok: true });
    expect(ids()).toEqual([]);
    expect(await loadSites()).toEqual([]);
    expect(fake.permissions.granted.size).toBe(0);
  });

  it('refuses anything that is not a site', async () => {
    fake.permissions.granted.add('https://news.example/path/*');
    for (const bad of ['https://news.example/path', 'javascript:alert(1)', 42, null]) {
      expect(await setAutoOpen(bad, true), String(bad)).toEqual({ ok: false, error: 'not a site' });
    }
    expect(ids()).toEqual([]);
  });
});

describe('keeping scripts, permissions and the list in step', () => {
  it('drops a site whose permission was taken back, re-registers a lost script, removes strays', async () => {
    const other = 'https://other.example';
    fake.permissions.granted.add(`${SITE}/*`).add(`${other}/*`);
    await setAutoOpen(SITE, true);
    await setAutoOpen(other, true);
    // The browser's own settings took one permission back; one registration was lost; a stray
    // script of a site no longer listed is still there.
    fake.permissions.granted.delete(`${other}/*`);
    fake.scripting.registered.delete(`auto-open ${SITE}`);
    fake.scripting.registered.set('auto-open https://gone.example', {
      id: 'auto-open https://gone.example',
      matches: ['https://gone.example/*'],
      js: ['auto-open.js'],
    });
    await syncAutoOpen();
    expect(await loadSites()).toEqual([SITE]);
    expect(ids()).toEqual([`auto-open ${SITE}`]);
  });
});

describe('the background', () => {
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  const send = (message: unknown, sender: unknown) => fake.runtime.deliver(message, sender);

  beforeEach(async () => {
    vi.resetModules();
    await import('../../src/background/index');
  });

  it('opens the reader when a site’s top frame says it shows an article, never from a frame', async () => {
    await send({ clearpage: 'auto-open' }, { tab: { id: 5 }, frameId: 3 });
    await flush();
    expect(fake.calls.filter((c) => c.api === 'scripting.executeScript')).toEqual([]);
    await send({ clearpage: 'auto-open' }, { tab: { id: 5 }, frameId: 0 });
    await flush();
    // As 'auto', so a page without an article shows nothing; and no popup opens.
    expect(fake.calls).toContainEqual({
      api: 'scripting.executeScript',
      args: { target: { tabId: 5 }, func: expect.any(Function), args: ['auto'] },
    });
    expect(fake.calls).toContainEqual({
      api: 'scripting.executeScript',
      args: { target: { tabId: 5 }, files: ['content.js'] },
    });
    expect(fake.calls.map((c) => c.api)).not.toContain('action.openPopup');
  });

  it('answers auto-open-set, and syncs when a permission is removed', async () => {
    fake.permissions.granted.add(`${SITE}/*`);
    expect(
      await send({ clearpage: 'auto-open-set', payload: { site: SITE, on: true } }, {}),
    ).toEqual({
      ok: true,
    });
    expect(ids()).toEqual([`auto-open ${SITE}`]);
    fake.permissions.granted.clear();
    for (const listener of fake.permissions.onRemoved.listeners) listener();
    await vi.waitFor(async () => expect(await loadSites()).toEqual([]));
    expect(ids()).toEqual([]);
  });
});
