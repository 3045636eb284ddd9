/**
 * The reader's life in a tab: open (extract from a clone, show the overlay), close (remove it,
 * give back scroll and focus), and answer the popup's and background's messages: one router,
 * the reader's own messages and those its features answer (feature-host.ts featureRoutes).
 */
// Imported module by module: the barrel would also pull Turndown into the click path.
import { extractSelection } from '../core/extract/selection';
import { extractPicked } from '../core/extract/picked';
import { READER_LIMITS, TOO_LARGE_MESSAGE } from '../core/extract/limits';
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
import { flattenedElement } from './flat-copy';
import { selectedFragment } from './selection';
import { startPicker, type PickerRun } from './pick';
import { pickedBy, sitePick } from './pick-fix';
import { t } from '../shared/i18n';
import type { ReaderNote } from './overlay';
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
  /** `picked` is the block a pick chose (source 'pick'). */
  open(source?: ReaderSource, picked?: Element): void;
  close(): void;
  /** Closes the reader (or stops picking), or opens it. */
  toggle(): void;
  /** "Pick the article": the reader gets out of the way and the page becomes the picker. */
  pick(): void;
}

/** Where the reader was opened from, to give back on close: the window's scroll and focus. */
interface Origin {
  scroll: { x: number; y: number };
  focus: Element | null;
}

interface OpenState extends Origin {
  extraction: Extraction;
  overlay: Overlay;
  controller: AbortController;
  source: ReaderSource;
  picked: Element | undefined;
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

/** A picked block, its open shadow trees flattened in (flat-copy.ts), read as the article. */
function readPicked(element: Element): Extraction {
  const block = flattenedElement(element);
  if (!block) return { ok: false, reason: 'too-large', message: TOO_LARGE_MESSAGE };
  return extractPicked(document, block, { purifyWindow: window, limits: READER_LIMITS });
}

/** How an opening goes: with or without the site's fixes, and what to give back on closing. */
interface Opening {
  /** The site's fixes (its kept pick, removals, parts kept) apply; not after their Undo. */
  useFixes: boolean;
  /** What closing gives back, when not the window as it is now (a pick, a reading shown again). */
  origin?: Origin;
  /** The reading shown again (its fixes arrived, or their Undo): the background knows it open. */
  again?: boolean;
}

const fixKey = (fixes: readonly SiteFix[]) =>
  fixes.map((f) => `${f.kind} ${f.selector}`).join('\n');

/** The window's scroll position and the focused element, as they were. */
function giveBack({ scroll, focus }: Origin): void {
  window.scrollTo(scroll.x, scroll.y);
  if (focus instanceof HTMLElement || focus instanceof SVGElement)
    focus.focus({ preventScroll: true });
}

export function createReader(): Reader {
  let state: OpenState | null = null;
  // The site's kept pick, read now beside the click's work (pick-fix.ts).
  const site = sitePick();
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

  let picking: PickerRun | null = null;
  // This site's fixes as last read (issue 11, item 3): the click extracts at once with these, and
  // the storage read started beside it shows the reading again only if they changed (the first
  // opening on a site with fixes). A site without fixes costs that one read, nothing more.
  let known: { host: string; fixes: SiteFix[] } | null = null;

  function extract(
    source: ReaderSource,
    picked: Element | undefined,
    fixes: readonly SiteFix[],
  ): Extraction {
    if (source === 'selection') return extractSelection(document, selectedFragment());
    if (source === 'pick' && picked) return readPicked(picked);
    return extractFromPage(document, fixes);
  }

  /**
   * The site's kept pick for a reading of the page: the element it finds, with the reader's note
   * ("showing the block kept", or "not found: the whole page"); nothing when there is none or
   * it is not known yet (open() then looks again once storage answers).
   */
  function keptPick(source: ReaderSource, useFix: boolean) {
    const selector = useFix && (source === 'page' || source === 'auto') ? site.known() : null;
    if (!selector) return { element: undefined, note: undefined };
    const element = pickedBy(document, selector) ?? undefined;
    const note: ReaderNote = element
      ? {
          text: t('fixPickApplied'),
          action: { label: t('fixPickUndo'), run: () => showAgain(false) },
        }
      : { text: t('fixPickSkipped') };
    return { element, note };
  }

  function open(
    source: ReaderSource = 'page',
    picked?: Element,
    opening: Opening = { useFixes: true },
  ): void {
    if (state || picking) return;
    // A pick started without an element (the popup's request) is the picker, not a reading.
    if (source === 'pick' && !picked) return pick();
    const { useFixes, origin, again } = opening;
    const scroll = origin?.scroll ?? { x: window.scrollX, y: window.scrollY };
    const focus = origin ? origin.focus : focusedElement();
    const host = source === 'selection' ? null : hostOf(location.href);
    const fresh = host && !again ? fixesFor(host) : null;
    const fixes = host && useFixes && known?.host === host ? known.fixes : [];
    const kept = keptPick(source, useFixes);
    const extraction = withFreshContent(
      kept.element ? readPicked(kept.element) : extract(source, picked, fixes),
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
      ...(host ? { fixes: { host, undone: !useFixes, onUndo: () => showAgain(false) } } : {}),
      onPick: pick,
      note: kept.note,
      keepPick:
        source === 'pick' && picked && site.host
          ? { host: site.host, keep: () => site.keep(picked) }
          : undefined,
    });
    const opened: OpenState = { extraction, overlay, controller, scroll, focus, source, picked };
    state = opened;
    // Storage had not answered yet: once it has, a kept pick replaces this reading.
    if (useFixes && site.known() === undefined && (source === 'page' || source === 'auto')) {
      void site.ready.then((selector) => selector && state === opened && showAgain(true));
    }
    onSettingsChanged((s) => {
      settings = s;
      overlay.apply(settings);
    }, controller.signal);
    watchPage(close, controller.signal);
    if (!again) tellBackground('reader-opened');
    void fresh?.then((stored) => {
      const before = fixKey(fixes);
      known = { host: host!, fixes: stored };
      if (state === opened && fixKey(stored) !== before) showAgain(true);
    });
  }

