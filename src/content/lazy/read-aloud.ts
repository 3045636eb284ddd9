/**
 * chunks/read-aloud.js, loaded on the first press of "Read aloud" (../features/read-aloud.ts).
 *
 * Read aloud: the article spoken sentence by sentence with the browser's own speech synthesis,
 * the block being read outlined and kept in view and the sentence being read marked
 * (sentences.ts). Only voices that run on this machine are used (voices.ts), so no text leaves
 * the computer for a network voice. One utterance per sentence keeps Chromium from cutting long
 * utterances off after ~15 s (https://crbug.com/679437), and lets play/pause/stop, skipping, a
 * new speed and a new voice act at once: the sentence being read starts again with them.
 * createReadAloud is one closure, longer than most functions here, because every control acts
 * on the same state: where the reading is, the run its utterances belong to, and the marks.
 */

import { REMOVED_MARKER } from '../../core/article';
import { registerChunk } from '../chunk-slot';
import { markSentence, sentences, type Sentence } from './sentences';
import { localVoice, voiceChoices, type VoiceChoice } from './voices';

export { localVoice, localVoices, voiceChoices, type VoiceChoice } from './voices';
export { SENTENCE_CLASS } from './sentences';

export type ReadAloudState = 'idle' | 'playing' | 'paused' | 'unavailable';

export interface ReadAloudOptions {
  /** The article body whose blocks are read, in document order. */
  body: HTMLElement;
  /** The article's language, to pick a voice that can read it. */
  lang: string | null;
  /** The `voiceURI` chosen for this language before, if any. */
  voice?: string | null;
  signal: AbortSignal;
  onState(state: ReadAloudState): void;
  /** This computer's voices (the article's language first) and the one in use, when known. */
  onVoices?(voices: VoiceChoice[], current: string | null): void;
  /** Defaults to the page window's `speechSynthesis`. */
  synth?: SpeechSynthesis;
  /** Defaults to the page window's `SpeechSynthesisUtterance`. */
  Utterance?: typeof SpeechSynthesisUtterance;
}

export interface ReadAloud {
  play(): void;
  pause(): void;
  stop(): void;
  /** 0.5–2, at once: the sentence being read starts again at the new speed. */
  setRate(rate: number): void;
  /** The voice (a `voiceURI` of this computer's) to read with, at once. */
  setVoice(uri: string): void;
  /** The previous (-1) or next (1) block, while reading. */
  skip(step: -1 | 1): void;
  readonly state: ReadAloudState;
}

export const SPEAKING_CLASS = 'cp-speaking';
const VOICES_WAIT_MS = 1000;

/** Blocks read one by one; captions are left out, as in the saved text. */
const SKIPPED = `[${REMOVED_MARKER}]:not(.cp-restored), .cp-removed-label`;
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, th, dt, dd';

export function readableBlocks(body: HTMLElement): HTMLElement[] {
  return Array.from(body.querySelectorAll<HTMLElement>(BLOCKS)).filter(
    (el) =>
      // The outermost readable block only: a <p> inside an <li> is read with its item.
      !el.parentElement?.closest(BLOCKS) &&
      !el.closest('figcaption') &&
      // Parts Clearpage removed, shown dimmed on request, are not the article (until brought back).
      !el.closest(SKIPPED) &&
      (el.textContent ?? '').trim() !== '',
  );
}

/** Where the reading is: block `block`, sentence `sentence` of it. */
interface Position {
  block: number;
  sentence: number;
}

