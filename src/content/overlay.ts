/**
 * The reader overlay, the shell: one host element with a closed shadow root, so page CSS cannot
 * restyle it and page scripts cannot reach into it; the dialog, the toolbar's frame, the
 * progress line, the article and the live region. Its controls are the features
 * (features/index.ts), mounted into it in order. Built completely before the host is attached, so
 * the first paint already shows the article. Teardown removes the host and every listener.
 */
import { NO_SELECTION_MESSAGE } from '../core/extract/selection';
import { NO_PICKED_TEXT_MESSAGE } from '../core/extract/picked';
import type { Article, Extraction } from '../core/article';
import { localize, t, type MessageKey } from '../shared/i18n';
import type { Settings } from '../shared/settings';
import { adoptStyles } from './adopt-styles';
import { trapFocus } from './focus-trap';
import { guardHost } from './host-guard';
import { liftRootInert } from './root-inert';
import { closeOnRequest } from './close-request';
import { fontLoader } from './fonts';
import { h } from './h';
import { printOnlyTheReader } from './print';
import { articleHeader } from './header';
import hostCss from './host.css?inline';
import overlayCss from './overlay.css?inline';
import { readingProgress } from './progress';
import { themeCss } from './themes';
import { toolbar } from './toolbar';
import { escapeStack } from './escape-stack';
import { keepOpenOnCancel, showDialog, showOnTop } from './top-layer';
import { keepKeysInReader, listenForEscape } from './reader-keys';
import { pressWithKeys } from './key-activation';
import { mountFeatures, type SettingsStore } from './feature-host';
import { FEATURES } from './features/index';
import type { Feature, FeatureHandlers, KeepPick, KeptFixKind } from './features/context';
import { fixesNote, type FixesNoteOptions } from './kept-fixes';
import { applyTypography } from './typography';
import { markStage } from '../core/timing';
import { afterFirstFrame } from './first-frame';

/**
 * The host is a plain <div> marked by this attribute, not a custom element: a page can define
 * any custom-element name before the click (its constructor would run on the reader's host and
 * `attachInternals().shadowRoot` would hand it the closed root), but never `div` (issue 12).
 * The attribute's value is new on every opening, so a page element with the same attribute is
 * not the reader (print.ts hides everything but this one).
 */
export const HOST_ATTR = 'data-clearpage-reader';

/** A selector for the reader's host (any opening's); the page can fake it, the value it cannot. */
export const HOST_SELECTOR = `[${HOST_ATTR}]`;

function newHost(): { host: HTMLElement; selector: string } {
  const host = document.createElement('div');
  const id = crypto.getRandomValues(new Uint32Array(2)).join('-');
  host.setAttribute(HOST_ATTR, id);
  return { host, selector: `div[${HOST_ATTR}="${id}"]` };
}

export interface OverlayOptions {
  /** The settings to show first (they arrive live from storage through apply()). */
  settings: Settings;
  /** Where the features store a changed setting (the reader's: src/shared/settings.ts). */
  store: SettingsStore;
  signal: AbortSignal;
  onClose(): void;
  /** "Pick the article" (the no-article screen's button, the pick-article feature). */
  onPick?(): void;
  /** A line above the article: what a fix kept for the site did (reader.ts). */
  note?: ReaderNote | undefined;
  /** Set when the article is a block just picked: keeping it for the site (pick-article). */
  keepPick?: KeepPick | undefined;
  /** Which features, in toolbar order; FEATURES unless a test mounts fewer. */
  features?: readonly Feature[];
  /** The note about this site's fixes (issue 11, item 3); none when the site has none. */
  fixes?: Omit<FixesNoteOptions, 'report'>;
  /** Keeps a removal or a bring-back as a fix for the site (the reader's kept-fixes.ts). */
  keepFix?(kind: KeptFixKind, block: Element): Promise<boolean>;
}

