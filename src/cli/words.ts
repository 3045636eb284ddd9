/**
 * The CLI's --lang: Clearpage's words for the outputs from the extension's own UI messages
 * (public/_locales), so a file saved by the CLI in French says what the extension's does.
 */
import ar from '../../public/_locales/ar/messages.json';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { wordsFromMessages, type ExportWords } from '../core';

export const UI_LANGS = ['en', 'ar', 'es', 'fr'] as const;
export type UiLang = (typeof UI_LANGS)[number];

const MESSAGES: Record<UiLang, Record<string, { message: string }>> = { en, ar, es, fr };

export function cliWords(lang: UiLang): ExportWords {
  return wordsFromMessages(lang, lang === 'ar' ? 'rtl' : 'ltr', MESSAGES[lang]);
}
