/**
 * The UI's words, from public/_locales through `browser.i18n`. Keys are typed from the English
 * messages, so a key missing there is a type error; where the browser has no answer (unit tests,
 * a page the extension is cut off from) or a translation is missing, the English text is used.
 * The core and the CLI stay English; only the extension's own UI goes through here.
 */
import browser from './browser';
import english from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** What getMessage does with a message: named placeholders, then $1…$9 (and $$ for a dollar). */
export function substitute(entry: Message, substitutions: readonly string[]): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const found = Object.entries(entry.placeholders ?? {}).find(
      ([key]) => key.toLowerCase() === name.toLowerCase(),
    );
    return found ? found[1].content : whole;
  });
  return named.replace(/\$(\d|\$)/g, (whole, n: string) =>
    n === '$' ? '$' : (substitutions[Number(n) - 1] ?? ''),
  );
}

function fromBrowser(key: string, substitutions: readonly string[]): string {
  try {
    return browser.i18n?.getMessage?.(key, [...substitutions]) ?? '';
  } catch {
    // Extension context invalidated (the extension was reloaded under an open reader).
    return '';
  }
}

/**
 * Texts without substitutions, looked up once per i18n API (one per script; the tests swap
 * it): the reader asks for some forty when it opens, and each getMessage crosses into the
 * browser.
 */
const plainTexts = new WeakMap<object, Map<MessageKey, string>>();

function cacheFor(): Map<MessageKey, string> | undefined {
  try {
    const api = browser.i18n as object | undefined;
    if (!api) return undefined;
    let cache = plainTexts.get(api);
    if (!cache) plainTexts.set(api, (cache = new Map()));
    return cache;
  } catch {
    return undefined;
  }
}

/** The UI text for `key` in the browser's language, English when it has none. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const cache = substitutions.length === 0 ? cacheFor() : undefined;
  const known = cache?.get(key);
  if (known !== undefined) return known;
  const values = substitutions.map(String);
  const browserText = fromBrowser(key, values);
  // Only the browser's own answer is kept: cut off from it, the English stands in for now.
  if (browserText) cache?.set(key, browserText);
  return browserText || substitute(english[key] as Message, values);
}

/** The language of the UI text shown (the locale whose messages the browser picked). */
export function uiLang(): string {
  return t('uiLang');
}

/**
 * The direction of the UI text shown. It comes with the messages rather than from @@bidi_dir:
 * Chromium started with --lang=ar but without its Arabic resource pack serves the Arabic
 * messages while @@bidi_dir still says ltr, and Arabic laid out left to right reads wrongly.
 */
export function uiDir(): 'ltr' | 'rtl' {
  return t('uiDir') === 'rtl' ? 'rtl' : 'ltr';
}

/** Sets `lang` and `dir` of a piece of UI chrome (the popup's <html>, the reader's toolbar). */
export function localize(el: Element): void {
  el.setAttribute('lang', uiLang());
  el.setAttribute('dir', uiDir());
}

const FILLED = [
  ['data-i18n', null],
  ['data-i18n-aria-label', 'aria-label'],
  ['data-i18n-title', 'title'],
] as const;

/**
 * Fills static markup from the messages: `data-i18n="key"` sets the element's text,
 * `data-i18n-aria-label` and `data-i18n-title` those attributes. An unknown key keeps the
 * markup's own (English) text.
 */
export function fillMessages(root: ParentNode): void {
  for (const [marker, attribute] of FILLED) {
    for (const el of root.querySelectorAll(`[${marker}]`)) {
      const key = el.getAttribute(marker) ?? '';
      if (!(key in english)) continue;
      const text = t(key as MessageKey);
      if (attribute) el.setAttribute(attribute, text);
      else el.textContent = text;
    }
  }
}
