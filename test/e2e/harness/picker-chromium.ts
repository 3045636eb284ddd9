// Driving "Pick the article" (src/content/lazy/picker.ts) in Chromium: the picker's host is a
// <div data-clearpage-picker> under <html> with a closed shadow root, reached as the reader's is
// (reader-chromium.ts, through CDP).
import type { Page } from 'playwright-core';
import { inReader, inShadowHost } from './reader-chromium';

export const PICKER_ATTR = 'data-clearpage-picker';

/** How many picker hosts hang off <html>. */
export function pickerCount(page: Page): Promise<number> {
  return page.evaluate(
    (attr) => document.documentElement.querySelectorAll(`:scope > div[${attr}]`).length,
    PICKER_ATTR,
  );
}

export async function waitForPicker(page: Page, shown = true): Promise<void> {
  await page.waitForFunction(
    ([attr, want]) => !!document.querySelector(`html > div[${attr}]`) === want,
    [PICKER_ATTR, shown] as const,
    { timeout: 5_000 },
  );
}

export function inPicker<T, A = undefined>(
  page: Page,
  fn: (root: ShadowRoot, arg: A) => T | Promise<T>,
  arg?: A,
): Promise<T> {
  return inShadowHost(page, PICKER_ATTR, fn, arg);
}

export interface Outline {
  shown: boolean;
  label: string;
  /** What the live region last said (keyboard moves). */
  said: string;
  box: { x: number; y: number; width: number; height: number };
}

export function outline(page: Page): Promise<Outline> {
  return inPicker(page, (root) => {
    const box = root.querySelector<HTMLElement>('.box')!;
    const r = box.getBoundingClientRect();
    return {
      shown: !box.hidden && r.width > 0,
      label: root.querySelector('.size')?.textContent ?? '',
      said: root.querySelector('.current')?.textContent ?? '',
      box: { x: r.x, y: r.y, width: r.width, height: r.height },
    };
  });
}

/** The page element's box, as the page lays it out. */
export function boxOf(page: Page, selector: string) {
  return page.evaluate((s) => {
    const r = document.querySelector(s)!.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, selector);
}

/**
 * A real click on the reader's "Pick the article" button: on the toolbar, or in "More controls"
 * when the toolbar is too narrow for it, or (`onScreen`) the one on the "no article" screen.
 */
export async function pressPick(page: Page, onScreen = false): Promise<void> {
  const find = (root: ShadowRoot, screen: boolean) => {
    const button = root.querySelector<HTMLElement>(
      screen ? '.empty .pick-article' : '.toolbar .pick-article, .overflow-panel .pick-article',
    );
    if (!button || !button.checkVisibility()) return null;
    const r = button.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  };
  let at = await inReader(page, find, onScreen);
  if (!at) {
    await inReader(page, (root) => root.querySelector<HTMLElement>('button.overflow')?.click());
    at = await inReader(page, find, onScreen);
  }
  if (!at) throw new Error('no visible "Pick the article" button in the reader');
  await page.mouse.click(at.x, at.y);
}

/** The page's markup and a few computed styles, to compare before and after. */
export function pageState(page: Page) {
  return page.evaluate(() => {
    const props = ['outline', 'cursor', 'background-color', 'display', 'position', 'opacity'];
    const styles = ['body', 'main', '#story', '#story p', 'a', 'h2'].map((s) => {
      const el = document.querySelector(s);
      if (!el) return null;
      const cs = getComputedStyle(el);
      return props.map((p) => cs.getPropertyValue(p));
    });
    return { html: document.documentElement.outerHTML, styles };
  });
}
