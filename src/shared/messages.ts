/**
 * Every message Clearpage sends, declared once; both ends import this map so a name or a
 * payload cannot drift. Messages carry intents only; settings travel through storage.
 */
import browser from './browser';

/**
 * The whole page's article, just what the reader selected on it, the page's article opened
 * by itself on a site chosen for it ('auto': shown only when there is an article), or a block
 * the reader picks on the page ('pick': asked for, it starts the picker; the reader then opens
 * on the picked block).
 */
export type ReaderSource = 'page' | 'selection' | 'auto' | 'pick';

/** What the reader in a tab reports about itself. */
export interface ReaderStatus {
  open: boolean;
  /** 'article' when an article is shown, 'no-article' when the page had none. */
  kind?: 'article' | 'no-article';
  title?: string;
  readingMinutes?: number;
}

/** What the reader can save or copy: the clean text, Markdown, or a standalone HTML file. */
export type ExportFormat = 'text' | 'markdown' | 'html';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['text', 'markdown', 'html'];

/**
 * The reader's parts loaded on first use, each its own script, chunks/<name>.js
 * (src/content/chunks.ts): the Markdown/HTML exporter, read aloud, "Show removed", the picker of
 * "Pick the article".
 */
export const CHUNKS = ['export', 'read-aloud', 'show-removed', 'picker'] as const;
export type ChunkName = (typeof CHUNKS)[number];

/** Sent to the content script of one tab (by the background or the popup). */
export type TabMessages = {
  'reader-status': { request: void; response: ReaderStatus };
  'reader-close': { request: void; response: ReaderStatus };
  /** Downloads the article in `format`; `ok` is false when there is no article. */
  'save-as': { request: { format: ExportFormat }; response: { ok: boolean } };
  /** What "Copy" puts on the clipboard in `format` (Markdown without front matter). */
  'get-export': { request: { format: ExportFormat }; response: { text: string } | null };
};

/**
 * The tab messages the reader's features answer (src/content/features/, through the feature
 * context's onMessage); the reader's router answers them for a closed reader too.
 */
export type FeatureMessages = Pick<TabMessages, 'save-as' | 'get-export'>;

/** Sent by a content script to the background. */
export type BackgroundMessages = {
  'reader-opened': { request: void; response: void };
  'reader-closed': { request: void; response: void };
  /** From the popup: open the reader of `tabId` on what is selected there. */
  'read-selection': { request: { tabId: number }; response: { ok: boolean } };
  /** From the popup: turn the page of `tabId` into the picker ("Pick the article"). */
  'pick-article': { request: { tabId: number }; response: { ok: boolean } };
  /**
   * Loads one of the reader's lazily loaded parts (chunks/<name>.js) into the sender's frame;
   * kept out of content.js so opening the reader never pays for them.
   */
  'load-chunk': { request: { name: ChunkName }; response: { ok: boolean } };
  /**
   * Puts `text` on the clipboard from the extension's own context (an offscreen document in
   * Chromium), for when the page refuses the content script's clipboard (issue 12).
   */
  'copy-text': { request: { text: string }; response: { ok: boolean } };
  /**
   * From the popup or the options page, after the click asked for the site's permission: the
   * reader opens by itself on `site` (an origin), or no longer does (its permission given back).
   */
  'auto-open-set': {
    request: { site: string; on: boolean };
    response: { ok: true } | { ok: false; error: string };
  };
  /** From auto-open.js on a chosen site: this page is an article, open the reader in it. */
  'auto-open': { request: void; response: void };
};

/** Sent by the background to its offscreen document (Chromium only). */
export type OffscreenMessages = {
  'offscreen-copy': { request: { text: string }; response: { ok: boolean } };
};

type MessageMap = Record<string, { request: unknown; response: unknown }>;
interface Envelope<M extends MessageMap, K extends keyof M = keyof M> {
  clearpage: K;
  payload: M[K]['request'];
}

export function sendToTab<K extends keyof TabMessages>(
  tabId: number,
  name: K,
  payload?: TabMessages[K]['request'],
): Promise<TabMessages[K]['response']> {
  const envelope: Envelope<TabMessages, K> = { clearpage: name, payload: payload as never };
  return browser.tabs.sendMessage(tabId, envelope) as Promise<TabMessages[K]['response']>;
}

export function sendToBackground<K extends keyof BackgroundMessages>(
  name: K,
  payload?: BackgroundMessages[K]['request'],
): Promise<BackgroundMessages[K]['response']> {
  const envelope: Envelope<BackgroundMessages, K> = { clearpage: name, payload: payload as never };
  return browser.runtime.sendMessage(envelope) as Promise<BackgroundMessages[K]['response']>;
}

/** From the background to its offscreen document (src/offscreen/). */
export function sendOffscreen<K extends keyof OffscreenMessages>(
  name: K,
  payload: OffscreenMessages[K]['request'],
): Promise<OffscreenMessages[K]['response']> {
  const envelope: Envelope<OffscreenMessages, K> = { clearpage: name, payload };
  return browser.runtime.sendMessage(envelope) as Promise<OffscreenMessages[K]['response']>;
}

export type Handlers<M extends MessageMap, Sender> = {
  [K in keyof M]?: (
    payload: M[K]['request'],
    sender: Sender,
  ) => M[K]['response'] | Promise<M[K]['response']>;
};

/** Routes Clearpage's messages to `handlers`; other extensions' and unknown messages are ignored. */
export function handleMessages<M extends MessageMap, Sender = unknown>(
  handlers: Handlers<M, Sender>,
  signal?: AbortSignal,
): void {
  const listener = (message: unknown, sender: unknown) => {
    const name = (message as { clearpage?: unknown } | null)?.clearpage;
    if (typeof name !== 'string' || !Object.hasOwn(handlers, name)) return undefined;
    const handler = handlers[name as keyof M];
    if (!handler) return undefined;
    // Returning a promise is how the polyfill (and Firefox) send a response back.
    return Promise.resolve(handler((message as Envelope<M>).payload, sender as Sender));
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
    once: true,
  });
}
