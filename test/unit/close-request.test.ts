import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeOnRequest } from '../../src/content/close-request';

class FakeCloseWatcher {
  static made: FakeCloseWatcher[] = [];
  onclose: (() => void) | null = null;
  destroyed = false;
  constructor() {
    FakeCloseWatcher.made.push(this);
  }
  destroy() {
    this.destroyed = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeCloseWatcher.made = [];
});

describe('closeOnRequest', () => {
  it("closes the reader on the browser's close request and lets go of it on close", () => {
    vi.stubGlobal('CloseWatcher', FakeCloseWatcher);
    const controller = new AbortController();
    const onClose = vi.fn(() => controller.abort());
    closeOnRequest(onClose, controller.signal);
    const [watcher] = FakeCloseWatcher.made;
    watcher!.onclose?.();
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(watcher!.destroyed).toBe(true);
    // The reader closed: no watcher is left behind.
    expect(FakeCloseWatcher.made).toHaveLength(1);
    watcher!.onclose?.();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('watches again while the reader stays open (Esc closed a menu), and stops on close', () => {
    vi.stubGlobal('CloseWatcher', FakeCloseWatcher);
    const controller = new AbortController();
    const onRequest = vi.fn();
    closeOnRequest(onRequest, controller.signal);
    FakeCloseWatcher.made[0]!.onclose?.();
    expect(onRequest).toHaveBeenCalledTimes(1);
    expect(FakeCloseWatcher.made).toHaveLength(2);
    expect(FakeCloseWatcher.made[0]!.destroyed).toBe(true);
    FakeCloseWatcher.made[1]!.onclose?.();
    expect(onRequest).toHaveBeenCalledTimes(2);
    controller.abort();
    expect(FakeCloseWatcher.made.every((w) => w.destroyed)).toBe(true);
    FakeCloseWatcher.made.at(-1)!.onclose?.();
    expect(onRequest).toHaveBeenCalledTimes(2);
  });

  it('does nothing where there is no CloseWatcher', () => {
    expect(typeof (globalThis as { CloseWatcher?: unknown }).CloseWatcher).toBe('undefined');
    expect(() => closeOnRequest(() => undefined, new AbortController().signal)).not.toThrow();
  });
});
