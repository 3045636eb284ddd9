// Read aloud in real Chromium. First with the voices this machine really has: with a local voice
// the first sentence is spoken and marked and the button offers "Pause"; without one (headless
// Chromium on a server has none) the reader says so, speaks nothing and shows no voice picker —
// it never falls back to a network voice. Then with a fake speechSynthesis put into the content
// script's own (isolated) world through CDP — the page cannot do that, and the reader reads
// `speechSynthesis` there — with local and network voices: the picker lists the local ones only,
// the article's language first; the sentence read is marked inside the reader and the page's
// CSS.highlights stays empty; skip, a new speed and a new voice act at once; the voice chosen
// is stored for the language and used the next time; stop clears the marks and closing leaves
// the page as it was.
import { expect, test } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { gotoSettled, serviceWorker } from './harness/chromium';
import { clickInReader, hostCount, inReader, openReader } from './harness/reader-chromium';
import { chromiumSuite } from './harness/suite';

const env = chromiumSuite();
let visits = 0;

const NO_VOICE = 'No voice on this computer can read this text';

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
  const shown = () =>
    inReader(page, (root) =>
      [...root.querySelectorAll('.read-aloud button, .read-aloud select')]
        .filter((el) => !(el as HTMLElement).hidden)
        .map((el) => el.getAttribute('aria-label') ?? el.textContent),
    );
  expect(await shown()).toEqual(['Read aloud']);

  await clickInReader(page, 'Read aloud');
  await page.waitForTimeout(1_500); // the voice list may take a moment (the reader waits 1 s)
  const state = await inReader(page, (root) => ({
    speaking: root.querySelectorAll('.cp-speaking').length,
    sentence: root.querySelectorAll('mark.cp-sentence').length,
    button: root.querySelector('.read-aloud button')?.textContent,
    status: root.querySelector('[role="status"]')?.textContent,
    picker: [...root.querySelectorAll<HTMLOptionElement>('.read-aloud-voice option')].length,
  }));
  if (localVoices > 0) {
    expect(state).toMatchObject({ speaking: 1, button: 'Pause' });
    expect(state.sentence).toBeGreaterThan(0);
    expect(state.picker).toBe(localVoices);
    await clickInReader(page, 'Stop reading');
  } else {
    expect(state).toEqual({
      speaking: 0,
      sentence: 0,
      button: 'Read aloud',
      status: NO_VOICE,
      picker: 0,
    });
    // No picker, no skip, no stop: only "Read aloud" is left.
    expect(await shown()).toEqual(['Read aloud']);
  }
  await page.close();
});

/** The content script's isolated world in `page`, through CDP (Runtime.enable lists it). */
async function contentWorld(page: Page): Promise<{ cdp: CDPSession; id: number }> {
  const cdp = await page.context().newCDPSession(page);
  const origin = `chrome-extension://${env.chromium.extensionId}`;
  const found = new Promise<number>((resolve) =>
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { type?: string; isDefault?: boolean } | undefined;
      if (aux?.type === 'isolated' && context.origin === origin) resolve(context.id);
    }),
  );
  await cdp.send('Runtime.enable');
  return { cdp, id: await found };
}