/** A line of the reader's own above the article, with at most one action. */
export interface ReaderNote {
  text: string;
  action?: { label: string; run(): void };
}

function noteLine(note: ReaderNote | undefined, signal: AbortSignal): HTMLElement[] {
  if (!note) return [];
  const line = h('p', { class: 'fix-note' }, note.text);
  if (note.action) {
    const { label, run } = note.action;
    const button = h('button', { type: 'button', class: 'fix-note-action' }, label);
    button.addEventListener('click', () => run(), { signal });
    line.append(' ', button);
  }
  return [line];
}

export interface Overlay {
  /** Shows the reader with these settings (they arrive live from storage). */
  apply(settings: Settings): void;
  /** The features' answers to the messages features answer, for the reader's router. */
  readonly handlers: FeatureHandlers;
}

/** Links leave the reader for a new tab instead of replacing the page under it. */
function prepareLinks(root: ParentNode): void {
  for (const link of root.querySelectorAll('a[href]')) {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
}

function body(article: Article): HTMLElement {
  const content = h('div', { class: 'body' });
  content.append(article.content);
  markStage('sanitise');
  prepareLinks(content);
  return content;
}

/** Why there is no article, in the UI's language (the core says it in English, for the CLI). */
function failureMessage(extraction: Extract<Extraction, { ok: false }>): MessageKey {
  if (extraction.reason === 'too-large') return 'tooLarge';
  if (extraction.message === NO_PICKED_TEXT_MESSAGE) return 'pickNoText';
  return extraction.message === NO_SELECTION_MESSAGE ? 'noSelection' : 'noArticle';
}

/** "Pick the article" on the no-article screen: the way out when extraction found nothing. */
function pickButton(onPick: (() => void) | undefined, signal: AbortSignal): HTMLElement[] {
  if (!onPick) return [];
  const button = h('button', { type: 'button', class: 'pick-article' }, t('pickArticle'));
  button.addEventListener('click', () => onPick(), { signal });
  return [h('p', { class: 'pick-line' }, button)];
}

function readerContent(
  extraction: Extraction,
  signal: AbortSignal,
  onPick?: () => void,
): HTMLElement {
  if (!extraction.ok) {
    const why = failureMessage(extraction);
    // What to do next, not only that it failed (issue 10): read a selection, or pick the block
    // (a picked block is measured alone, so a page too large to read whole may still do).
    const selected = why === 'noSelection' || why === 'pickNoText';
    const next = selected ? [] : [h('p', { class: 'next' }, t('noArticleNext'))];
    const pick = pickButton(onPick, signal);
    return h('div', { class: 'empty' }, h('p', {}, t(why)), ...next, ...pick);
  }
  const { article } = extraction;
  // The article keeps its own language and direction, whatever the UI's: an Arabic article reads
  // right to left in an English UI. lang="" says "unknown" rather than inheriting the UI's.
  const attrs = { class: 'article', dir: article.dir, lang: article.lang ?? '' };
  return h('article', attrs, articleHeader(article, signal), body(article));
}

/**
 * The reader opens with focus on the article's scroller (arrow keys and Space scroll it at
 * once); the first Tab from there goes to the toolbar's first control, not through every link of
 * the article first (issue 10). Later Tabs follow the document order.
 */
function firstTabToToolbar(scroller: HTMLElement, bar: HTMLElement, signal: AbortSignal): void {
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || event.shiftKey || event.target !== scroller) return;
    const first = [...bar.querySelectorAll<HTMLElement>('button, select')].find(
      (el) => el.offsetParent !== null,
    );
    if (!first) return;
    event.preventDefault();
    first.focus();
    scroller.removeEventListener('keydown', onKey);
  };
  scroller.addEventListener('keydown', onKey, { signal });
}

/** The live region: what a control did ("Copied"), said once and cleared. */
function liveRegion() {
  const status = h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const announce = (message: string) => {
    status.textContent = message;
    setTimeout(() => status.textContent === message && (status.textContent = ''), 2500);
  };
  return { status, announce };
}

