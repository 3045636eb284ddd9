// Hostile pages in real Chromium. One whose stylesheet attacks the overlay (all: unset,
// display: none on everything, a max-z-index cover, an inverting filter on <html>, a tiny root
// font size, variable overrides): the reader stays visible, on top and styled as designed.
// One whose scripts rewrite built-ins (attachShadow, appendChild, JSON, Array, …): the reader
// works and never calls the page's versions.
import { expect, test } from 'vitest';
import { gotoSettled } from './harness/chromium';
import { inReader, openReader } from './harness/reader-chromium';
import { chromiumSuite } from './harness/suite';

const env = chromiumSuite();

test('page CSS cannot hide, cover, invert or restyle the reader', async () => {
  const page = await env.chromium.context.newPage();
  await page.setViewportSize({ width: 1000, height: 700 });
  await gotoSettled(page, env.server.url('/pages/hostile-css.html'));
  await openReader(env.chromium, page);

  const view = await inReader(page, (root) => {
    const p = root.querySelector('.body p')!;
    const style = getComputedStyle(p);
    const dialog = getComputedStyle(root.querySelector('[role="dialog"]')!);
    const host = (root as ShadowRoot).host;
    const box = host.getBoundingClientRect();
    return {
      fontSize: style.fontSize,
      color: style.color,
      display: style.display,
      background: dialog.backgroundColor,
      hostDisplay: getComputedStyle(host).display,
      box: [box.left, box.top, box.width, box.height],
      text: p.textContent?.replace(/\s+/g, ' '),
    };
  });
  expect(view.text).toContain('tide tables on a single sheet of card');
  expect(view.hostDisplay).toBe('block');
  expect(view.display).toBe('block');
  expect(view.fontSize).toBe('20px');
  expect(view.background).toBe('rgb(251, 250, 247)');
  expect(view.box).toEqual([0, 0, 1000, 700]);

  // On top of the max-z-index cover: the element painted at the centre is the reader's host.
  const topmost = await page.evaluate(() =>
    document.elementFromPoint(500, 350)?.hasAttribute('data-clearpage-reader'),
  );
  expect(topmost).toBe(true);

  // Not inverted: the reader's background, as painted, is still its light paper colour.
  const shot = await page.screenshot({ clip: { x: 5, y: 690, width: 1, height: 1 } });
  const { PNG } = await import('./harness/png');
  const [r, g, b] = PNG.firstPixel(shot);
  expect(r).toBeGreaterThan(230);
  expect(g).toBeGreaterThan(230);
  expect(b).toBeGreaterThan(230);
});

test('page scripts that rewrite built-ins neither break the reader nor see it', async () => {
  const page = await env.chromium.context.newPage();
  await gotoSettled(page, env.server.url('/pages/hostile-builtins.html'));
  await openReader(env.chromium, page);
  const text = await inReader(page, (root) => root.querySelector('.body')?.textContent ?? '');
  expect(text).toContain('The night ferry to the islands');
  expect(await page.evaluate(() => (window as unknown as { __hooked: string[] }).__hooked)).toEqual(
    [],
  );
  await page.keyboard.press('Escape');
  await expect
    .poll(() => page.evaluate(() => document.querySelector('[data-clearpage-reader]')))
    .toBe(null);
  expect(await page.evaluate(() => (window as unknown as { __hooked: string[] }).__hooked)).toEqual(
    [],
  );
});
