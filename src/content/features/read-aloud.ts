/**
 * Read aloud: "Read aloud" (which becomes "Pause" / "Resume"), "Stop reading" and a speed
 * choice, the last two shown only while reading. The speech engine is chunks/read-aloud.js
 * (src/content/lazy/read-aloud.ts), loaded on the first press. Says so when the machine has no
 * voice for the article's language rather than sending the text to a network voice.
 */
import { t, type MessageKey } from '../../shared/i18n';
import {
  h,
  icon,
  loadChunk,
  type FeatureContext,
  type ReadAloud,
  type ReadAloudState,
} from './context';

export const READ_RATES = Object.freeze([0.75, 1, 1.25, 1.5, 2]);

const PLAY_TEXT: Record<ReadAloudState, MessageKey> = {
  idle: 'readAloud',
  playing: 'pause',
  paused: 'resume',
  unavailable: 'readAloud',
};

function controls() {
  const play = h('button', { type: 'button', class: 'read-aloud-play' }, t(PLAY_TEXT.idle));
  const stop = h(
    'button',
    {
      type: 'button',
      class: 'icon read-aloud-stop',
      'aria-label': t('stopReading'),
      title: t('stopReading'),
    },
    icon('M7 7h10v10H7z'),
  );
  const rate = h('select', { class: 'read-aloud-rate', 'aria-label': t('readingSpeed') });
  for (const r of READ_RATES) {
    const option = h('option', { value: String(r) }, `${r}×`);
    option.selected = r === 1;
    rate.append(option);
  }
  const group = h('div', { class: 'read-aloud', role: 'group', 'aria-label': t('readAloud') });
  group.append(play, stop, rate);
  return { group, play, stop, rate };
}

export function mount(ctx: FeatureContext): void {
  const { article, body, signal } = ctx;
  if (!article || !body) return;
  const { group, play, stop, rate } = controls();
  const show = (state: ReadAloudState) => {
    play.textContent = t(PLAY_TEXT[state]);
    const reading = state === 'playing' || state === 'paused';
    stop.hidden = !reading;
    rate.hidden = !reading;
    if (state === 'unavailable') ctx.announce(t('noVoice'));
  };
  show('idle');
  // Loaded on the first press (chunks.ts retries a failed load), made once.
  let speech: ReadAloud | null = null;
  const engine = async () =>
    (speech ??= (await loadChunk('read-aloud')).createReadAloud({
      body,
      lang: article.lang,
      signal,
      onState: show,
    }));
  const toggle = (reader: ReadAloud) => {
    if (signal.aborted) return;
    reader.setRate(Number(rate.value));
    if (reader.state === 'playing') reader.pause();
    else if (reader.state === 'unavailable') show('unavailable');
    else reader.play();
  };
  const on = { signal };
  play.addEventListener(
    'click',
    () => void engine().then(toggle, () => ctx.announce(t('couldNotLoad'))),
    on,
  );
  // Stop and the speed are shown only while reading, so the engine is there (or on its way).
  stop.addEventListener('click', () => speech?.stop(), on);
  rate.addEventListener('change', () => speech?.setRate(Number(rate.value)), on);
  ctx.addToolbarItem(group, { movable: true });
}
