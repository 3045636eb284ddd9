// Fixes remembered per site (issue 11, item 3): stored by host as structural selectors,
// repaired when corrupt, and an imported file taken whole or not at all, with the reason.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './support/fake-browser';

let fake: FakeBrowser;
vi.mock('../../src/shared/browser', () => ({
  get default() {
    return fake;
  },
  popupNeedsUserAction: false,
}));

const fixes = await import('../../src/shared/site-fixes');
const {
  FIXES_KEY,
  MAX_FIXES_PER_SITE,
  addFix,
  clearSite,
  exportFixes,
  fixesFor,
  hostOf,
  loadFixes,
  mergeFixes,
  onFixesChanged,
  parseFixes,
  parseImport,
  removeFix,
  saveFixes,
} = fixes;
type SiteFix = import('../../src/shared/site-fixes').SiteFix;

const HOST = 'news.example';
const REMOVE: SiteFix = { kind: 'remove', selector: 'body > article > div.newsletter', added: 5 };
const KEEP: SiteFix = { kind: 'keep', selector: '#story > aside', added: 6 };
const stored = () => fake.storage.local.data.get(FIXES_KEY);

beforeEach(() => {
  fake = createFakeBrowser();
});

describe('hosts', () => {
  it('are the host of an http(s) page, port included, and nothing for other pages', () => {
    expect(hostOf('https://news.example/2026/a?x=1#y')).toBe(HOST);
    expect(hostOf('http://localhost:8080/a')).toBe('localhost:8080');
    expect(hostOf('https://NEWS.Example/')).toBe(HOST);
    for (const url of ['file:///tmp/a.html', 'chrome://settings', 'about:blank', 'x', undefined]) {
      expect(hostOf(url), String(url)).toBeNull();
    }
  });
});