export function mountOverlay(extraction: Extraction, options: OverlayOptions): Overlay {
  const { host, selector } = newHost();
  const root = host.attachShadow({ mode: 'closed' });
  const { signal } = options;
  adoptStyles(root, hostCss + overlayCss + themeCss());
  printOnlyTheReader(selector, root, signal);

  const { status, announce } = liveRegion();
  const label = extraction.ok ? extraction.article.title : 'Clearpage';
  const note =
    options.fixes && extraction.ok
      ? fixesNote({ ...options.fixes, report: extraction.article.fixes })
      : null;
  const scroller = h(
    'div',
    // Focusable, so the article scrolls from the keyboard even where it has no link to land on.
    { class: 'scroller', tabindex: '0' },
    ...(note ? [note] : []),
    ...noteLine(options.note, signal),
    readerContent(extraction, signal, options.onPick),
  );
  // The article's scroller and, at its start edge, the features' panels (the outline).
  const main = h('div', { class: 'main' }, scroller);
  const escapes = escapeStack(options.onClose);
  const tools = toolbar({ onClose: options.onClose, pushEscape: escapes.push, signal });
  const features = mountFeatures(options.features ?? FEATURES, {
    root,
    article: extraction.ok ? extraction.article : null,
    body: scroller.querySelector<HTMLElement>('.body'),
    settings: options.settings,
    store: options.store,
    signal,
    announce,
    addToolbarItem: (el, { movable }) => tools.add(el, movable),
    addPanel: (el) => scroller.before(el),
    pushEscape: escapes.push,
    prepareLinks,
    ...(options.keepFix ? { keepFix: options.keepFix } : {}),
    startPicker: () => options.onPick?.(),
    keepPick: options.keepPick ?? null,
  });
  tools.finish();
  const progress = readingProgress(scroller, signal);
  // A one-line "no article" message has no reading to measure.
  progress.bar.hidden = !extraction.ok;
  // A <dialog>, so it can be shown modal above a page's own modal dialog (top-layer.ts).
  const dialog = h(
    'dialog',
    { class: 'reader', role: 'dialog', 'aria-modal': 'true', 'aria-label': label },
    tools.bar,
    progress.bar,
    main,
    status,
  );
  // The reader's chrome speaks the UI's language, laid out in its direction.
  localize(dialog);
  root.append(dialog);

  // Every family's faces, whatever the setting: the family is the stylesheet's (typography.ts).
  fontLoader(dialog, signal);
  const apply = (settings: Settings) => {
    applyTypography(dialog, settings);
    features.applySettings(settings);
    progress.update();
  };
  apply(options.settings);

  listenForEscape(escapes, signal);
  keepKeysInReader(host, scroller, signal);
  trapFocus(host, root, dialog, signal);
  pressWithKeys(root, signal);

  markStage('overlay');
  // Before the host is there, so the reader is never inert.
  const onParentInert = liftRootInert(document.documentElement, signal);
  document.documentElement.append(host);
  const raise = () => {
    showOnTop(host);
    showDialog(dialog);
  };
  raise();
  keepOpenOnCancel(dialog, escapes, signal);
  // After the dialog's own (showModal), so the reader's watcher is the newest.
  closeOnRequest(escapes.closeInnermost, signal);
  guardHost(host, {
    selectorAttr: HOST_ATTR,
    onGone: options.onClose,
    raise,
    onParentInert,
    signal,
  });
  // Focusing forces a layout; after the first frame it no longer delays the article's paint. A
  // control the reader already moved to (a quick Tab or click) keeps the focus.
  afterFirstFrame(() => root.activeElement ?? scroller.focus({ preventScroll: true }), signal);
  firstTabToToolbar(scroller, tools.bar, signal);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  markStage('shown');
  return { apply, handlers: features.handlers };
}