  /**
   * The same reading shown again, with or without the site's fixes (they arrived, or their Undo);
   * the first opening's scroll and focus kept.
   */
  function showAgain(useFixes: boolean): void {
    if (!state) return;
    const { controller, scroll, focus, source, picked } = state;
    state = null;
    controller.abort();
    open(source, picked, { useFixes, origin: { scroll, focus }, again: true });
    // Opened by itself ('auto') on a kept block without text: no reader after all.
    if (!state) tellBackground('reader-closed');
  }

  function close(): void {
    if (!state) return;
    const { controller } = state;
    const origin = state;
    state = null;
    controller.abort();
    giveBack(origin);
    tellBackground('reader-closed');
  }

  function pick(): void {
    if (picking) return;
    const back = state && { source: state.source, picked: state.picked };
    close();
    const origin: Origin = {
      scroll: { x: window.scrollX, y: window.scrollY },
      focus: focusedElement(),
    };
    const done = () => void (picking = null);
    picking = startPicker(settings.theme, {
      onPick: (element) => (done(), open('pick', element, { useFixes: true, origin })),
      // Cancelled: back to the reader it was started from, else to the page as it was.
      onCancel: () => {
        done();
        if (back) open(back.source, back.picked);
        else giveBack(origin);
      },
    });
  }

  function toggle(): void {
    if (picking) {
      picking.stop();
      picking = null;
    } else if (state) close();
    else open();
  }

  handleMessages<TabMessages>({
    'reader-status': () => status(),
    'reader-close': () => (close(), status()),
    ...featureRoutes(() => state?.overlay.handlers),
  });

  return { open, close, toggle, pick };
}