async function inWorld<T>(world: { cdp: CDPSession; id: number }, expression: string) {
  const { result, exceptionDetails } = await world.cdp.send('Runtime.evaluate', {
    contextId: world.id,
    expression,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description);
  return result.value as T;
}

/** A speech synthesiser that records what it is asked to say, with these voices. */
const FAKE_SPEECH = `(() => {
  const voice = (name, lang, localService, isDefault = false) =>
    ({ name, lang, localService, default: isDefault, voiceURI: 'uri:' + name });
  const voices = [
    voice('Cloud', 'en-US', false),
    voice('Anna', 'de-DE', true, true),
    voice('Samantha', 'en-US', true),
    voice('Daniel', 'en-GB', true),
  ];
  class Synth extends EventTarget {
    spoken = [];
    paused = false;
    getVoices() { return voices; }
    speak(u) { this.spoken.push({ text: u.text, voice: u.voice?.name, rate: u.rate }); }
    cancel() {}
    pause() { this.paused = true; }
    resume() { this.paused = false; }
  }
  class Utterance { constructor(text) { this.text = text; } }
  const synth = new Synth();
  Object.defineProperty(globalThis, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(globalThis, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  globalThis.fakeSpeech = synth;
  return true;
})()`;

const spoken = (world: { cdp: CDPSession; id: number }) =>
  inWorld<{ text: string; voice: string; rate: number }[]>(world, 'fakeSpeech.spoken');

function readAloudState(root: ShadowRoot) {
  const picker = root.querySelector<HTMLSelectElement>('.read-aloud-voice')!;
  return {
    shown: [...root.querySelectorAll<HTMLElement>('.read-aloud > *')]
      .filter((el) => !el.hidden)
      .map((el) => el.getAttribute('aria-label') ?? el.textContent),
    voices: [...picker.options].map((o) => o.textContent),
    voice: picker.value,
    marked: [...root.querySelectorAll('.body mark.cp-sentence')].map((m) => m.textContent).join(''),
    speaking: root.querySelector('.body .cp-speaking')?.textContent?.slice(0, 30) ?? null,
  };
}

async function openWithFakeVoices(): Promise<{
  page: Page;
  world: { cdp: CDPSession; id: number };
  before: string;
}> {
  const page = await env.chromium.context.newPage();
  await page.setViewportSize({ width: 1400, height: 700 }); // every control on the bar
  await gotoSettled(page, env.server.url(`/pages/demo-news.html?voices=${++visits}`));
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  await openReader(env.chromium, page);
  const world = await contentWorld(page);
  expect(await inWorld(world, FAKE_SPEECH)).toBe(true);
  return { page, world, before };
}

test('with a fake synthesiser: the picker, the marked sentence, skip, speed and voice at once, remembered', async () => {
  await serviceWorker(env.chromium).evaluate(() => chrome.storage.sync.remove('settings'));
  const { page, world, before } = await openWithFakeVoices();
  await clickInReader(page, 'Read aloud');
  await expect.poll(() => spoken(world).then((s) => s.length)).toBe(1);
  const reading = await inReader(page, readAloudState);
  expect(reading.shown).toEqual([
    'Pause',
    'Stop reading',
    'Previous paragraph',
    'Next paragraph',
    'Reading speed',
    'Voice',
  ]);
  // Local voices only, the article's language (en) first.
  expect(reading.voices).toEqual(['Daniel (en-GB)', 'Samantha (en-US)', 'Anna (de-DE)']);
  expect(reading.voice).toBe('uri:Daniel');
  const first = (await spoken(world))[0]!;
  expect(first.voice).toBe('Daniel');
  // The sentence said is the sentence marked, in the reader; the page's highlight registry
  // never hears of it.
  expect(reading.marked).toBe(first.text);
  expect(reading.speaking!.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);

  await clickInReader(page, 'Next paragraph');
  const afterSkip = await inReader(page, readAloudState);
  expect(afterSkip.speaking).not.toBe(reading.speaking);
  expect((await spoken(world)).at(-1)!.text).toBe(afterSkip.marked);

  await inReader(page, (root) => {
    const rate = root.querySelector<HTMLSelectElement>('.read-aloud-rate')!;
    rate.value = '1.5';
    rate.dispatchEvent(new Event('change'));
  });
  expect((await spoken(world)).at(-1)).toMatchObject({ text: afterSkip.marked, rate: 1.5 });

  await inReader(page, (root) => {
    const picker = root.querySelector<HTMLSelectElement>('.read-aloud-voice')!;
    picker.value = 'uri:Samantha';
    picker.dispatchEvent(new Event('change'));
  });
  expect((await spoken(world)).at(-1)).toMatchObject({ text: afterSkip.marked, voice: 'Samantha' });
  const stored = () =>
    serviceWorker(env.chromium).evaluate(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      return (settings as { readAloudVoices?: unknown } | undefined)?.readAloudVoices;
    });
  await expect.poll(stored).toEqual({ en: 'uri:Samantha' });

  await clickInReader(page, 'Stop reading');
  expect(await inReader(page, readAloudState)).toMatchObject({
    shown: ['Read aloud'],
    marked: '',
    speaking: null,
  });
  await page.keyboard.press('Escape');
  expect(await hostCount(page)).toBe(0);
  expect((await page.evaluate(() => document.documentElement.outerHTML)) === before).toBe(true);
  await page.close();

  // The next reading in English starts with the voice chosen.
  const next = await openWithFakeVoices();
  await clickInReader(next.page, 'Read aloud');
  await expect.poll(() => spoken(next.world).then((s) => s[0]?.voice)).toBe('Samantha');
  expect((await inReader(next.page, readAloudState)).voice).toBe('uri:Samantha');
  await next.page.close();
});
