import { describe, expect, it } from 'vitest';
import { liftRootInert } from '../../src/content/root-inert';

function root(html: string): Element {
  return new DOMParser().parseFromString(`${html}<body></body></html>`, 'text/html')
    .documentElement;
}
const startTag = (el: Element) => el.outerHTML.slice(0, el.outerHTML.indexOf('>') + 1);

describe('liftRootInert', () => {
  it('takes inert off while open and puts it back where it stood, with its value', () => {
    const html = root('<html data-a="1" inert="x" lang="en">');
    const controller = new AbortController();
    liftRootInert(html, controller.signal);
    expect(html.hasAttribute('inert')).toBe(false);
    controller.abort();
    expect(startTag(html)).toBe('<html data-a="1" inert="x" lang="en">');
  });

  it('lifts an inert the page sets while open and leaves it set after close', () => {
    const html = root('<html lang="en">');
    const controller = new AbortController();
    const check = liftRootInert(html, controller.signal);
    html.setAttribute('inert', '');
    check();
    expect(html.hasAttribute('inert')).toBe(false);
    controller.abort();
    expect(startTag(html)).toBe('<html lang="en" inert="">');
  });

  it('changes nothing on a page without inert', () => {
    const html = root('<html lang="en" class="js">');
    const controller = new AbortController();
    liftRootInert(html, controller.signal);
    controller.abort();
    expect(startTag(html)).toBe('<html lang="en" class="js">');
  });
});
