/**
 * Clearpage's own words in what it saves and copies ("By", "Source:", "min read", "Saved with
 * Clearpage on"), in the reader's UI language — never English inside a French UI — while the
 * article's words stay as they are. The extension fills them from its UI messages
 * (public/_locales), the CLI from the same files for its --lang; English is the default.
 * Templates hold SLOT where the value goes.
 */
import { formatPublished } from '../metadata/dates';

/** Where a template's value goes: a private-use character no message contains. */
export const SLOT = '\ue000';

export interface ExportWords {
  /** The UI language (BCP 47), for dates and numbers through Intl. */
  lang: string;
  /** The UI language's direction. */
  dir: 'ltr' | 'rtl';
  /** "By <name>". */
  byline: string;
  /** "Source:" before the page's address. */
  source: string;
  /** "<minutes> min read". */
  minutesRead: string;
  /** "Saved with Clearpage on <date and time>". */
  savedWith: string;
}

export const ENGLISH_WORDS: ExportWords = {
  lang: 'en',
  dir: 'ltr',
  byline: `By ${SLOT}`,
  source: 'Source:',
  minutesRead: `${SLOT} min read`,
  savedWith: `Saved with Clearpage on ${SLOT}`,
};

/** A template with its value in place. */
export const fill = (template: string, value: string | number): string =>
  template.replace(SLOT, () => String(value));

/** The page's publication day in the UI's language ("2 décembre 2026"), or null. */
export const publishedIn = (words: ExportWords, iso: string | null | undefined) =>
  formatPublished(iso, words.lang);

/** When a file was saved, date and time in the UI's language and this computer's time zone. */
export function savedAtIn(words: ExportWords, when: Date): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' };
  try {
    return new Intl.DateTimeFormat(words.lang, options).format(when);
  } catch {
    return new Intl.DateTimeFormat('en', options).format(when);
  }
}

/** The words a messages.json (public/_locales/<lang>/) gives, placeholders as SLOT. */
export function wordsFromMessages(
  lang: string,
  dir: 'ltr' | 'rtl',
  messages: Record<string, { message: string } | undefined>,
): ExportWords {
  const template = (key: string, fallback: string) =>
    messages[key]?.message.replace(/\$[A-Z_]+\$/, SLOT) ?? fallback;
  return {
    lang,
    dir,
    byline: template('byline', ENGLISH_WORDS.byline),
    source: template('sourceLabel', ENGLISH_WORDS.source),
    minutesRead: template('minutesRead', ENGLISH_WORDS.minutesRead),
    savedWith: template('savedWith', ENGLISH_WORDS.savedWith),
  };
}
