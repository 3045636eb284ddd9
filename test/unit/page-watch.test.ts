import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const runtime: { id?: string } = { id: 'clearpage' };
vi.mock('../../src/shared/browser', () => ({ default: { runtime } }));
const { watchPage } = await import('../../src/content/page-watch');

let controller: AbortController;
beforeEach(() => {
  vi.useFakeTimers();
  runtime.id = 'clearpage';
  history.replaceState(null, '', '/story');
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('the reader follows the page it belongs to', () => {
  it('goes stale when a single-page app pushes another address', () => {
    const onStale = vi.fn();
    watchPage(onStale, controller.signal);
    vi.advanceTimersByTime(2000);
    expect(onStale).not.toHaveBeenCalled();
    history.pushState(null, '', '/another-story');
    vi.advanceTimersByTime(600);
    expect(onStale).toHaveBeenCalled();
  });

  it('stays for a jump to a #section of the same article', () => {
    const onStale = vi.fn();
    watchPage(onStale, controller.signal);
    history.pushState(null, '', '/story#part-2');
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(2000);
    expect(onStale).not.toHaveBeenCalled();
  });

  it('goes stale when the extension is reloaded under it', () => {
    const onStale = vi.fn();
    watchPage(onStale, controller.signal);
    delete runtime.id;
    vi.advanceTimersByTime(600);
    expect(onStale).toHaveBeenCalled();
  });

  it('stops watching once the reader is closed', () => {
    const onStale = vi.fn();
    watchPage(onStale, controller.signal);
    controller.abort();
    history.pushState(null, '', '/elsewhere');
    vi.advanceTimersByTime(2000);
    expect(onStale).not.toHaveBeenCalled();
  });
});