describe('the stored fixes', () => {
  it('keep valid hosts and fixes, each once, and drop the rest', () => {
    const sites = parseFixes({
      version: 1,
      sites: {
        [HOST]: [REMOVE, REMOVE, KEEP, { kind: 'steal', selector: 'p' }, { kind: 'remove' }, null],
        'b.example': [{ kind: 'remove', selector: 'a[href]', added: 1 }],
        'https://c.example': [REMOVE],
        'd.example': [{ kind: 'remove', selector: 'body > p', added: -4 }],
        'e.example': 'x',
      },
    });
    expect(Object.keys(sites)).toEqual(['d.example', HOST]);
    expect(sites[HOST]).toEqual([REMOVE, KEEP]);
    expect(sites['d.example']).toEqual([{ kind: 'remove', selector: 'body > p', added: 0 }]);
  });

  it('keep one pick per site (the last) and at most MAX_FIXES_PER_SITE fixes', () => {
    const many = Array.from({ length: 80 }, (_, i) => ({
      kind: 'remove',
      selector: `body > p:nth-of-type(${i + 1})`,
      added: i,
    }));
    const picks = [
      { kind: 'pick', selector: 'body > main', added: 1 },
      { kind: 'pick', selector: '#story', added: 2 },
    ];
    const sites = parseFixes({ sites: { [HOST]: [...picks, ...many] } });
    expect(sites[HOST]).toHaveLength(MAX_FIXES_PER_SITE);
    expect(sites[HOST]!.filter((f) => f.kind === 'pick')).toEqual([]);
    const withPick = parseFixes({ sites: { [HOST]: [...picks, REMOVE] } });
    expect(withPick[HOST]).toEqual([{ ...picks[1], kind: 'pick' }, REMOVE]);
  });

  it('repair themselves when corrupt, and a prototype key is only data', async () => {
    for (const raw of [null, 'x', 7, [], { sites: 'x' }, { sites: [REMOVE] }, { sites: null }]) {
      expect(Object.keys(parseFixes(raw)), JSON.stringify(raw)).toEqual([]);
    }
    const evil = JSON.parse(`{"sites":{"__proto__":[${JSON.stringify(REMOVE)}],"constructor":[]}}`);
    const sites = parseFixes(evil);
    expect(Object.keys(sites)).toEqual([]);
    expect(Object.getPrototypeOf(sites)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    fake.storage.local.data.set(FIXES_KEY, { sites: { [HOST]: [REMOVE, { evil: true }] } });
    expect((await loadFixes())[HOST]).toEqual([REMOVE]);
    fake.storage.local.failWith = new Error('gone');
    expect(Object.keys(await loadFixes())).toEqual([]);
    expect(await fixesFor(HOST)).toEqual([]);
  });
});

describe('keeping and forgetting', () => {
  it('adds, removes and clears per host, and tells listeners', async () => {
    const seen: number[] = [];
    const controller = new AbortController();
    onFixesChanged((sites) => seen.push(sites[HOST]?.length ?? 0), controller.signal);

    await addFix(HOST, REMOVE);
    await addFix(HOST, KEEP);
    await addFix(HOST, { ...REMOVE, added: 9 }); // the same fix again: once, the newer time
    expect(await fixesFor(HOST)).toEqual([KEEP, { ...REMOVE, added: 9 }]);
    expect(stored()).toMatchObject({ version: 1 });

    await addFix('other.example', REMOVE);
    await removeFix(HOST, KEEP);
    expect(await fixesFor(HOST)).toEqual([{ ...REMOVE, added: 9 }]);
    await clearSite(HOST);
    expect(await fixesFor(HOST)).toEqual([]);
    expect(await fixesFor('other.example')).toEqual([REMOVE]);
    expect(seen).toEqual([1, 2, 2, 2, 1, 0]);

    controller.abort();
    await addFix(HOST, REMOVE);
    expect(seen).toHaveLength(6);
  });

  it('keeping an element forgets a removal of it, and the other way round', async () => {
    const selector = REMOVE.selector;
    await addFix(HOST, REMOVE);
    await addFix(HOST, { kind: 'keep', selector, added: 7 });
    expect(await fixesFor(HOST)).toEqual([{ kind: 'keep', selector, added: 7 }]);
    await addFix(HOST, REMOVE);
    expect(await fixesFor(HOST)).toEqual([REMOVE]);
  });

  it('never stores a bad host or a bad selector', async () => {
    await addFix('__proto__', REMOVE);
    await addFix('https://x.example/', REMOVE);
    await addFix(HOST, { kind: 'remove', selector: 'p:contains(x)', added: 1 });
    expect(Object.keys(await loadFixes())).toEqual([]);
  });
});

describe('export and import', () => {
  it('reads back what it exported, and merges with what is there', async () => {
    await saveFixes(parseFixes({ sites: { [HOST]: [REMOVE] } }));
    const file = exportFixes(await loadFixes());
    expect(JSON.parse(file)).toEqual({ version: 1, sites: { [HOST]: [REMOVE] } });
    const result = parseImport(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const merged = mergeFixes(
      parseFixes({ sites: { [HOST]: [KEEP], 'b.example': [KEEP] } }),
      result.sites,
    );
    expect(merged[HOST]).toEqual([KEEP, REMOVE]);
    expect(merged['b.example']).toEqual([KEEP]);
  });

  it('refuses a bad file whole, with the reason', () => {
    const file = (sites: unknown) => JSON.stringify({ version: 1, sites });
    const cases: [string, string][] = [
      ['{not json', 'fixesImportNotJson'],
      ['', 'fixesImportNotJson'],
      ['[]', 'fixesImportWrongShape'],
      ['null', 'fixesImportWrongShape'],
      [JSON.stringify({ version: 2, sites: {} }), 'fixesImportWrongShape'],
      [JSON.stringify({ sites: {} }), 'fixesImportWrongShape'],
      [file([REMOVE]), 'fixesImportWrongShape'],
      [file({ [HOST]: REMOVE }), 'fixesImportWrongShape'],
      [file({ 'https://x.example': [REMOVE] }), 'fixesImportWrongShape'],
      [`{"version":1,"sites":{"__proto__":[${JSON.stringify(REMOVE)}]}}`, 'fixesImportWrongShape'],
      [
        file({ [HOST]: [REMOVE, { kind: 'steal', selector: 'p', added: 1 }] }),
        'fixesImportWrongShape',
      ],
      [
        file({ [HOST]: [REMOVE, { ...KEEP, selector: 'a[href*="bank"]' }] }),
        'fixesImportBadSelector',
      ],
      [file({ [HOST]: [{ ...KEEP, selector: 'p'.repeat(500) }] }), 'fixesImportBadSelector'],
      [file({ [HOST]: Array.from({ length: 51 }, () => REMOVE) }), 'fixesImportTooBig'],
      [
        file(
          Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`s${i}.example`, [REMOVE]])),
        ),
        'fixesImportTooBig',
      ],
      [' '.repeat(2_000_001), 'fixesImportTooBig'],
    ];
    for (const [json, reason] of cases) {
      expect(parseImport(json), json.slice(0, 80)).toEqual({ ok: false, reason });
    }
  });
});
