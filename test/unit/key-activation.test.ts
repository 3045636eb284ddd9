// Enter and Space press a reader button once: the browser's own click when it makes one, else
// the fallback's (Firefox ESR makes none in the reader's shadow root; test/e2e/firefox.test.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pressWithKeys } from '../../src/content/key-activation';

function setUp() {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'closed' });
  const button = document.createElement('button');
  button.append(document.createElement('span'));
  root.append(button);
  const clicks = vi.fn();
  button.addEventListener('click', clicks);
  const controller = new AbortController();
  pressWithKeys(root, controller.signal);
  const key = (type: 'keydown' | 'keyup', key: string, target: Element = button) => {
    const event = new KeyboardEvent(type, { key, bubbles: true, composed: true, cancelable: true });
    target.dispatchEvent(event);
    return event;
  };
  return { host, button, clicks, key, controller };
}

describe('pressWithKeys', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('clicks a button the browser did not click for Enter or Space, once', () => {
    const { button, clicks, key } = setUp();
    for (const name of ['Enter', ' ']) {
      key('keydown', name, button.firstElementChild!);
      key('keyup', name);
      vi.runAllTimers();
    }
    expect(clicks).toHaveBeenCalledTimes(2);
  });

  it('adds nothing when the browser clicked, before the keyup (Enter) or after it (Space)', () => {
    const { button, clicks, key } = setUp();
    key('keydown', 'Enter');
    button.click();
    key('keyup', 'Enter');
    vi.runAllTimers();
    key('keydown', ' ');
    key('keyup', ' ');
    button.click(); // the keyup's default action
    vi.runAllTimers();
    expect(clicks).toHaveBeenCalledTimes(2);
  });

  it('presses nothing for a keydown a control took, another key, a disabled button, or after close', () => {
    const { button, clicks, key, controller } = setUp();
    key('keydown', 'Enter').preventDefault();
    key('keyup', 'Enter');
    key('keydown', 'a');
    key('keyup', 'a');
    vi.runAllTimers();
    button.disabled = true;
    key('keydown', 'Enter');
    key('keyup', 'Enter');
    vi.runAllTimers();
    button.disabled = false;
    controller.abort();
    key('keydown', 'Enter');
    key('keyup', 'Enter');
    vi.runAllTimers();
    expect(clicks).not.toHaveBeenCalled();
  });
});
