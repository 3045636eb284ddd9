// A pick kept for a site (src/content/pick-fix.ts): stored as the host's 'pick' fix with a
// structural selector that finds the element again alone; read once, beside the click's work;
// applied only when it finds exactly one element.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './support/fake-browser';

let fake: FakeBrowser;
vi.mock('../../src/shared/browser', () => ({
  get default() {
    return fake;
  },
  popupNeedsUserAction: false,
}));

const { pickedBy, sitePick } = await import('../../src/content/pick-fix');
const { fixesFor, addFix } = await import('../../src/shared/site-fixes');

const URL_ = 'https://news.example/coast/story.html';

beforeEach(() => {
  fake = createFakeBrowser();
  document.body.innerHTML = `<main><div class="lead"><p>Tides</p></div>
    <div class="story"><p>One</p></div><div class="story"><p>Two</p></div></main>`;
});

describe('pickedBy', () => {
  it('finds the one element a selector finds, else nothing', () => {
    expect(pickedBy(document, 'body > main > div.lead')?.textContent).toBe('Tides');
    expect(pickedBy(document, 'div.story')).toBeNull(); // two
    expect(pickedBy(document, 'article')).toBeNull(); // none
    expect(pickedBy(document, 'div[')).toBeNull(); // not a selector
  });
});

describe('sitePick', () => {
  it('keeps a picked block as the host’s pick, by a selector that finds it alone', async () => {
    const site = sitePick(URL_);
    expect(await site.ready).toBeNull();
    expect(site.known()).toBeNull();
    const second = document.querySelectorAll('div.story')[1]!;
    expect(await site.keep(second)).toBe(true);
    const [fix] = await fixesFor('news.example');
    expect(fix).toMatchObject({ kind: 'pick' });
    expect(pickedBy(document, fix!.selector)).toBe(second);
    expect(site.known()).toBe(fix!.selector);
    // Never the page's text.
    expect(JSON.stringify([...fake.storage.local.data.values()])).not.toMatch(/Two|One|Tides/);
  });

  it('reads the kept pick once storage answers; the last one kept wins', async () => {
    await addFix('news.example', { kind: 'remove', selector: 'body > aside', added: 1 });
    await addFix('news.example', { kind: 'pick', selector: 'body > main > div.lead', added: 2 });
    const site = sitePick(URL_);
    expect(site.known()).toBeUndefined();
    expect(await site.ready).toBe('body > main > div.lead');
    expect(site.known()).toBe('body > main > div.lead');
    // Another host has none.
    expect(await sitePick('https://other.example/').ready).toBeNull();
  });

  it('keeps nothing where the page is not http(s)', async () => {
    const site = sitePick('file:///home/me/page.html');
    expect(site.host).toBeNull();
    expect(site.known()).toBeNull();
    expect(await site.keep(document.querySelector('div.lead')!)).toBe(false);
    expect(fake.storage.local.data.size).toBe(0);
  });

  it('a store that cannot be read counts as no fix', async () => {
    fake.storage.local.get = async () => Promise.reject(new Error('broken'));
    const site = sitePick(URL_);
    expect(await site.ready).toBeNull();
  });
});
