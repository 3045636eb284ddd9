// Where the picker's outline goes (src/content/lazy/picker-nav.ts): Up the block around, Down
// the first block inside, Left/Right the blocks beside; hidden and zero-size elements stepped
// over (boxless wrappers looked into), never the picker's own host, never past <body>.
import { describe, expect, it } from 'vitest';
import {
  beside,
  describeBlock,
  down,
  hitTarget,
  moveFor,
  startingBlock,
  up,
  type PickerNav,
} from '../../src/content/lazy/picker-nav';

/** jsdom has no layout: `data-hidden` marks what has no box on screen. */
function page(body: string) {
  document.body.innerHTML = body;
  document.getElementById('picker-host')?.remove();
  const host = document.createElement('div');
  host.id = 'picker-host';
  document.documentElement.append(host);
  const nav: PickerNav = {
    visible: (el) => !el.closest('[data-hidden]'),
    own: (el) => el === host,
  };
  const $ = (id: string) => document.getElementById(id)!;
  return { nav, $, host };
}

const BODY = `<main id="main">
  <header id="head"><h1 id="h1">Title</h1></header>
  <div id="empty" data-hidden></div>
  <section id="story">
    <span id="wrapper" class="wrapper"><p id="p1">One</p></span>
    <p id="p2">Two</p><script id="script"></script><p id="p3" data-hidden>Hidden</p><p id="p4">Four</p>
  </section>
  <aside id="aside">Aside</aside>
</main>`;

describe('picker navigation', () => {
  it('Up goes to the block around, stopping at <body>', () => {
    const { nav, $ } = page(BODY);
    expect(up($('p2'), nav).id).toBe('story');
    expect(up($('story'), nav).id).toBe('main');
    expect(up($('main'), nav)).toBe(document.body);
    expect(up(document.body, nav)).toBe(document.body);
  });

  it('Up steps over a block with no box', () => {
    const { nav, $ } = page(
      '<div id="outer"><div id="mid" data-hidden><p id="in">x</p></div></div>',
    );
    // A hidden ancestor hides its children too in a browser; here only the step matters.
    const only: PickerNav = { ...nav, visible: (el) => el.id !== 'mid' };
    expect(up($('in'), only).id).toBe('outer');
  });

  it('Down goes to the first block inside, looking into a boxless wrapper', () => {
    const { nav, $ } = page(BODY);
    expect(down($('main'), nav).id).toBe('head');
    const wrapperless: PickerNav = {
      ...nav,
      visible: (el) => el.id !== 'wrapper' && !el.closest('[data-hidden]'),
    };
    expect(down($('story'), wrapperless).id).toBe('p1');
    // Nothing inside: it stays.
    expect(down($('p2'), nav).id).toBe('p2');
  });

  it('Left and Right go to the blocks beside, over hidden ones and scripts', () => {
    const { nav, $ } = page(BODY);
    expect(beside($('p2'), 1, nav).id).toBe('p4');
    expect(beside($('p4'), -1, nav).id).toBe('p2');
    expect(beside($('head'), 1, nav).id).toBe('story');
    expect(beside($('story'), -1, nav).id).toBe('head');
    // At the end of the row it stays.
    expect(beside($('aside'), 1, nav).id).toBe('aside');
    expect(moveFor('ArrowRight', $('p2'), nav)?.id).toBe('p4');
    expect(moveFor('ArrowLeft', $('p4'), nav)?.id).toBe('p2');
    expect(moveFor('ArrowUp', $('p4'), nav)?.id).toBe('story');
    expect(moveFor('ArrowDown', $('story'), nav)?.id).toBe('wrapper');
    expect(moveFor('a', $('story'), nav)).toBeNull();
  });

  it('never lands on its own host', () => {
    const { nav, host } = page(BODY);
    const main = document.getElementById('main')!;
    // The host hangs off <html>, beside <body>.
    expect(beside(document.body, 1, nav)).toBe(document.body);
    expect(hitTarget([host, main, document.body, document.documentElement], nav)).toBe(main);
    expect(hitTarget([host, document.documentElement], nav)).toBeNull();
    expect(down(document.documentElement, nav)).toBe(document.body);
  });

  it('the keyboard starts on the page’s article or main element, else <body>', () => {
    const { nav } = page(BODY);
    expect(startingBlock(document, nav)?.id).toBe('main');
    const plain = page('<div id="x">Text</div>');
    expect(startingBlock(document, plain.nav)).toBe(document.body);
  });

  it('names the block with its tag and size in the UI’s language', () => {
    const { $ } = page(BODY);
    expect(describeBlock($('story'), { width: 640, height: 1820 }, 'en')).toBe(
      'section · 640 × 1,820',
    );
    expect(describeBlock($('story'), { width: 640.4, height: 1820.6 }, 'fr')).toMatch(
      /^section · 640 × 1\s821$/u,
    );
  });
});
