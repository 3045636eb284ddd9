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
    const onClose = vi.fn();
    closeOnRequest(onClose, controller.signal);
    const [watcher] = FakeCloseWatcher.made;
    watcher!.onclose?.();
    expect(onClose).toHaveBeenCalledTimes(1);
    controller.abort();
    expect(watcher!.destroyed).toBe(true);
    watcher!.onclose?.();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('does nothing where there is no CloseWatcher', () => {
    expect(typeof (globalThis as { CloseWatcher?: unknown }).CloseWatcher).toBe('undefined');
    expect(() => closeOnRequest(() => undefined, new AbortController().signal)).not.toThrow();
  });
});
