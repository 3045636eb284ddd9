import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './support/fake-browser';

let fake: FakeBrowser;
vi.mock('../../src/shared/browser', () => ({
  get default() {
    return fake;
  },
}));

const { handleMessages, sendToBackground, sendToTab } = await import('../../src/shared/messages');
type TabMessages = import('../../src/shared/messages').TabMessages;
type BackgroundMessages = import('../../src/shared/messages').BackgroundMessages;

beforeEach(() => {
  fake = createFakeBrowser();
});

describe('typed messages', () => {
  it('routes a named message to its handler and returns its answer', async () => {
    handleMessages<TabMessages>({
      'reader-status': () => ({ open: true, kind: 'article', title: 'T', readingMinutes: 3 }),
    });
    await expect(sendToTab(7, 'reader-status')).resolves.toEqual({
      open: true,
      kind: 'article',
      title: 'T',
      readingMinutes: 3,
    });
    expect(fake.sent[0]).toEqual({ tabId: 7, message: { clearpage: 'reader-status' } });
  });

  it('passes the sender to background handlers', async () => {
    const senders: unknown[] = [];
    handleMessages<BackgroundMessages, { tab?: { id: number } }>({
      'reader-closed': (_p, sender) => void senders.push(sender),
    });
    await sendToBackground('reader-closed');
    expect(senders).toEqual([{}]);
  });

  it('ignores messages it has no handler for, and foreign messages', () => {
    handleMessages<TabMessages>({ 'reader-status': () => ({ open: false }) });
    const [listener] = fake.runtime.onMessage.listeners;
    expect(listener?.({ clearpage: 'save-as' }, {})).toBeUndefined();
    expect(listener?.({ type: 'something-else' }, {})).toBeUndefined();
    expect(listener?.({ clearpage: 'toString' }, {})).toBeUndefined();
    expect(listener?.(null, {})).toBeUndefined();
  });

  it('stops listening when its signal aborts', async () => {
    const controller = new AbortController();
    handleMessages<TabMessages>({ 'reader-status': () => ({ open: false }) }, controller.signal);
    controller.abort();
    await expect(sendToTab(1, 'reader-status')).rejects.toThrow(/Receiving end/);
  });
});
