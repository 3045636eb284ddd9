/**
 * A fake speech synthesiser that records what it is asked to say and lets a test end each
 * utterance, with voices of this computer or of the network, for the read-aloud tests.
 */
export type Voice = Pick<
  SpeechSynthesisVoice,
  'lang' | 'localService' | 'default' | 'name' | 'voiceURI'
>;

export const voice = (
  lang: string,
  localService = true,
  isDefault = false,
  name?: string,
): Voice => {
  const called = name ?? `${lang}${localService ? '' : ' (network)'}`;
  return { lang, localService, default: isDefault, name: called, voiceURI: `uri:${called}` };
};

export class FakeUtterance {
  voice: Voice | null = null;
  lang = '';
  rate = 1;
  onend: (() => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  constructor(public text: string) {}
}

export class FakeSynth extends EventTarget {
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
  /** What it was asked to say, in order. */
  said() {
    return this.spoken.map((u) => u.text);
  }
}
