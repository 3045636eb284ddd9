// "Show removed" in real Chromium: the chrome Clearpage took out of the demo story comes back
// dimmed and labelled where it was; one part can be brought back for this reading; hiding the
// rest again keeps that one, which is offered to be kept for the site; the view stays free of
// accessibility violations.
import { expect, test } from 'vitest';
import { axeReader } from './harness/axe';
import { gotoSettled } from './harness/chromium';
import { DEMO_EXPECTED } from './harness/expected';
import { clickInReader, inReader, openReader } from './harness/reader-chromium';
import { chromiumSuite } from './harness/suite';

const env = chromiumSuite();

interface RemovedState {
  button: string | null;
  pressed: string | null;
  parts: { label: string; hidden: boolean; restored: boolean; text: string; keep: boolean }[];
  visibleText: string;
}

function removedState(root: ShadowRoot): RemovedState {
  const button = root.querySelector('button.show-removed');
  const parts = [...root.querySelectorAll<HTMLElement>('[data-clearpage-removed]')];
  return {
    button: button?.textContent ?? null,
    pressed: button?.getAttribute('aria-pressed') ?? null,
    parts: parts.map((p) => ({
      label: p.querySelector('.cp-removed-label span')?.textContent ?? '',
      hidden: p.hidden,
      restored: p.classList.contains('cp-restored'),
      // The part's own text, without the reader's controls inside it ("Keep for this site").
      text: (() => {
        const copy = p.cloneNode(true) as HTMLElement;
        for (const ui of copy.querySelectorAll('.cp-reader-ui')) ui.remove();
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      })(),
      keep: !!p.querySelector('button.cp-keep-for-site'),
    })),
    visibleText: (root.querySelector('article') as HTMLElement).innerText,
  };
}

test('shows the removed parts dimmed in place, brings one back, hides the rest again', async () => {
  const page = await env.chromium.context.newPage();
  await gotoSettled(page, env.server.url('/pages/demo-news.html?removed'));
  await openReader(env.chromium, page);
  const chrome = DEMO_EXPECTED.mustNotContain;

  const before = await inReader(page, removedState);
  expect(before.button).toMatch(/^Show removed \(\d+\)$/);
  expect(before.pressed).toBe('false');
  expect(before.parts).toEqual([]);
  for (const text of chrome) expect(before.visibleText).not.toContain(text);

  await clickInReader(page, before.button!);
  const shown = await inReader(page, removedState);
  expect(shown.pressed).toBe('true');
  const count = Number(/\((\d+)\)/.exec(before.button!)![1]);
  expect(shown.parts).toHaveLength(count);
  for (const part of shown.parts) {
    expect(part.label).toMatch(/^Removed: \S/);
    expect(part.hidden).toBe(false);
  }
  // The chrome is back on screen, in place; the article's own paragraphs are all still there.
  expect(chrome.some((text) => shown.visibleText.includes(text))).toBe(true);
  for (const p of DEMO_EXPECTED.paragraphs) expect(shown.visibleText).toContain(p.slice(0, 40));
  expect(await axeReader(page, env.chromium.context)).toEqual([]);

  await clickInReader(page, 'Bring back');
  await clickInReader(page, before.button!);
  const after = await inReader(page, removedState);
  expect(after.pressed).toBe('false');
  const restored = after.parts.filter((p) => p.restored);
  expect(restored).toHaveLength(1);
  expect(restored[0]!.hidden).toBe(false);
  expect(restored[0]!.label).toBe(''); // no longer labelled as removed
  expect(restored[0]!.keep).toBe(true); // "Keep for this site" offered (issue 11, item 3)
  expect(after.parts.filter((p) => !p.restored).every((p) => p.hidden)).toBe(true);
  expect(after.visibleText).toContain(restored[0]!.text.slice(0, 30));
  await page.close();
});

// Hidden parts of the toolbar stay hidden whatever display their own style gives them.
test('the "More formats" menu is closed until asked, then open', async () => {
  const page = await env.chromium.context.newPage();
  await gotoSettled(page, env.server.url('/pages/demo-news.html?menu'));
  await openReader(env.chromium, page);
  const menuDisplay = () =>
    inReader(page, (root) => getComputedStyle(root.querySelector('[role="menu"]')!).display);
  expect(await menuDisplay()).toBe('none');
  await clickInReader(page, 'More formats');
  expect(await menuDisplay()).not.toBe('none');
  await page.close();
});
