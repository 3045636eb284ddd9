import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './support/fake-browser';
import { getShared, setShared } from '../../src/content/world';

let fake: FakeBrowser;
let popupNeedsUserAction = false;
vi.mock('../../src/shared/browser', () => ({
  get default() {
    return fake;
  },
  get popupNeedsUserAction() {
    return popupNeedsUserAction;
  },
}));

async function loadBackground() {
  fake = createFakeBrowser();
  popupNeedsUserAction = false;
  vi.resetModules();
  await import('../../src/background/index');
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const fire = <A extends unknown[]>(e: { listeners: Set<(...args: A) => unknown> }, ...args: A) => {
  for (const listener of e.listeners) listener(...args);
};
const apis = () => fake.calls.map((c) => c.api);

beforeEach(loadBackground);

describe('background', () => {
  it('injects the reader into the clicked tab only, then opens the popup for that tab', async () => {
    fire(fake.action.onClicked, { id: 42 });
    await flush();
    expect(fake.calls[0]).toEqual({
      api: 'scripting.executeScript',
      args: { target: { tabId: 42 }, files: ['content.js'] },
    });
    expect(fake.calls).toContainEqual({
      api: 'action.setPopup',
      args: { tabId: 42, popup: 'popup.html' },
    });
    expect(apis()).toContain('action.openPopup');
  });

  /** Holds the content script's injection until `release()`: the reader is still being built. */
  function slowInjection() {
    const inject = fake.scripting.executeScript;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    fake.scripting.executeScript = (async (...args: Parameters<typeof inject>) => {
      const result = inject(...args);
      await gate;
      return result;
    }) as typeof inject;
    return release;
  }

  it('opens the popup only once the reader is on screen (the popup would slow it down)', async () => {
    const release = slowInjection();
    fire(fake.action.onClicked, { id: 42 });
    await flush();
    expect(apis()).toEqual(['scripting.executeScript', 'action.setPopup']);
    release();
    await flush();
    expect(apis()).toEqual(['scripting.executeScript', 'action.setPopup', 'action.openPopup']);
  });

  it('where the popup needs the click itself (Firefox), asks for it at once', async () => {
    popupNeedsUserAction = true;
    const release = slowInjection();
    fire(fake.action.onClicked, { id: 42 });
    await flush();
    expect(apis()).toEqual(['scripting.executeScript', 'action.setPopup', 'action.openPopup']);
    release();
    await flush();
    expect(apis().filter((api) => api === 'action.openPopup')).toHaveLength(1);
  });

  it('toggles the reader from the shortcut without opening the popup', async () => {
    fire(fake.commands.onCommand, 'toggle-reader', { id: 7 });
    fire(fake.commands.onCommand, 'something-else', { id: 8 });
    await flush();
    expect(fake.calls).toEqual([
      { api: 'scripting.executeScript', args: { target: { tabId: 7 }, files: ['content.js'] } },
    ]);
  });

  it('gives the button back to the reader when the reader closes or the tab navigates', async () => {
    await fake.runtime.deliver({ clearpage: 'reader-closed' }, { tab: { id: 5 } });
    fire(fake.tabs.onUpdated, 6, { status: 'loading' });
    fire(fake.tabs.onUpdated, 6, { status: 'complete' });
    await flush();
    expect(fake.calls).toEqual([
      { api: 'action.setPopup', args: { tabId: 5, popup: '' } },
      { api: 'action.setPopup', args: { tabId: 6, popup: '' } },
    ]);
  });

  it('still opens the popup where injection is refused, so it can say why', async () => {
    fire(fake.action.onClicked, { id: -1 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    // Two retries (Chromium drops some clicks' grants), then the button goes back to the reader.
    expect(
      fake.calls.map((c) => [c.api, (c.args as { popup?: string } | undefined)?.popup]),
    ).toEqual([
      ['scripting.executeScript', undefined],
      ['action.setPopup', 'popup.html'],
      ['scripting.executeScript', undefined],
      ['scripting.executeScript', undefined],
      ['action.openPopup', undefined],
      ['action.setPopup', ''],
    ]);
  });
});

describe('read the selection', () => {
  const selectionCalls = (tabId: number) => [
    {
      api: 'scripting.executeScript',
      args: { target: { tabId }, func: expect.any(Function), args: ['selection'] },
    },
    { api: 'scripting.executeScript', args: { target: { tabId }, files: ['content.js'] } },
  ];

  it('adds a context-menu item for selected text when installed', () => {
    fire(fake.runtime.onInstalled, { reason: 'install' });
    expect(fake.calls).toEqual([
      {
        api: 'contextMenus.create',
        args: {
          id: 'read-selection',
          title: 'Read selection in Clearpage',
          contexts: ['selection'],
        },
      },
    ]);
  });

  it('the menu item opens the reader on the selection in that tab, without the popup', async () => {
    fire(fake.contextMenus.onClicked, { menuItemId: 'read-selection' }, { id: 9 });
    fire(fake.contextMenus.onClicked, { menuItemId: 'another-extension' }, { id: 10 });
    await flush();
    expect(fake.calls).toEqual(selectionCalls(9));
  });

  it('the popup asks for the same', async () => {
    const answer = await fake.runtime.deliver(
      { clearpage: 'read-selection', payload: { tabId: 3 } },
      {},
    );
    expect(answer).toEqual({ ok: true });
    expect(fake.calls).toEqual(selectionCalls(3));
  });

  it('the source is left in the isolated world the content script then reads', () => {
    fire(fake.contextMenus.onClicked, { menuItemId: 'read-selection' }, { id: 9 });
    const setSource = (fake.calls[0]?.args as { func: (s: string) => void }).func;
    setSource('selection');
    expect(getShared('source')).toBe('selection');
    setShared('source', undefined);
  });

  it('"Copy" refused in the page is written by an offscreen document, made and closed for it', async () => {
    const copied: string[] = [];
    const log: string[] = [];
    Object.assign(fake, {
      offscreen: {
        createDocument: async (options: { url: string; reasons: string[] }) =>
          void log.push(`create ${options.url} ${options.reasons.join()}`),
        closeDocument: async () => void log.push('close'),
      },
    });
    Object.assign(fake.runtime, { getURL: (path: string) => `chrome-extension://id/${path}` });
    // The offscreen document's side of src/offscreen/index.ts.
    fake.runtime.onMessage.listeners.add((message: unknown) => {
      const { clearpage, payload } = message as { clearpage: string; payload: { text: string } };
      if (clearpage !== 'offscreen-copy') return undefined;
      copied.push(payload.text);
      return Promise.resolve({ ok: true });
    });
    const ask = (payload: unknown) =>
      fake.runtime.deliver({ clearpage: 'copy-text', payload }, { tab: { id: 5 } });
    await expect(ask({ text: 'The article' })).resolves.toEqual({ ok: true });
    await expect(ask({ text: 42 })).resolves.toEqual({ ok: false });
    expect(copied).toEqual(['The article']);
    expect(log).toEqual(['create chrome-extension://id/offscreen.html CLIPBOARD', 'close']);
  });

  it('without an offscreen API (Firefox) "Copy" is not done by the background', async () => {
    const answer = await fake.runtime.deliver(
      { clearpage: 'copy-text', payload: { text: 'x' } },
      { tab: { id: 5 } },
    );
    expect(answer).toEqual({ ok: false });
  });
});
