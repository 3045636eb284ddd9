// The outline: offered only with three headings or more; "Contents" opens a panel listing the
// h2–h4 headings with their levels; an entry scrolls the reader's scroller (never the page) to
// its heading and moves focus there; the section read is marked as the reader scrolls; Esc
// closes the panel before the reader; a narrow window's drawer closes on a pick.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeArticle } from '../support/article';
import { mountFeature } from '../support/feature';
import { currentIndex } from '../../../src/content/features/outline';

vi.mock('../../../src/shared/browser', () => ({ default: {} }));

const controllers: AbortController[] = [];
afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
});

const STORY =
  '<p>Intro.</p><h2>The vote</h2><p>A.</p><h3>Who voted <em>against</em></h3><p>B.</p>' +
  '<h4>  The   harbour master  </h4><p>C.</p><h2></h2><h5>Too deep</h5><h2>What next</h2><p>D.</p>';

function mount(html = STORY) {
  const mounted = mountFeature('outline', { article: makeArticle(html) });
  controllers.push(mounted.controller);
  // The reader's scroller around the body, as in the overlay.
  const scroller = document.createElement('div');
  scroller.className = 'scroller';
  mounted.body!.before(scroller);
  scroller.append(mounted.body!);
  const toggle = mounted.root.querySelector<HTMLButtonElement>('button.outline');
  const panel = mounted.root.querySelector<HTMLElement>('.outline-panel');
  const entries = () => [...mounted.root.querySelectorAll<HTMLButtonElement>('.outline-entry')];
  return { ...mounted, scroller, toggle, panel, entries };
}

/** Lays the headings out at these tops (jsdom has no layout), the scroller's top at 0. */
function layOut(root: ShadowRoot, tops: number[]) {
  const headings = [...root.querySelectorAll<HTMLElement>('.body :is(h2, h3, h4)')].filter(
    (h) => h.textContent!.trim() !== '',
  );
  headings.forEach((heading, i) => {
    heading.getBoundingClientRect = () => ({ top: tops[i]! }) as DOMRect;
  });
}

