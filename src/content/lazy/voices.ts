/**
 * Which voices read aloud offers and uses (part of chunks/read-aloud.js): only those that run on
 * this computer (`localService`), so no text leaves it for a network voice; those of the
 * article's language first (its exact tag, then its primary language), the others after.
 */

/** A voice as the reader's picker lists it. */
export interface VoiceChoice {
  uri: string;
  name: string;
  lang: string;
  /** It speaks the article's language. */
  forArticle: boolean;
}

const primary = (lang: string) => lang.toLowerCase().split(/[-_]/)[0] ?? '';

/** 0 for the article's exact language, 1 for its primary language, 2 for any other. */
function closeness(voice: SpeechSynthesisVoice, lang: string | null): number {
  const wanted = (lang ?? '').toLowerCase();
  if (!wanted) return 2;
  if (voice.lang.toLowerCase().replace('_', '-') === wanted) return 0;
  return primary(voice.lang) === primary(wanted) ? 1 : 2;
}

/** This computer's voices, the article's language first, then by language and name. */
export function localVoices(voices: SpeechSynthesisVoice[], lang: string | null) {
  return voices
    .filter((v) => v.localService)
    .map((voice) => ({ voice, rank: closeness(voice, lang) }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        a.voice.lang.localeCompare(b.voice.lang) ||
        a.voice.name.localeCompare(b.voice.name),
    )
    .map(({ voice }) => voice);
}

/**
 * The voice to read with: the one chosen (by `voiceURI`) if this computer still has it, else a
 * local voice of the article's language, else — for an article of unknown language — the
 * default or first local voice. Undefined when no local voice can read it.
 */
export function localVoice(
  voices: SpeechSynthesisVoice[],
  lang: string | null,
  chosen: string | null = null,
): SpeechSynthesisVoice | undefined {
  const local = localVoices(voices, lang);
  const picked = chosen ? local.find((v) => v.voiceURI === chosen) : undefined;
  if (picked) return picked;
  if (lang) return local.find((v) => closeness(v, lang) < 2);
  return local.find((v) => v.default) ?? local[0];
}

export function voiceChoices(voices: SpeechSynthesisVoice[], lang: string | null): VoiceChoice[] {
  return localVoices(voices, lang).map((v) => ({
    uri: v.voiceURI,
    name: v.name,
    lang: v.lang,
    forArticle: closeness(v, lang) < 2,
  }));
}
