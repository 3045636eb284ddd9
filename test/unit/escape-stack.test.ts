// What Esc closes (src/content/escape-stack.ts): the innermost open thing, then the reader.
import { describe, expect, it, vi } from 'vitest';
import { escapeStack } from '../../src/content/escape-stack';

describe('the Esc stack', () => {
  it('closes the menu, then the panel, then the reader', () => {
    const closed: string[] = [];
    const stack = escapeStack(() => closed.push('reader'));
    stack.push(() => closed.push('panel'));
    stack.push(() => closed.push('menu'));
    stack.closeInnermost();
    expect(closed).toEqual(['menu']);
    stack.closeInnermost();
    expect(closed).toEqual(['menu', 'panel']);
    stack.closeInnermost();
    stack.closeInnermost();
    expect(closed).toEqual(['menu', 'panel', 'reader', 'reader']);
  });

  it('a thing closed some other way is taken off, and taking it off twice is harmless', () => {
    const reader = vi.fn();
    const stack = escapeStack(reader);
    const panel = vi.fn();
    const popPanel = stack.push(panel);
    const menu = vi.fn();
    const popMenu = stack.push(menu);
    popPanel();
    popPanel();
    stack.closeInnermost();
    expect(menu).toHaveBeenCalledOnce();
    popMenu(); // the menu's own close, after Esc already took it off
    stack.closeInnermost();
    expect(panel).not.toHaveBeenCalled();
    expect(reader).toHaveBeenCalledOnce();
  });

  it('the same close pushed twice is two entries', () => {
    const reader = vi.fn();
    const stack = escapeStack(reader);
    const close = vi.fn();
    const first = stack.push(close);
    stack.push(close);
    first();
    stack.closeInnermost();
    stack.closeInnermost();
    expect(close).toHaveBeenCalledOnce();
    expect(reader).toHaveBeenCalledOnce();
  });
});
