/**
 * The reading-progress bar: how far the article has been scrolled, as a thin bar and as a
 * progressbar for assistive technology. Scroll events are passive and coalesced to one update
 * per frame, so scrolling never waits for it.
 */
import { t } from '../shared/i18n';
import { h } from './h';
import { afterFirstFrame } from './first-frame';

export interface Progress {
  bar: HTMLElement;
  /** Re-measures, e.g. after the text size changed the article's height. */
  update(): void;
}

/** Percent of the scrollable height already scrolled past; 100 when nothing scrolls. */
export function scrolledPercent(top: number, scrollHeight: number, clientHeight: number): number {
  const max = scrollHeight - clientHeight;
  if (max <= 0) return 100;
  return Math.round(Math.min(100, Math.max(0, (top / max) * 100)));
}

export function readingProgress(scroller: HTMLElement, signal: AbortSignal): Progress {
  const fill = h('div', { class: 'progress-fill' });
  const bar = h(
    'div',
    {
      class: 'progress',
      role: 'progressbar',
      'aria-label': t('readingProgress'),
      'aria-valuemin': '0',
      'aria-valuemax': '100',
      'aria-valuenow': '0',
    },
    fill,
  );
  // Measuring reads layout: not before the first frame (then once; later, once per frame).
  let ready = false;
  let queued = false;
  const measure = () => {
    queued = false;
    if (signal.aborted) return;
    const { scrollTop, scrollHeight, clientHeight } = scroller;
    const percent = scrolledPercent(scrollTop, scrollHeight, clientHeight);
    bar.setAttribute('aria-valuenow', String(percent));
    fill.style.setProperty('transform', `scaleX(${percent / 100})`);
  };
  const update = () => {
    if (!ready || queued) return;
    queued = true;
    requestAnimationFrame(measure);
  };
  afterFirstFrame(() => ((ready = true), measure()), signal);
  scroller.addEventListener('scroll', update, { passive: true, signal });
  window.addEventListener('resize', update, { passive: true, signal });
  return { bar, update };
}
