/**
 * Read aloud: "Read aloud" (which becomes "Pause" / "Resume"), then, while reading, previous /
 * next paragraph, "Stop reading", the speed and the voice. The speech engine is
 * chunks/read-aloud.js (src/content/lazy/read-aloud.ts), loaded on the first press, so the voice
 * list shows from then on. The voice chosen is remembered per language (settings
 * `readAloudVoices`). Says so when the machine has no voice for the article's language rather
 * than sending the text to a network voice.
 */
import { t, type MessageKey } from '../../shared/i18n';
import { voiceLanguage } from '../../shared/settings-schema';
import {
  h,
  icon,
  loadChunk,
  type FeatureContext,
  type ReadAloud,
  type ReadAloudState,
  type VoiceChoice,
} from './context';

export const READ_RATES = Object.freeze([0.75, 1, 1.25, 1.5, 2]);

const PLAY_TEXT: Record<ReadAloudState, MessageKey> = {
  idle: 'readAloud',
  playing: 'pause',
  paused: 'resume',
  unavailable: 'readAloud',
};

const STOP = 'M7 7h10v10H7z';
// Bar and triangle; mirrored in a right-to-left UI by the stylesheet.
const PREVIOUS = 'M7 6v12M18 6l-8 6 8 6z';
const NEXT = 'M17 6v12M6 6l8 6-8 6z';

function iconControl(cls: string, label: MessageKey, path: string) {
  const attrs = { type: 'button', class: `icon ${cls}`, 'aria-label': t(label), title: t(label) };
  return h('button', attrs, icon(path));
}

function controls() {
  const play = h('button', { type: 'button', class: 'read-aloud-play' }, t(PLAY_TEXT.idle));
  const previous = iconControl('read-aloud-previous', 'previousParagraph', PREVIOUS);
  const next = iconControl('read-aloud-next', 'nextParagraph', NEXT);
  const stop = iconControl('read-aloud-stop', 'stopReading', STOP);
  const rate = h('select', { class: 'read-aloud-rate', 'aria-label': t('readingSpeed') });
  for (const r of READ_RATES) {
    const option = h('option', { value: String(r) }, `${r}×`);
    option.selected = r === 1;
    rate.append(option);
  }
  const voice = h('select', { class: 'read-aloud-voice', 'aria-label': t('voice') });
  const group = h('div', { class: 'read-aloud', role: 'group', 'aria-label': t('readAloud') });
  group.append(play, stop, previous, next, rate, voice);
  return { group, play, previous, next, stop, rate, voice };
}

/**
 * Fills the picker; its text is the voice's own name and language tag (textContent). With no
 * voice in use (none for the article's language), a blank first entry, so that choosing the
 * first voice is a change too.
 */
function listVoices(select: HTMLSelectElement, voices: VoiceChoice[], current: string | null) {
  const options = voices.map((v) => h('option', { value: v.uri }, `${v.name} (${v.lang})`));
  const none = h('option', { value: '', disabled: '' }, t('voice'));
  select.replaceChildren(...(current || voices.length === 0 ? [] : [none]), ...options);
  select.value = current ?? '';
}

export function mount(ctx: FeatureContext): void {
  const { article, body, signal } = ctx;
  if (!article || !body) return;
  const parts = controls();
  const { group, play, stop, rate, voice } = parts;
  const language = voiceLanguage(article.lang);
  let state: ReadAloudState = 'idle';
  let voiceCount = 0;
  const show = (next: ReadAloudState) => {
    state = next;
    play.textContent = t(PLAY_TEXT[next]);
    const reading = next === 'playing' || next === 'paused';
    for (const el of [parts.previous, parts.next, stop, rate]) el.hidden = !reading;
    // Without a voice for the article, another of this computer's can still be chosen.
    voice.hidden = voiceCount === 0 || !(reading || next === 'unavailable');
    if (next === 'unavailable') ctx.announce(t('noVoice'));
  };
  show('idle');
  // Loaded on the first press (chunks.ts retries a failed load), made once.
  let speech: ReadAloud | null = null;
  const engine = async () =>
    (speech ??= (await loadChunk('read-aloud')).createReadAloud({
      body,
      lang: article.lang,
      voice: ctx.settings.current().readAloudVoices[language] ?? null,
      signal,
      onState: show,
      onVoices: (voices, current) => {
        listVoices(voice, voices, current);
        voiceCount = voices.length;
        voice.hidden = voiceCount === 0 || state === 'idle';
      },
    }));
  const toggle = (reader: ReadAloud) => {
    if (signal.aborted) return;
    reader.setRate(Number(rate.value));
    if (reader.state === 'playing') reader.pause();
    else reader.play();
  };
  const on = { signal };
  play.addEventListener(
    'click',
    () => void engine().then(toggle, () => ctx.announce(t('couldNotLoad'))),
    on,
  );
  // These are shown only once the engine is there.
  stop.addEventListener('click', () => speech?.stop(), on);
  parts.previous.addEventListener('click', () => speech?.skip(-1), on);
  parts.next.addEventListener('click', () => speech?.skip(1), on);
  rate.addEventListener('change', () => speech?.setRate(Number(rate.value)), on);
  voice.addEventListener(
    'change',
    () => {
      const uri = voice.value;
      if (!uri) return;
      void ctx.settings.update((s) => ({
        readAloudVoices: { ...s.readAloudVoices, [language]: uri },
      }));
      if (!speech) return;
      speech.setVoice(uri);
      if (speech.state === 'unavailable' || speech.state === 'idle') speech.play();
    },
    on,
  );
  ctx.addToolbarItem(group, { movable: true });
}
