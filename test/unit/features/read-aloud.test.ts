// The read-aloud feature: its group on the toolbar, and its engine, a chunk loaded on the first
// press (src/content/chunks.ts): nothing is asked for before it, a load is asked for once, and a
// failed load says so and is tried again on the next press. With a fake speechSynthesis: the
// voice picker (local voices only, the article's language first, remembered per language),
// skipping, speed at once and the sentence marked. The engine itself is tested in
// test/unit/read-aloud.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';
import { makeArticle } from '../support/article';
import { stubChunkLoader, type ChunkLoader } from '../support/chunk-loader';
import { FakeSynth, FakeUtterance, voice } from '../support/fake-speech';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings-schema';

let fake: FakeBrowser;
vi.mock('../../../src/shared/browser', () => ({
  get default() {
    return fake;
  },
}));

let loader: ChunkLoader;
const controllers: AbortController[] = [];

beforeEach(async () => {
  fake = createFakeBrowser();
  vi.resetModules();
  loader = await stubChunkLoader();
});
afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
});

const FAILED = 'Could not load this control. Try again.';
const NO_VOICE = 'No voice on this computer can read this text';

async function mount(
  article: ReturnType<typeof makeArticle> | null = makeArticle('<p>One.</p><p>Two.</p>'),
) {
  const { mountFeature } = await import('../support/feature');
  const mounted = mountFeature('read-aloud', { article });
  controllers.push(mounted.controller);
  const group = mounted.root.querySelector<HTMLElement>('.read-aloud');
  return { ...mounted, group, play: group?.querySelector('button') ?? null };
}

