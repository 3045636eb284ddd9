// Read aloud against a fake speech synthesiser that records what it is asked to say and lets the
// test end each utterance: blocks in order, captions skipped, the block read is highlighted,
// pause/resume/stop, rate changes, and only voices of this machine.
import { describe, expect, it } from 'vitest';
import {
  createReadAloud,
  localVoice,
  readableBlocks,
  SPEAKING_CLASS,
  type ReadAloudState,
} from '../../src/content/lazy/read-aloud';

type Voice = Pick<SpeechSynthesisVoice, 'lang' | 'localService' | 'default' | 'name'>;
const voice = (lang: string, localService = true, isDefault = false): Voice => ({
  lang,
  localService,
  default: isDefault,
  name: `${lang}${localService ? '' : ' (network)'}`,
});

class FakeUtterance {
  voice: Voice | null = null;
  lang = '';
  rate = 1;
  onend: (() => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  constructor(public text: string) {}
}

class FakeSynth extends EventTarget {
  spoken: FakeUtterance[] = [];
  queue: FakeUtterance[] = [];
  paused = false;
  constructor(public voices: Voice[]) {
    super();
  }
  getVoices() {
    return this.voices;
  }
  speak(u: FakeUtterance) {
    this.spoken.push(u);
    this.queue.push(u);
  }
  cancel() {
    const dropped = this.queue.splice(0);
    for (const u of dropped) u.onerror?.({ error: 'canceled' });
  }
  pause() {
    this.paused = true;
  }
  resume() {
    this.paused = false;
  }
  /** The synthesiser finishes the utterance it is reading. */
  finish() {
    this.queue.shift()?.onend?.();
  }
}

function setup(html: string, voices: Voice[] = [voice('en-US')], lang: string | null = 'en') {
  const body = document.createElement('div');
  body.innerHTML = html;
  const synth = new FakeSynth(voices);
  const states: ReadAloudState[] = [];
  const controller = new AbortController();
  const reader = createReadAloud({
    body,
    lang,
    signal: controller.signal,
    onState: (s) => states.push(s),
    synth: synth as unknown as SpeechSynthesis,
    Utterance: FakeUtterance as unknown as typeof SpeechSynthesisUtterance,
  });
  const highlighted = () =>
    Array.from(body.querySelectorAll(`.${SPEAKING_CLASS}`), (el) => el.textContent);
  return { body, synth, states, reader, controller, highlighted };
}

const STORY =
  '<h2>Floods</h2><p>First paragraph.</p><figure><img alt=""><figcaption>A caption.</figcaption></figure>' +
  '<ul><li><p>Item one</p></li><li>Item two</li></ul><p>  </p><blockquote><p>A quote.</p></blockquote>';

describe('readableBlocks', () => {
  it('takes the outermost text blocks in order and skips captions and empty blocks', () => {
    const body = document.createElement('div');
    body.innerHTML = STORY;
    expect(readableBlocks(body).map((el) => el.textContent)).toEqual([
      'Floods',
      'First paragraph.',
      'Item one',
      'Item two',
      'A quote.',
    ]);
  });
});

describe('readableBlocks with removed parts shown', () => {
  it('skips parts Clearpage removed unless brought back, and their labels', () => {
    const body = document.createElement('div');
    body.innerHTML =
      '<p>Story.</p><div data-clearpage-removed="0" class="cp-removed"><div class="cp-removed-label">Removed: Trending <button>Bring back</button></div><p>Most read today</p></div>' +
      '<div data-clearpage-removed="1" class="cp-removed cp-restored"><p>A caption brought back.</p></div>';
    expect(readableBlocks(body).map((el) => el.textContent)).toEqual([
      'Story.',
      'A caption brought back.',
    ]);
  });
});

describe('localVoice', () => {
  const voices = [
    voice('en-GB', false),
    voice('fr-FR'),
    voice('en-US'),
    voice('de-DE', true, true),
  ];
  it('prefers the exact language, then its base language, among local voices only', () => {
    expect(localVoice(voices as SpeechSynthesisVoice[], 'fr-FR')?.lang).toBe('fr-FR');
    expect(localVoice(voices as SpeechSynthesisVoice[], 'en-GB')?.lang).toBe('en-US');
    expect(localVoice(voices as SpeechSynthesisVoice[], 'ar')).toBeUndefined();
    expect(localVoice(voices as SpeechSynthesisVoice[], null)?.lang).toBe('de-DE');
  });
});

describe('createReadAloud', () => {
  it('reads block after block, highlighting each, then returns to idle', () => {
    const { synth, states, reader, highlighted } = setup(STORY);
    reader.play();
    expect(synth.spoken.map((u) => u.text)).toEqual(['Floods']);
    expect(highlighted()).toEqual(['Floods']);
    for (let i = 0; i < 4; i++) synth.finish();
    expect(synth.spoken.map((u) => u.text)).toEqual([
      'Floods',
      'First paragraph.',
      'Item one',
      'Item two',
      'A quote.',
    ]);
    expect(highlighted()).toEqual(['A quote.']);
    synth.finish();
    expect(highlighted()).toEqual([]);
    expect(states).toEqual(['playing', 'idle']);
    expect(reader.state).toBe('idle');
  });

  it('pauses and resumes the same block, and stop clears the highlight', () => {
    const { synth, states, reader, highlighted } = setup(STORY);
    reader.play();
    synth.finish();
    reader.pause();
    expect(synth.paused).toBe(true);
    reader.play();
    expect(synth.paused).toBe(false);
    expect(synth.spoken).toHaveLength(2);
    reader.stop();
    expect(highlighted()).toEqual([]);
    expect(states).toEqual(['playing', 'paused', 'playing', 'idle']);
    // A late end event from the stopped run does not start the next block.
    synth.spoken[1]?.onend?.();
    expect(synth.spoken).toHaveLength(2);
  });

  it('a new rate restarts a paused block at that rate', () => {
    const { synth, reader } = setup(STORY);
    reader.play();
    reader.pause();
    reader.setRate(1.5);
    expect(synth.spoken.map((u) => [u.text, u.rate])).toEqual([
      ['Floods', 1],
      ['Floods', 1.5],
    ]);
    expect(reader.state).toBe('playing');
  });

  it('uses a local voice of the article language, never a network one', () => {
    const { synth, reader } = setup(
      '<p>Bonjour.</p>',
      [voice('fr-FR', false), voice('fr-CA')],
      'fr',
    );
    reader.play();
    expect(synth.spoken[0]?.voice?.lang).toBe('fr-CA');
  });

  it('says it is unavailable when only network voices can read the language', () => {
    const { synth, states, reader } = setup(
      '<p>مرحبا</p>',
      [voice('ar', false), voice('en-US')],
      'ar',
    );
    reader.play();
    expect(synth.spoken).toEqual([]);
    expect(states).toEqual(['playing', 'unavailable']);
  });

  it('waits for the voice list when the browser has not loaded it yet', () => {
    const { synth, reader } = setup('<p>One.</p>', []);
    reader.play();
    expect(synth.spoken).toEqual([]);
    synth.voices = [voice('en-US')];
    synth.dispatchEvent(new Event('voiceschanged'));
    expect(synth.spoken.map((u) => u.text)).toEqual(['One.']);
  });

  it('stops when the reader closes', () => {
    const { synth, reader, controller } = setup(STORY);
    reader.play();
    controller.abort();
    expect(reader.state).toBe('idle');
    expect(synth.queue).toEqual([]);
  });
});
