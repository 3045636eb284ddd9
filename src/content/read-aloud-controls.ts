/**
 * The toolbar's read-aloud group: "Read aloud" (which becomes "Pause" / "Resume"), "Stop" and a
 * speed choice, the last two shown only while reading. Says so when the machine has no voice
 * for the article's language rather than sending the text to a network voice.
 */
import { t, type MessageKey } from '../shared/i18n';
import { h } from './h';
import { icon } from './toolbar';
import { loadChunk } from './chunks';
import type { ReadAloud, ReadAloudState } from './lazy/read-aloud';

export const READ_RATES = Object.freeze([0.75, 1, 1.25, 1.5, 2]);

export interface ReadAloudControlsOptions {
  body: HTMLElement;
  lang: string | null;
  signal: AbortSignal;
  announce(message: string): void;
}

const PLAY_TEXT: Record<ReadAloudState, MessageKey> = {
  idle: 'readAloud',
  playing: 'pause',
  paused: 'resume',
  unavailable: 'readAloud',
};

export function readAloudControls(options: ReadAloudControlsOptions): HTMLElement {
  const play = h('button', { type: 'button', class: 'listen' }, t(PLAY_TEXT.idle));
  const stop = h(
    'button',
    { type: 'button', class: 'icon', 'aria-label': t('stopReading'), title: t('stopReading') },
    icon('M7 7h10v10H7z'),
  );
  const rate = h('select', { class: 'rate', 'aria-label': t('readingSpeed') });
  for (const r of READ_RATES) {
    const option = h('option', { value: String(r) }, `${r}×`);
    option.selected = r === 1;
    rate.append(option);
  }
  const group = h('div', { class: 'read-aloud', role: 'group', 'aria-label': t('readAloud') });
  group.append(play, stop, rate);

  const show = (state: ReadAloudState) => {
    play.textContent = t(PLAY_TEXT[state]);
    const reading = state === 'playing' || state === 'paused';
    stop.hidden = !reading;
    rate.hidden = !reading;
    if (state === 'unavailable') options.announce(t('noVoice'));
  };
  show('idle');
  // The speech engine is its own chunk, loaded on the first press (chunks.ts retries a failed load).
  let speech: ReadAloud | null = null;
  const engine = async () =>
    (speech ??= (await loadChunk('read-aloud')).createReadAloud({
      body: options.body,
      lang: options.lang,
      signal: options.signal,
      onState: show,
    }));
  play.addEventListener('click', () => {
    void engine().then(
      (reader) => {
        if (options.signal.aborted) return;
        reader.setRate(Number(rate.value));
        if (reader.state === 'playing') reader.pause();
        else if (reader.state === 'unavailable') show('unavailable');
        else reader.play();
      },
      () => options.announce(t('couldNotLoad')),
    );
  });
  // Stop and the speed are shown only while reading, so the engine is there (or on its way).
  stop.addEventListener('click', () => speech?.stop());
  rate.addEventListener('change', () => speech?.setRate(Number(rate.value)));
  return group;
}
