/**
 * The outline (issue 11): "Contents", an icon button beside the text size, opens a panel beside
 * the article listing its h2–h4 headings, indented by level; each entry is a button that scrolls
 * the reader to its heading and moves focus there, and the section being read is marked
 * (aria-current) as the reader scrolls. Offered only when the article has at least three
 * headings. Wide windows show the panel beside the article; narrow ones (overlay.css) lay it
 * over the article as a drawer, which an entry's press closes. Esc closes it before the reader
 * (the Esc stack). The headings' text is copied with textContent; nothing outside the reader's
 * shadow root is touched.
 */
import { REMOVED_MARKER, type Article } from '../../core/article';
import { t } from '../../shared/i18n';
import { h, iconButton, type FeatureContext } from './context';

export const MIN_HEADINGS = 3;
const LIST = 'M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01';
const HEADINGS = 'h2, h3, h4';
/** Parts Clearpage removed, shown on request, are not the article until brought back. */
const REMOVED = `[${REMOVED_MARKER}]:not(.cp-restored)`;
/** A heading is the current section's once its top is this far (px) into the scroller. */
const READ_LINE = 80;

export function articleHeadings(body: HTMLElement): HTMLElement[] {
  return [...body.querySelectorAll<HTMLElement>(HEADINGS)].filter(
    (el) => !el.closest(REMOVED) && (el.textContent ?? '').trim() !== '',
  );
}

/** The index of the last heading whose top is above `line`, or -1 before the first. */
export function currentIndex(tops: readonly number[], line: number): number {
  let current = -1;
  for (const [i, top] of tops.entries()) if (top <= line) current = i;
  return current;
}

function entry(heading: HTMLElement, onPick: () => void): HTMLElement {
  const label = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
  const button = h('button', { type: 'button', class: 'outline-entry' }, label);
  button.dataset.level = heading.localName.slice(1);
  button.addEventListener('click', onPick);
  return h('li', {}, button);
}

/** Scrolls the reader's scroller (never the page) to `heading` and gives it focus. */
function goTo(heading: HTMLElement, scroller: Element | null): void {
  if (scroller) {
    const offset = heading.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    // Set, not scrollTo({behavior}): at once, whatever the reader's scroll-behavior.
    scroller.scrollTop += offset - READ_LINE / 4;
  }
  // Focusable from a script only: the heading does not join the Tab order.
  heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
}

/** The panel, its list in the article's language and direction, and the toolbar button. */
function parts(article: Article) {
  const list = h('ol', { class: 'outline-list', lang: article.lang ?? '', dir: article.dir });
  const panel = h('nav', { class: 'outline-panel', id: 'cp-outline', 'aria-label': t('outline') });
  panel.append(list);
  panel.hidden = true;
  const toggle = iconButton(t('outline'), LIST, 'outline', () => undefined);
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', panel.id);
  return { list, panel, toggle };
}

/** The entries, built from the body as it is ("Show removed" swaps its children). */
function entries(body: HTMLElement, list: HTMLElement, onPick: (heading: HTMLElement) => void) {
  let headings: HTMLElement[] = [];
  let buttons: HTMLButtonElement[] = [];
  return {
    build() {
      headings = articleHeadings(body);
      list.replaceChildren(...headings.map((heading) => entry(heading, () => onPick(heading))));
      buttons = [...list.querySelectorAll<HTMLButtonElement>('button')];
    },
    /** Marks the section being read in `scroller`, and returns its entry (else the first). */
    highlight(scroller: Element): HTMLButtonElement | undefined {
      const line = scroller.getBoundingClientRect().top + READ_LINE;
      const at = currentIndex(
        headings.map((el) => el.getBoundingClientRect().top),
        line,
      );
      buttons.forEach((el, i) =>
        i === at ? el.setAttribute('aria-current', 'location') : el.removeAttribute('aria-current'),
      );
      return buttons[Math.max(at, 0)];
    },
  };
}

/**
 * Calls `onScroll` once a frame while the reader's scroller (the one holding `body`) scrolls: it
 * scrolls, not the page. Scroll events do not bubble, but reach the shadow root when captured.
 */
function followScroll(ctx: FeatureContext, body: HTMLElement, onScroll: (el: Element) => void) {
  let frame = 0;
  const listener = (event: Event) => {
    const scroller = event.target;
    // The article's scroller only, not the panel's own list.
    if (frame || !(scroller instanceof Element) || !scroller.contains(body)) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      onScroll(scroller);
    });
  };
  const options = { capture: true, passive: true, signal: ctx.signal };
  ctx.root.addEventListener('scroll', listener, options);
  ctx.addTeardown(() => cancelAnimationFrame(frame));
}

export function mount(ctx: FeatureContext): void {
  const { article, body } = ctx;
  if (!article || !body || articleHeadings(body).length < MIN_HEADINGS) return;
  const { list, panel, toggle } = parts(article);
  const scroller = () => body.closest('.scroller') ?? body.parentElement ?? body;
  let popEscape: (() => void) | null = null;
  const open = (value: boolean) => {
    panel.hidden = !value;
    toggle.setAttribute('aria-expanded', String(value));
    popEscape?.();
    popEscape = null;
    if (!value) return;
    shown.build();
    shown.highlight(scroller())?.focus();
    popEscape = ctx.pushEscape(() => {
      open(false);
      toggle.focus();
    });
  };
  const shown = entries(body, list, (heading) => {
    // Laid over the article (a narrow window, overlay.css), the panel gives the article back.
    if (getComputedStyle(panel).position === 'absolute') open(false);
    goTo(heading, scroller());
  });
  toggle.addEventListener('click', () => open(panel.hidden), { signal: ctx.signal });
  followScroll(ctx, body, (el) => panel.hidden || shown.highlight(el));
  // Fixed on the bar, beside the text size: from inside "More controls" the drawer would open
  // under that panel.
  ctx.addToolbarItem(toggle, { movable: false });
  ctx.addPanel(panel);
}