describe('outline', () => {
  it('is a "Contents" button, fixed on the bar, controlling a closed panel beside the article', () => {
    const { items, toggle, panel, panels } = mount();
    expect(items.map((i) => [i.el, i.movable])).toEqual([[toggle, false]]);
    expect([toggle!.getAttribute('aria-label'), toggle!.title]).toEqual(['Contents', 'Contents']);
    expect(toggle!.getAttribute('aria-expanded')).toBe('false');
    expect(toggle!.getAttribute('aria-controls')).toBe(panel!.id);
    expect(panels).toEqual([panel]);
    expect(panel!.localName).toBe('nav');
    expect(panel!.getAttribute('aria-label')).toBe('Contents');
    expect(panel!.hidden).toBe(true);
  });

  it('lists the h2–h4 headings with their text and level, and moves focus into the list', () => {
    const { toggle, panel, entries, root } = mount();
    layOut(root, [400, 900, 1500, 2200]);
    toggle!.click();
    expect(panel!.hidden).toBe(false);
    expect(toggle!.getAttribute('aria-expanded')).toBe('true');
    expect(entries().map((e) => [e.textContent, e.dataset.level, e.type])).toEqual([
      ['The vote', '2', 'button'],
      ['Who voted against', '3', 'button'],
      ['The harbour master', '4', 'button'],
      ['What next', '2', 'button'],
    ]);
    expect(panel!.querySelectorAll('ol > li > button')).toHaveLength(4);
    // In the article's language and direction, not the UI's.
    const list = panel!.querySelector('ol')!;
    expect([list.lang, list.dir]).toEqual(['en', 'ltr']);
    expect(root.activeElement).toBe(entries()[0]);
    // Opened again further down: focus goes to the section being read.
    toggle!.click();
    layOut(root, [-900, -300, 20, 700]);
    toggle!.click();
    expect(root.activeElement).toBe(entries()[2]);
    expect(entries()[2]!.getAttribute('aria-current')).toBe('location');
  });

  it('an entry scrolls the reader’s scroller to its heading and gives the heading focus', () => {
    const { toggle, entries, root, scroller } = mount();
    toggle!.click();
    layOut(root, [100, 700, 1300, 2000]);
    scroller.getBoundingClientRect = () => ({ top: 0 }) as DOMRect;
    scroller.scrollTop = 0;
    const pageScroll = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    entries()[2]!.click();
    const heading = root.querySelector('h4')!;
    expect(root.activeElement).toBe(heading);
    expect(heading.getAttribute('tabindex')).toBe('-1');
    // 1300 minus a little room above it; jsdom keeps what is set.
    expect(scroller.scrollTop).toBe(1280);
    expect(pageScroll).not.toHaveBeenCalled();
  });

  it('marks the section being read as the reader scrolls', async () => {
    const { toggle, entries, root, scroller } = mount();
    toggle!.click();
    scroller.getBoundingClientRect = () => ({ top: 50 }) as DOMRect;
    const current = () => entries().map((e) => e.getAttribute('aria-current'));
    layOut(root, [400, 900, 1500, 2200]);
    scroller.dispatchEvent(new Event('scroll'));
    await vi.waitFor(() => expect(current()).toEqual([null, null, null, null]));
    layOut(root, [-700, -200, 120, 800]);
    scroller.dispatchEvent(new Event('scroll'));
    await vi.waitFor(() => expect(current()).toEqual([null, null, 'location', null]));
    layOut(root, [-2000, -1500, -900, 100]);
    scroller.dispatchEvent(new Event('scroll'));
    await vi.waitFor(() => expect(current()).toEqual([null, null, null, 'location']));
    // The panel's own scrolling is not the article's.
    layOut(root, [400, 900, 1500, 2200]);
    root.querySelector('.outline-panel')!.dispatchEvent(new Event('scroll'));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(current()).toEqual([null, null, null, 'location']);
  });

  it('Esc closes the panel first, gives focus back to its button, then the reader', () => {
    const { toggle, panel, escape, closeReader, root } = mount();
    toggle!.click();
    escape();
    expect([panel!.hidden, toggle!.getAttribute('aria-expanded')]).toEqual([true, 'false']);
    expect(root.activeElement).toBe(toggle);
    expect(closeReader).not.toHaveBeenCalled();
    escape();
    expect(closeReader).toHaveBeenCalledTimes(1);
  });

  it('the button closes it again, and Esc then closes the reader', () => {
    const { toggle, panel, escape, closeReader } = mount();
    toggle!.click();
    toggle!.click();
    expect(panel!.hidden).toBe(true);
    escape();
    expect(closeReader).toHaveBeenCalledTimes(1);
  });

  it('a drawer over the article (a narrow window) closes when an entry is picked', () => {
    const { toggle, panel, entries, root } = mount();
    toggle!.click();
    panel!.style.position = 'absolute';
    entries()[1]!.click();
    expect(panel!.hidden).toBe(true);
    expect(root.activeElement).toBe(root.querySelector('h3'));
  });

  it('leaves out removed parts shown on request, and follows the body as it is', () => {
    const { toggle, entries, body } = mount();
    const removed = document.createElement('div');
    removed.setAttribute('data-clearpage-removed', '0');
    removed.innerHTML = '<h3>Most read</h3>';
    body!.append(removed);
    const restored = document.createElement('div');
    restored.setAttribute('data-clearpage-removed', '1');
    restored.className = 'cp-restored';
    restored.innerHTML = '<h3>Brought back</h3>';
    body!.append(restored);
    toggle!.click();
    expect(entries().map((e) => e.textContent)).toContain('Brought back');
    expect(entries().map((e) => e.textContent)).not.toContain('Most read');
  });

  it('is not offered with fewer than three headings, or without an article', () => {
    expect(mount('<h2>One</h2><p>A.</p><h3>Two</h3><h5>Five</h5><h2> </h2>').items).toEqual([]);
    const none = mountFeature('outline', { article: null });
    controllers.push(none.controller);
    expect([none.items, none.panels]).toEqual([[], []]);
  });

  it('builds the headings’ text as text: markup in a heading is never parsed', () => {
    const { toggle, entries } = mount(
      '<h2>&lt;img src=x onerror=alert(1)&gt;</h2><h2>B</h2><h2>C</h2>',
    );
    toggle!.click();
    expect(entries()[0]!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(entries()[0]!.children).toHaveLength(0);
  });
});

describe('currentIndex', () => {
  it('is the last heading above the reading line, or -1 before the first', () => {
    expect(currentIndex([10, 200, 400], 80)).toBe(0);
    expect(currentIndex([100, 200, 400], 80)).toBe(-1);
    expect(currentIndex([-500, -100, 80], 80)).toBe(2);
    expect(currentIndex([], 80)).toBe(-1);
  });
});
