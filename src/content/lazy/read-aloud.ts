/**
 * chunks/read-aloud.js, loaded on the first press of "Read aloud" (../features/read-aloud.ts).
 *
 * Read aloud: the article spoken block by block with the browser's own speech synthesis, the
 * block being read highlighted and kept in view. Only voices that run on this machine
 * (`localService`) are used, so no text leaves the computer for a network voice.
 * One utterance per block also keeps Chromium from cutting long utterances off after ~15 s
 * (https://crbug.com/679437) and lets play/pause/stop act at once.
 */

import { REMOVED_MARKER } from '../../core/article';
import { registerChunk } from '../chunk-slot';

export type ReadAloudState = 'idle' | 'playing' | 'paused' | 'unavailable';

export interface ReadAloudOptions {
  /** The article body whose blocks are read, in document order. */
  body: HTMLElement;
  /** The article's language, to pick a voice that can read it. */
  lang: string | null;
  signal: AbortSignal;
  onState(state: ReadAloudState): void;
  /** Defaults to the page window's `speechSynthesis`. */
  synth?: SpeechSynthesis;
  /** Defaults to the page window's `SpeechSynthesisUtterance`. */
  Utterance?: typeof SpeechSynthesisUtterance;
}

export interface ReadAloud {
  play(): void;
  pause(): void;
  stop(): void;
  /** 0.5–2, applied from the next block on (and at once to a paused one). */
  setRate(rate: number): void;
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

/** A voice of this machine for `lang` (its language part at least), else any local voice. */
export function localVoice(voices: SpeechSynthesisVoice[], lang: string | null) {
  const local = voices.filter((v) => v.localService);
  const wanted = (lang ?? '').toLowerCase();
  const base = wanted.split('-')[0] ?? '';
  return (
    local.find((v) => v.lang.toLowerCase() === wanted) ??
    (base ? local.find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === base) : undefined) ??
    (wanted ? undefined : (local.find((v) => v.default) ?? local[0]))
  );
}

export function createReadAloud(options: ReadAloudOptions): ReadAloud {
  const synth = options.synth ?? globalThis.speechSynthesis;
  const Utterance = options.Utterance ?? globalThis.SpeechSynthesisUtterance;
  let state: ReadAloudState = synth && Utterance ? 'idle' : 'unavailable';
  let rate = 1;
  let blocks: HTMLElement[] = [];
  let index = 0;
  // Each block's utterance carries the run it belongs to, so a stopped run's late events are ignored.
  let run = 0;
  const reducedMotion = () =>
    globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

  const setState = (next: ReadAloudState) => {
    state = next;
    options.onState(next);
  };
  const mark = (el: HTMLElement | undefined) => {
    for (const old of options.body.querySelectorAll(`.${SPEAKING_CLASS}`))
      old.classList.remove(SPEAKING_CLASS);
    if (!el) return;
    el.classList.add(SPEAKING_CLASS);
    el.scrollIntoView?.({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
  };

  function speak(current: number): void {
    const el = blocks[index];
    if (!el) return finish();
    const voice = localVoice(synth.getVoices(), options.lang);
    if (!voice) return setState('unavailable');
    const utterance = new Utterance((el.textContent ?? '').replace(/\s+/g, ' ').trim());
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = rate;
    utterance.onend = () => {
      if (current !== run || state !== 'playing') return;
      index += 1;
      speak(current);
    };
    utterance.onerror = (event) => {
      // 'interrupted' and 'canceled' are our own stop() and cancel(); anything else ends the run.
      if (current === run && !/interrupted|canceled/.test(event.error ?? '')) finish();
    };
    mark(el);
    synth.speak(utterance);
  }

  function finish(): void {
    run += 1;
    index = 0;
    mark(undefined);
    if (state !== 'unavailable') setState('idle');
  }

  const api: ReadAloud = {
    play() {
      if (state === 'unavailable') return;
      if (state === 'paused') {
        synth.resume();
        return setState('playing');
      }
      if (state === 'playing') return;
      blocks = readableBlocks(options.body);
      run += 1;
      synth.cancel();
      setState('playing');
      const current = run;
      // Chromium lists its voices only after a first 'voiceschanged'.
      if (synth.getVoices().length > 0) return speak(current);
      let started = false;
      const start = () => {
        if (started || current !== run || state !== 'playing') return;
        started = true;
        speak(current);
      };
      synth.addEventListener('voiceschanged', start, { once: true, signal: options.signal });
      setTimeout(start, VOICES_WAIT_MS);
    },
    pause() {
      if (state !== 'playing') return;
      synth.pause();
      setState('paused');
    },
    stop() {
      if (state !== 'playing' && state !== 'paused') return;
      finish();
      synth.cancel();
    },
    setRate(next) {
      rate = Math.min(2, Math.max(0.5, next));
      if (state !== 'paused') return;
      // A paused utterance keeps its rate: start the same block again at the new one.
      run += 1;
      synth.cancel();
      setState('playing');
      speak(run);
    },
    get state() {
      return state;
    },
  };
  options.signal.addEventListener('abort', () => api.stop(), { once: true });
  return api;
}

export interface ReadAloudChunk {
  createReadAloud(options: ReadAloudOptions): ReadAloud;
}

registerChunk('read-aloud', { createReadAloud });
