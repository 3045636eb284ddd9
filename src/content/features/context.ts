/**
 * What a reader feature (features/<id>.ts) is mounted with, and its one door to the rest of
 * src/content (issue 9; eslint.config.js keeps a feature to ./context, src/core, src/shared and
 * packages). A feature builds its controls from the building blocks re-exported here, adds them
 * through the context, and ends with the reader: everything it registers through the context
 * (toolbar items, key bindings, message handlers, Esc entries) goes when `signal` aborts, and its
 * own listeners take `signal` too.
 */
import type { Article } from '../../core/article';
import type { FeatureMessages } from '../../shared/messages';
import type { Settings, SettingsChange } from '../../shared/settings';

/** The typed settings item, as a feature sees it (src/shared/settings.ts does the storage). */
export interface FeatureSettings {
  /** The settings in force now. */
  current(): Settings;
  /** Stores `patch` over the newest stored settings. */
  save(patch: Partial<Settings>): Promise<unknown>;
  /** Stores a change computed from the newest stored settings (quick presses all count). */
  update(change: SettingsChange): Promise<unknown>;
  /** Calls `listener` with the settings in force now, then on every change while open. */
  watch(listener: (settings: Settings) => void): void;
}

/** A feature's answer to one of the messages features answer (the popup's save and copy). */
export type FeatureHandler<K extends keyof FeatureMessages> = (
  payload: FeatureMessages[K]['request'],
) => FeatureMessages[K]['response'] | Promise<FeatureMessages[K]['response']>;

export type FeatureHandlers = { [K in keyof FeatureMessages]?: FeatureHandler<K> };

/**
 * A key binding: true when it took the key (the reader then keeps it from the page and the
 * browser). Only the user's own key presses reach it, before the page's handlers (issue 12).
 */
export type KeyBinding = (event: KeyboardEvent) => boolean;

/** What the reader can keep for a site from a feature: a removal or a bring-back. */
export type KeptFixKind = 'remove' | 'keep';

export interface ToolbarItemOptions {
  /** May move into the "More controls" panel when the toolbar is too narrow. */
  movable: boolean;
}

export interface FeatureContext {
  /** The reader's closed shadow root. */
  readonly root: ShadowRoot;
  /** The article shown, or null when the page had none (a feature that needs one stays out). */
  readonly article: Article | null;
  /** The reader's article body (`.body`), or null without an article. */
  readonly body: HTMLElement | null;
  /**
   * The article as the reader shows it now, what saves and copies use: without the blocks
   * removed for this reading, with the parts brought back (issue 11, item 2). Null without one.
   */
  shown(): Article | null;
  /**
   * Keeps a removal (`'remove'`) or a bring-back (`'keep'`) of `block` as a fix for this site
   * (issue 11, item 3), stored as the structural selector of the page's element for it; false
   * when it cannot (not a web page, or no such element in the page).
   */
  keepFix(kind: KeptFixKind, block: Element): Promise<boolean>;
  readonly settings: FeatureSettings;
  /** Aborted when the reader closes. */
  readonly signal: AbortSignal;
  /** Says `message` in the reader's live region. */
  announce(message: string): void;
  /** Appends `el` to the toolbar; items appear in the order of features/index.ts. */
  addToolbarItem(el: HTMLElement, options: ToolbarItemOptions): void;
  /**
   * Puts `el` beside the article, at its start edge (a side panel such as the outline's): inside
   * the dialog, below the toolbar, next to the article's scroller.
   */
  addPanel(el: HTMLElement): void;
  addKeyBinding(binding: KeyBinding): void;
  /** Answers `type` while this reader is open (the reader's one router, reader.ts). */
  onMessage<K extends keyof FeatureMessages>(type: K, handler: FeatureHandler<K>): void;
  /**
   * Makes `close` what Esc does while it is the innermost open thing (a menu: menu, then the
   * overflow panel, then the reader); the returned function takes it off (the thing closed).
   */
  pushEscape(close: () => void): () => void;
  /** Runs `fn` when the reader closes. */
  addTeardown(fn: () => void): void;
  /** Links open in a new tab, as in the article. */
  prepareLinks(root: ParentNode): void;
  /** "Pick the article": the reader closes and the page becomes the picker (reader.ts). */
  startPicker(): void;
  /** Set when the article is a block just picked on an http(s) page: keeps it for the site. */
  readonly keepPick: KeepPick | null;
}

export interface KeepPick {
  /** The site it would be kept for ("news.example"). */
  readonly host: string;
  /** Stores the pick as the site's fix; false when it could not be kept. */
  keep(): Promise<boolean>;
}

export interface Feature {
  /** Its file name, its CSS class prefix and its test's name (test/unit/features/<id>.test.ts). */
  readonly id: string;
  mount(ctx: FeatureContext): void;
}

// The building blocks features are made of.
export { h } from '../h';
export { icon, iconButton } from '../icon';
export { menuButton, type MenuItem } from '../menu-button';
export { copyText, downloadText } from '../save';
export { exportActions, type ExportActions } from '../export-actions';
export { loadChunk } from '../chunks';
export { fontStepFor } from '../keys';
export { afterFirstFrame } from '../first-frame';
export { CUT_ATTR } from '../shown-article';
// Types only: the chunks' code stays in chunks/*.js (bundle-scan.test.ts).
export type { ReadAloud, ReadAloudState, VoiceChoice } from '../lazy/read-aloud';