describe('read-aloud', () => {
  it('is a labelled, movable group: "Read aloud", then Stop, skip, speed and voice, shown only while reading', async () => {
    const { group, items } = await mount();
    expect(items.map((i) => [i.el, i.movable])).toEqual([[group, true]]);
    expect(group!.getAttribute('role')).toBe('group');
    expect(group!.getAttribute('aria-label')).toBe('Read aloud');
    const [play, stop, previous, next] = group!.querySelectorAll('button');
    const [rate, voice] = group!.querySelectorAll('select');
    expect(play!.textContent).toBe('Read aloud');
    expect(stop!.getAttribute('aria-label')).toBe('Stop reading');
    expect(previous!.getAttribute('aria-label')).toBe('Previous paragraph');
    expect(next!.getAttribute('aria-label')).toBe('Next paragraph');
    expect(rate!.getAttribute('aria-label')).toBe('Reading speed');
    expect(voice!.getAttribute('aria-label')).toBe('Voice');
    expect([...rate!.options].map((o) => o.value)).toEqual(['0.75', '1', '1.25', '1.5', '2']);
    expect(rate!.value).toBe('1');
    expect([stop, previous, next, rate, voice].map((el) => el!.hidden)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    // Its classes carry its id.
    for (const el of group!.querySelectorAll(':scope > [class]'))
      expect(el.getAttribute('class')).toMatch(/(^| )read-aloud-/);
  });

  it('loads its engine on the first press only (jsdom has no voice: it says so)', async () => {
    const { play, announce } = await mount();
    expect(loader.asked).toEqual([]);
    play!.click();
    await vi.waitFor(() => expect(announce).toHaveBeenCalledWith(expect.stringMatching(/voice/)));
    play!.click();
    await vi.waitFor(() => expect(announce).toHaveBeenCalledTimes(2));
    expect(loader.asked).toEqual(['read-aloud']);
  });

  it('says so when the engine cannot be loaded, and tries again on the next press', async () => {
    loader.allow = false;
    const { play, announce } = await mount();
    play!.click();
    await vi.waitFor(() => expect(announce).toHaveBeenCalledWith(FAILED));
    loader.allow = true;
    play!.click();
    await vi.waitFor(() => expect(loader.asked).toEqual(['read-aloud', 'read-aloud']));
  });

  it('stays out without an article', async () => {
    const { items, group } = await mount(null);
    expect([items, group]).toEqual([[], null]);
  });
});

describe('read-aloud with this computer’s voices (a fake speechSynthesis)', () => {
  let synth: FakeSynth;
  beforeEach(() => {
    synth = new FakeSynth([
      voice('de-DE', true, true, 'Anna'),
      voice('fr-FR', true, false, 'Thomas'),
      voice('fr-FR', false, false, 'Cloud'),
      voice('fr-CA', true, false, 'Amélie'),
    ]);
    vi.stubGlobal('speechSynthesis', synth);
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  });
  afterEach(() => vi.unstubAllGlobals());

  const french = () => makeArticle('<p>Un. Deux.</p><p>Trois.</p>', { lang: 'fr-FR' });
  const controlsOf = (group: HTMLElement) => {
    const [play, stop, previous, next] = group.querySelectorAll('button');
    const [rate, picker] = group.querySelectorAll('select');
    return {
      play: play!,
      stop: stop!,
      previous: previous!,
      next: next!,
      rate: rate!,
      picker: picker!,
    };
  };

  it('lists only local voices, the article’s language first, and reads with the first of them', async () => {
    const { group } = await mount(french());
    const c = controlsOf(group!);
    c.play.click();
    await vi.waitFor(() => expect(synth.spoken).toHaveLength(1));
    expect([...c.picker.options].map((o) => o.textContent)).toEqual([
      'Thomas (fr-FR)',
      'Amélie (fr-CA)',
      'Anna (de-DE)',
    ]);
    expect(c.picker.value).toBe('uri:Thomas');
    expect(synth.spoken[0]!.voice?.name).toBe('Thomas');
    expect([c.picker.hidden, c.stop.hidden, c.next.hidden]).toEqual([false, false, false]);
    // The sentence read is marked in the article.
    expect(group!.getRootNode()).toBeInstanceOf(ShadowRoot);
    const root = group!.getRootNode() as ShadowRoot;
    expect(root.querySelector('.body mark.cp-sentence')?.textContent).toBe('Un.');
  });

  it('remembers the voice chosen for the article’s language and reads with it at once', async () => {
    const { group, store, storedAfterUpdates } = await mount(french());
    const c = controlsOf(group!);
    c.play.click();
    await vi.waitFor(() => expect(synth.spoken).toHaveLength(1));
    c.picker.value = 'uri:Amélie';
    c.picker.dispatchEvent(new Event('change'));
    expect(store.update).toHaveBeenCalledTimes(1);
    expect(storedAfterUpdates().readAloudVoices).toEqual({ fr: 'uri:Amélie' });
    expect(synth.spoken.map((u) => [u.text, u.voice?.name])).toEqual([
      ['Un.', 'Thomas'],
      ['Un.', 'Amélie'],
    ]);
  });

  it('starts with the voice remembered for the language', async () => {
    const { mountFeature } = await import('../support/feature');
    const settings = { ...DEFAULT_SETTINGS, readAloudVoices: { fr: 'uri:Amélie', en: 'uri:x' } };
    const mounted = mountFeature('read-aloud', { article: french(), settings });
    controllers.push(mounted.controller);
    mounted.root.querySelector<HTMLButtonElement>('.read-aloud-play')!.click();
    await vi.waitFor(() => expect(synth.spoken).toHaveLength(1));
    expect(synth.spoken[0]!.voice?.name).toBe('Amélie');
    expect(mounted.root.querySelector<HTMLSelectElement>('.read-aloud-voice')!.value).toBe(
      'uri:Amélie',
    );
  });

  it('skips by paragraph with its buttons, and a new speed takes effect at once', async () => {
    const { group, root } = await mount(french());
    const c = controlsOf(group!);
    c.play.click();
    await vi.waitFor(() => expect(synth.spoken).toHaveLength(1));
    c.next.click();
    expect(synth.said().at(-1)).toBe('Trois.');
    expect(root.querySelector('.cp-speaking')?.textContent).toBe('Trois.');
    c.previous.click();
    expect(synth.said().at(-1)).toBe('Un.');
    c.rate.value = '2';
    c.rate.dispatchEvent(new Event('change'));
    expect(synth.spoken.at(-1)!.rate).toBe(2);
    expect(synth.said().at(-1)).toBe('Un.');
    c.stop.click();
    expect(root.querySelectorAll('mark, .cp-speaking')).toHaveLength(0);
    expect([c.stop.hidden, c.picker.hidden, c.play.textContent]).toEqual([
      true,
      true,
      'Read aloud',
    ]);
  });

  it('without a local voice the picker stays hidden and the reader says there is none', async () => {
    synth.voices = [voice('fr-FR', false, false, 'Cloud')];
    const { group, announce } = await mount(french());
    const c = controlsOf(group!);
    c.play.click();
    await vi.waitFor(() => expect(announce).toHaveBeenCalledWith(NO_VOICE));
    expect(synth.spoken).toEqual([]);
    expect([c.picker.hidden, c.picker.options.length]).toEqual([true, 0]);
  });

  it('with local voices of other languages only, says so and offers them', async () => {
    synth.voices = [voice('de-DE', true, true, 'Anna')];
    const { group, announce } = await mount(french());
    const c = controlsOf(group!);
    c.play.click();
    await vi.waitFor(() => expect(announce).toHaveBeenCalledWith(NO_VOICE));
    expect([c.picker.hidden, c.picker.value]).toEqual([false, '']);
    c.picker.value = 'uri:Anna';
    c.picker.dispatchEvent(new Event('change'));
    expect(synth.spoken.map((u) => u.voice?.name)).toEqual(['Anna']);
  });
});
