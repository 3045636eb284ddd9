// Read aloud in real Chromium, with the voices this machine really has: with a local voice the
// first block is spoken and outlined and the button offers "Pause"; without one (headless
// Chromium on a server has none) the reader says so and speaks nothing — it never falls back to
// a network voice. The speaking itself is unit-tested against a fake synthesiser.
import { expect, test } from 'vitest';
import { gotoSettled } from './harness/chromium';
import { clickInReader, inReader, openReader } from './harness/reader-chromium';
import { chromiumSuite } from './harness/suite';

const env = chromiumSuite();

test('reads the article with a local voice, or says there is none', async () => {
  const page = await env.chromium.context.newPage();
  await gotoSettled(page, env.server.url('/pages/demo-news.html?listen'));
  const localVoices = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const count = () => speechSynthesis.getVoices().filter((v) => v.localService).length;
        speechSynthesis.addEventListener('voiceschanged', () => resolve(count()), { once: true });
        setTimeout(() => resolve(count()), 1_500);
      }),
  );
  await openReader(env.chromium, page);
  const names = await inReader(page, (root) =>
    [...root.querySelectorAll('.read-aloud button, .read-aloud select')]
      .filter((el) => !(el as HTMLElement).hidden)
      .map((el) => el.getAttribute('aria-label') ?? el.textContent),
  );
  expect(names).toEqual(['Read aloud']);

  await clickInReader(page, 'Read aloud');
  await page.waitForTimeout(1_500); // the voice list may take a moment (the reader waits 1 s)
  const state = await inReader(page, (root) => ({
    speaking: root.querySelectorAll('.cp-speaking').length,
    button: root.querySelector('.read-aloud button')?.textContent,
    status: root.querySelector('[role="status"]')?.textContent,
  }));
  if (localVoices > 0) {
    expect(state.speaking).toBe(1);
    expect(state.button).toBe('Pause');
    await clickInReader(page, 'Stop reading');
  } else {
    expect(state).toEqual({
      speaking: 0,
      button: 'Read aloud',
      status: 'No voice on this computer can read this text',
    });
  }
  await page.close();
});
