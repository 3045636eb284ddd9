/**
 * The reader's life in a tab: open (extract from a clone, show the overlay), close (remove it,
 * give back scroll and focus), and answer the popup's and background's messages: one router,
 * the reader's own messages and those its features answer (feature-host.ts featureRoutes).
 */
// Imported module by module: the barrel would also pull Turndown into the click path.
import { extractSelection } from '../core/extract/selection';
import type { Extraction } from '../core/article';
import {
  handleMessages,
  sendToBackground,
  type ReaderSource,
  type ReaderStatus,
  type TabMessages,
} from '../shared/messages';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  onSettingsChanged,
  saveSettings,
  updateSettings,
} from '../shared/settings';
import { mountOverlay, type Overlay } from './overlay';
import { featureRoutes } from './feature-host';
import { watchPage } from './page-watch';
import { withFreshContent } from './fresh-content';
import { extractFromPage } from './page-source';
import { selectedFragment } from './selection';
import { fixesFor, hostOf, type SiteFix } from '../shared/site-fixes';
import { keepFix } from './kept-fixes';

/**
 * A note to the background that may go unheard. Once the extension is reloaded under an open
 * reader, sending throws at once ("Extension context invalidated"), not a rejected promise.
 */
function tellBackground(name: 'reader-opened' | 'reader-closed'): void {
  try {
    void sendToBackground(name).catch(() => undefined);
  } catch {
    // Cut off from the extension: the reader is closing because of it (see page-watch.ts).
  }
}

export type { ReaderSource } from '../shared/messages';

export interface Reader {
  open(source?: ReaderSource): void;
  close(): void;
  toggle(): void;
}

interface OpenState {
  source: ReaderSource;
  extraction: Extraction;
  overlay: Overlay;
  controller: AbortController;
  scroll: { x: number; y: number };
  focus: Element | null;
}

/**
 * The element that holds focus, through the page's open shadow roots: document.activeElement
 * names only the outermost host, and focusing that host gives focus to nothing (issue 12).
 */
function focusedElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** How an opening goes: with or without the site's fixes, and what to give back on closing. */
interface Opening {
  useFixes: boolean;
  /** Set when the reader is shown again (the fixes arrived, or their Undo): the first opening's. */
  restore?: { scroll: { x: number; y: number }; focus: Element | null };
}

const fixKey = (fixes: readonly SiteFix[]) =>
  fixes.map((f) => `${f.kind} ${f.selector}`).join('\n');

export function createReader(): Reader {
  let state: OpenState | null = null;
  // The settings last known, so the first frame is already right; storage answers a moment later.
  let settings = DEFAULT_SETTINGS;
  void loadSettings().then((s) => {
    settings = s;
    state?.overlay.apply(settings);
  });

  function status(): ReaderStatus {
    if (!state) return { open: false };
    const { extraction } = state;
    return extraction.ok
      ? {
          open: true,
          kind: 'article',
          title: extraction.article.title,
          readingMinutes: extraction.article.readingMinutes,
        }
      : { open: true, kind: 'no-article' };
  }

  // This site's fixes as last read (issue 11, item 3): the click extracts at once with these, and
  // the storage read started beside it shows the reading again only if they changed (the first
  // opening on a site with fixes). A site without fixes costs that one read, nothing more.
  let known: { host: string; fixes: SiteFix[] } | null = null;

  function open(source: ReaderSource = 'page', opening: Opening = { useFixes: true }): void {
    if (state) return;
    const scroll = opening.restore?.scroll ?? { x: window.scrollX, y: window.scrollY };
    const focus = opening.restore ? opening.restore.focus : focusedElement();
    const host = source === 'selection' ? null : hostOf(location.href);
    const fresh = host && !opening.restore ? fixesFor(host) : null;
    const fixes = host && opening.useFixes && known?.host === host ? known.fixes : [];
    const extraction = withFreshContent(
      source === 'selection'
        ? extractSelection(document, selectedFragment())
        : extractFromPage(document, fixes),
    );
    // Opened by itself on a chosen site: a page without an article gets no "no article" screen.
    if (source === 'auto' && !extraction.ok) return;
    const controller = new AbortController();
    const overlay = mountOverlay(extraction, {
      settings,
      signal: controller.signal,
      store: { save: saveSettings, update: updateSettings },
      onClose: close,
      keepFix,
      ...(host
        ? { fixes: { host, undone: !opening.useFixes, onUndo: () => showAgain(false) } }
        : {}),
    });
    const opened: OpenState = { source, extraction, overlay, controller, scroll, focus };
    state = opened;
    onSettingsChanged((s) => {
      settings = s;
      overlay.apply(settings);
    }, controller.signal);
    watchPage(close, controller.signal);
    if (!opening.restore) tellBackground('reader-opened');
    void fresh?.then((stored) => {
      const before = fixKey(fixes);
      known = { host: host!, fixes: stored };
      if (state === opened && fixKey(stored) !== before) showAgain(true);
    });
  }

  /** The same reading shown again, with or without the site's fixes; scroll and focus kept. */
  function showAgain(useFixes: boolean): void {
    if (!state) return;
    const { controller, scroll, focus, source } = state;
    state = null;
    controller.abort();
    open(source, { useFixes, restore: { scroll, focus } });
  }

  function close(): void {
    if (!state) return;
    const { controller, scroll, focus } = state;
    state = null;
    controller.abort();
    window.scrollTo(scroll.x, scroll.y);
    if (focus instanceof HTMLElement || focus instanceof SVGElement)
      focus.focus({ preventScroll: true });
    tellBackground('reader-closed');
  }

  function toggle(): void {
    if (state) close();
    else open();
  }

  handleMessages<TabMessages>({
    'reader-status': () => status(),
    'reader-close': () => (close(), status()),
    ...featureRoutes(() => state?.overlay.handlers),
  });

  return { open, close, toggle };
}