export function createReadAloud(options: ReadAloudOptions): ReadAloud {
  const synth = options.synth ?? globalThis.speechSynthesis;
  const Utterance = options.Utterance ?? globalThis.SpeechSynthesisUtterance;
  const canSpeak = Boolean(synth && Utterance);
  let state: ReadAloudState = canSpeak ? 'idle' : 'unavailable';
  let rate = 1;
  let chosen = options.voice ?? null;
  let blocks: HTMLElement[] = [];
  let parts: Sentence[] = [];
  const at: Position = { block: 0, sentence: 0 };
  // Each utterance carries the run it belongs to, so a stopped run's late events are ignored.
  let run = 0;
  let unmark = () => undefined as void;
  const reducedMotion = () =>
    globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

  const setState = (next: ReadAloudState) => {
    state = next;
    options.onState(next);
  };
  const tellVoices = () => {
    const voices = synth.getVoices();
    if (voices.length === 0) return;
    const current = localVoice(voices, options.lang, chosen)?.voiceURI ?? null;
    options.onVoices?.(voiceChoices(voices, options.lang), current);
  };
  const clearMarks = () => {
    unmark();
    unmark = () => undefined;
    for (const old of options.body.querySelectorAll(`.${SPEAKING_CLASS}`)) {
      old.classList.remove(SPEAKING_CLASS);
      // The article's block as it was, without an empty class attribute.
      if (old.classList.length === 0) old.removeAttribute('class');
    }
  };
  const mark = (el: HTMLElement, sentence: Sentence) => {
    const newBlock = !el.classList.contains(SPEAKING_CLASS);
    clearMarks();
    el.classList.add(SPEAKING_CLASS);
    unmark = markSentence(el, sentence.start, sentence.end);
    if (newBlock)
      el.scrollIntoView?.({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
  };
  const moveTo = (block: number) => {
    at.block = block;
    at.sentence = 0;
    const el = blocks[block];
    parts = el ? sentences(el.textContent ?? '', options.lang) : [];
  };

  function speak(current: number): void {
    const el = blocks[at.block];
    if (!el) return finish();
    const sentence = parts[at.sentence];
    if (!sentence) {
      moveTo(at.block + 1);
      return speak(current);
    }
    const voice = localVoice(synth.getVoices(), options.lang, chosen);
    if (!voice) {
      clearMarks();
      return setState('unavailable');
    }
    const utterance = new Utterance(sentence.text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = rate;
    utterance.onend = () => {
      if (current !== run || state !== 'playing') return;
      at.sentence += 1;
      speak(current);
    };
    utterance.onerror = (event) => {
      // 'interrupted' and 'canceled' are our own stop() and cancel(); anything else ends the run.
      if (current === run && !/interrupted|canceled/.test(event.error ?? '')) finish();
    };
    mark(el, sentence);
    synth.speak(utterance);
  }

  function finish(): void {
    run += 1;
    moveTo(0);
    clearMarks();
    if (state !== 'unavailable') setState('idle');
  }

  /** Starts the sentence at `at` again, with the speed and voice in force now. */
  function restart(): void {
    run += 1;
    synth.cancel();
    // An utterance spoken while the synthesiser is paused would wait for a resume.
    if (synth.paused) synth.resume();
    setState('playing');
    speak(run);
  }

  function start(): void {
    blocks = readableBlocks(options.body);
    moveTo(0);
    run += 1;
    synth.cancel();
    setState('playing');
    const current = run;
    // Chromium lists its voices only after a first 'voiceschanged'.
    if (synth.getVoices().length > 0) return speak(current);
    let started = false;
    const begin = () => {
      if (started || current !== run || state !== 'playing') return;
      started = true;
      speak(current);
    };
    synth.addEventListener('voiceschanged', begin, { once: true, signal: options.signal });
    setTimeout(begin, VOICES_WAIT_MS);
  }

  const reading = () => state === 'playing' || state === 'paused';
  const api: ReadAloud = {
    play() {
      if (!canSpeak) return setState('unavailable');
      if (state === 'paused') {
        synth.resume();
        return setState('playing');
      }
      if (state !== 'playing') start();
    },
    pause() {
      if (state !== 'playing') return;
      synth.pause();
      setState('paused');
    },
    stop() {
      if (!reading()) return;
      finish();
      synth.cancel();
    },
    setRate(next) {
      const clamped = Math.min(2, Math.max(0.5, next));
      if (clamped === rate) return;
      rate = clamped;
      if (reading()) restart();
    },
    setVoice(uri) {
      chosen = uri;
      tellVoices();
      if (reading()) restart();
    },
    skip(step) {
      if (!reading()) return;
      const next = Math.max(0, at.block + step);
      if (next >= blocks.length) return api.stop();
      moveTo(next);
      restart();
    },
    get state() {
      return state;
    },
  };
  if (canSpeak) {
    tellVoices();
    synth.addEventListener('voiceschanged', tellVoices, { signal: options.signal });
  }
  options.signal.addEventListener('abort', () => api.stop(), { once: true });
  return api;
}

export interface ReadAloudChunk {
  createReadAloud(options: ReadAloudOptions): ReadAloud;
}

registerChunk('read-aloud', { createReadAloud });
