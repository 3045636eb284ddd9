// Read aloud against a fake speech synthesiser that records what it is asked to say and lets the
// test end each utterance: blocks in order, sentence by sentence, captions skipped, the block and
// the sentence read are highlighted, pause/resume/stop, skipping, speed and voice changes at
// once, and only voices of this machine, the article's language first.
import { describe, expect, it } from 'vitest';
import {
  createReadAloud,
  localVoice,
  readableBlocks,
  SENTENCE_CLASS,
  SPEAKING_CLASS,
  voiceChoices,
  type ReadAloudState,
  type VoiceChoice,
} from '../../src/content/lazy/read-aloud';
import { markSentence, sentences } from '../../src/content/lazy/sentences';
import { FakeSynth, FakeUtterance, voice, type Voice } from './support/fake-speech';

function setup(
  html: string,
  voices: Voice[] = [voice('en-US')],
  lang: string | null = 'en',
  chosen: string | null = null,
) {
  const body = document.createElement('div');
  body.innerHTML = html;
  const synth = new FakeSynth(voices);
  const states: ReadAloudState[] = [];
  const lists: [VoiceChoice[], string | null][] = [];
  const controller = new AbortController();
  const reader = createReadAloud({
    body,
    lang,
    voice: chosen,
    signal: controller.signal,
    onState: (s) => states.push(s),
    onVoices: (list, current) => lists.push([list, current]),
    synth: synth as unknown as SpeechSynthesis,
    Utterance: FakeUtterance as unknown as typeof SpeechSynthesisUtterance,
  });
  const highlighted = () =>
    Array.from(body.querySelectorAll(`.${SPEAKING_CLASS}`), (el) => el.textContent);
  const sentence = () =>
    Array.from(body.querySelectorAll(`mark.${SENTENCE_CLASS}`), (el) => el.textContent).join('');
  return { body, synth, states, lists, reader, controller, highlighted, sentence };
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

const ESSAY =
  '<p>The wall is <a href="#">six metres</a> high. It was built in 1953!  Will it hold?</p>' +
  '<p>Second block.</p><p>Third block.</p>';

describe('sentences', () => {
  it('cuts a block into its sentences, with their place in its text', () => {
    const text = 'The wall is six metres high. It was built in 1953!  Will it hold?';
    const found = sentences(text, 'en');
    expect(found.map((s) => s.text)).toEqual([
      'The wall is six metres high.',
      'It was built in 1953!',
      'Will it hold?',
    ]);
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('marks one sentence across the block’s elements and unmarks it, leaving the text as it was', () => {
    const block = document.createElement('p');
    block.innerHTML = 'The wall is <a href="#">six metres</a> high. It was built.';
    const before = block.innerHTML;
    const unmark = markSentence(block, 0, 28);
    const marks = [...block.querySelectorAll(`mark.${SENTENCE_CLASS}`)];
    expect(marks.map((m) => m.textContent)).toEqual(['The wall is ', 'six metres', ' high.']);
    expect(block.textContent).toBe('The wall is six metres high. It was built.');
    unmark();
    expect(block.innerHTML).toBe(before);
    expect(block.childNodes).toHaveLength(3);
  });
});

describe('voices', () => {
  const voices = [
    voice('de-DE', true, true),
    voice('fr-CA'),
    voice('en-GB', false),
    voice('fr-FR'),
    voice('en-US'),
    voice('fr', false),
  ] as SpeechSynthesisVoice[];

  it('lists this computer’s voices only, the article’s language first (exact tag first)', () => {
    expect(voiceChoices(voices, 'fr-FR').map((v) => [v.lang, v.forArticle])).toEqual([
      ['fr-FR', true],
      ['fr-CA', true],
      ['de-DE', false],
      ['en-US', false],
    ]);
    expect(voiceChoices(voices, null).every((v) => !v.forArticle)).toBe(true);
  });

  it('uses the chosen voice while this computer has it, never a network one', () => {
    expect(localVoice(voices, 'fr', 'uri:en-US')?.lang).toBe('en-US');
    expect(localVoice(voices, 'fr', 'uri:gone')?.lang).toBe('fr-CA');
    expect(localVoice(voices, 'en', 'uri:en-GB (network)')?.lang).toBe('en-US');
  });
});

describe('createReadAloud, sentence by sentence', () => {
  it('reads each sentence in turn, marking it in the article, and clears the mark on stop', () => {
    const { synth, reader, sentence, highlighted, body } = setup(ESSAY);
    const original = body.innerHTML;
    reader.play();
    expect(synth.said()).toEqual(['The wall is six metres high.']);
    expect(sentence()).toBe('The wall is six metres high.');
    synth.finish();
    expect(sentence()).toBe('It was built in 1953!');
    synth.finish();
    synth.finish();
    expect(synth.said().at(-1)).toBe('Second block.');
    expect([highlighted(), sentence()]).toEqual([['Second block.'], 'Second block.']);
    reader.stop();
    expect([highlighted(), sentence()]).toEqual([[], '']);
    expect(body.innerHTML).toBe(original);
  });

  it('a new speed restarts the sentence being read at once, at that speed', () => {
    const { synth, reader } = setup(ESSAY);
    reader.play();
    synth.finish();
    reader.setRate(1.5);
    expect(synth.spoken.map((u) => [u.text, u.rate])).toEqual([
      ['The wall is six metres high.', 1],
      ['It was built in 1953!', 1],
      ['It was built in 1953!', 1.5],
    ]);
    // The cancelled utterance's late end does not move the reading on.
    synth.spoken[1]!.onend?.();
    expect(synth.spoken).toHaveLength(3);
    // The same speed again changes nothing.
    reader.setRate(1.5);
    expect(synth.spoken).toHaveLength(3);
  });

  it('skips forward and back by block, and past the last one it stops', () => {
    const { synth, reader, highlighted, states } = setup(ESSAY);
    reader.play();
    reader.skip(1);
    expect(synth.said().at(-1)).toBe('Second block.');
    reader.skip(1);
    expect(highlighted()).toEqual(['Third block.']);
    reader.skip(-1);
    reader.skip(-1);
    reader.skip(-1);
    expect(synth.said().at(-1)).toBe('The wall is six metres high.');
    reader.pause();
    reader.skip(1);
    expect([reader.state, synth.paused, synth.said().at(-1)]).toEqual([
      'playing',
      false,
      'Second block.',
    ]);
    reader.skip(1);
    reader.skip(1);
    expect(reader.state).toBe('idle');
    expect(highlighted()).toEqual([]);
    expect(states.at(-1)).toBe('idle');
    // Not reading: skipping does nothing.
    reader.skip(1);
    expect(reader.state).toBe('idle');
  });

  it('reads with the voice remembered for the language, and a new voice takes over at once', () => {
    const voices = [voice('en-US'), voice('en-GB', true, false, 'Kate'), voice('fr-FR')];
    const { synth, reader, lists } = setup(ESSAY, voices, 'en', 'uri:Kate');
    expect(lists.at(-1)).toEqual([
      [
        { uri: 'uri:Kate', name: 'Kate', lang: 'en-GB', forArticle: true },
        { uri: 'uri:en-US', name: 'en-US', lang: 'en-US', forArticle: true },
        { uri: 'uri:fr-FR', name: 'fr-FR', lang: 'fr-FR', forArticle: false },
      ],
      'uri:Kate',
    ]);
    reader.play();
    expect(synth.spoken[0]!.voice?.name).toBe('Kate');
    reader.setVoice('uri:en-US');
    expect(synth.spoken.map((u) => [u.text, u.voice?.name])).toEqual([
      ['The wall is six metres high.', 'Kate'],
      ['The wall is six metres high.', 'en-US'],
    ]);
    expect(lists.at(-1)![1]).toBe('uri:en-US');
  });

  it('with no voice of this computer at all, lists none and says it is unavailable', () => {
    const { synth, reader, lists, states } = setup(ESSAY, [voice('en-US', false)]);
    reader.play();
    expect(synth.spoken).toEqual([]);
    expect(states).toEqual(['playing', 'unavailable']);
    expect(lists.at(-1)).toEqual([[], null]);
  });
});
