import { expect, it, vi } from 'vitest';
import { trusted } from '../../src/content/trusted';

it('runs the handler for no event a script dispatched', () => {
  const handler = vi.fn();
  window.addEventListener('keydown', trusted(handler));
  const event = new KeyboardEvent('keydown', { key: 'Escape' });
  window.dispatchEvent(event);
  expect(event.isTrusted).toBe(false);
  expect(handler).not.toHaveBeenCalled();
});

it('passes trusted events through, unchanged', () => {
  const handler = vi.fn();
  const event = { isTrusted: true, type: 'keydown' } as Event;
  trusted(handler)(event);
  expect(handler).toHaveBeenCalledWith(event);
});
