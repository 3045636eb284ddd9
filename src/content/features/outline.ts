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
import { REMOVED_MARKER } from '../../core/article';
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

export function mount(ctx: FeatureContext): void {
  const { article, body, signal } = ctx;
  if (!article || !body || articleHeadings(body).length < MIN_HEADINGS) return;
  // The headings speak the article's language, in its direction, whatever the UI's.
  const list = h('ol', { class: 'outline-list', lang: article.lang ?? '', dir: article.dir });
  const panel = h(
    'nav',
    { class: 'outline-panel', id: 'cp-outline', 'aria-label': t('outline') },
    list,
  );
  panel.hidden = true;
  const toggle = iconButton(t('outline'), LIST, 'outline', () => open(panel.hidden));
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', 'cp-outline');
  let headings: HTMLElement[] = [];
  let entries: HTMLButtonElement[] = [];
  let popEscape: (() => void) | null = null;

  // Built when opened, from the body as it is then ("Show removed" swaps its children).
  const build = () => {
    headings = articleHeadings(body);
    list.replaceChildren(...headings.map((heading) => entry(heading, () => pick(heading))));
    entries = [...list.querySelectorAll<HTMLButtonElement>('button')];
  };
  const highlight = (scroller: Element | null) => {
    if (panel.hidden || !scroller) return;
    const line = scroller.getBoundingClientRect().top + READ_LINE;
    const at = currentIndex(
      headings.map((el) => el.getBoundingClientRect().top),
      line,
    );
    entries.forEach((el, i) =>
      i === at ? el.setAttribute('aria-current', 'location') : el.removeAttribute('aria-current'),
    );
  };
  const scrollerOf = () => body.closest('.scroller') ?? body.parentElement;
  const open = (value: boolean) => {
    panel.hidden = !value;
    toggle.setAttribute('aria-expanded', String(value));
    if (!value) {
      popEscape?.();
      popEscape = null;
      return;
    }
    build();
    highlight(scrollerOf());
    popEscape ??= pushClose();
    (list.querySelector<HTMLElement>('[aria-current]') ?? entries[0])?.focus();
  };
  const pushClose = () =>
    ctx.pushEscape(() => {
      open(false);
      toggle.focus();
    });
  // Laid over the article (a narrow window, overlay.css), the panel gives the article back.
  const pick = (heading: HTMLElement) => {
    if (getComputedStyle(panel).position === 'absolute') open(false);
    goTo(heading, scrollerOf());
  };
  // The reader's scroller scrolls, not the page: scroll events do not bubble, but reach the
  // shadow root in the capture phase.
  let frame = 0;
  const onScroll = (event: Event) => {
    const scroller = event.target;
    // The article's scroller only, not the panel's own list.
    if (panel.hidden || frame || !(scroller instanceof Element) || !scroller.contains(body)) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      highlight(scroller);
    });
  };
  ctx.root.addEventListener('scroll', onScroll, { capture: true, passive: true, signal });
  ctx.addTeardown(() => cancelAnimationFrame(frame));
  // Fixed on the bar, beside the text size: from inside "More controls" the drawer would open
  // under that panel.
  ctx.addToolbarItem(toggle, { movable: false });
  ctx.addPanel(panel);
}
