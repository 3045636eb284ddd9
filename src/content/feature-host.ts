/**
 * The shell's side of the features (issue 9): builds the one context every feature in
 * features/index.ts is mounted with, in order, and keeps what they registered — the settings
 * watchers, the key bindings, the message handlers — for the reader's lifetime (`signal`).
 */
import type { Article } from '../core/article';
import type { FeatureMessages, Handlers } from '../shared/messages';
import type { Settings, SettingsChange } from '../shared/settings';
import type {
  Feature,
  FeatureContext,
  KeepPick,
  FeatureHandler,
  FeatureHandlers,
  KeptFixKind,
  KeyBinding,
  ToolbarItemOptions,
} from './features/context';
import { shownArticle } from './shown-article';
import { trusted } from './trusted';

/** Where settings are stored (src/shared/settings.ts; the unit tests give their own). */
export interface SettingsStore {
  save(patch: Partial<Settings>): Promise<unknown>;
  update(change: SettingsChange): Promise<unknown>;
}

export interface FeatureHostParts {
  root: ShadowRoot;
  article: Article | null;
  body: HTMLElement | null;
  settings: Settings;
  store: SettingsStore;
  signal: AbortSignal;
  announce(message: string): void;
  addToolbarItem(el: HTMLElement, options: ToolbarItemOptions): void;
  addPanel(el: HTMLElement): void;
  pushEscape(close: () => void): () => void;
  prepareLinks(root: ParentNode): void;
  /** Keeps a removal or bring-back for the site (the reader's; none in a page without a site). */
  keepFix?(kind: KeptFixKind, block: Element): Promise<boolean>;
  startPicker(): void;
  keepPick: KeepPick | null;
}

export interface FeatureHost {
  /** The settings in force changed (storage, or the first load): every watcher hears it. */
  applySettings(settings: Settings): void;
  /** What the features answer, for the reader's router (featureRoutes). */
  readonly handlers: FeatureHandlers;
}

/**
 * The features' keys, on the window in the capture phase, so the page's own handlers never see
 * them; only the user's key presses count (a page's synthetic Ctrl + changed the stored size,
 * issue 12), and the page's preventDefault() does not stop them.
 */
function listenForBindings(bindings: KeyBinding[], signal: AbortSignal): void {
  const onKey = (event: KeyboardEvent) => {
    if (!bindings.some((binding) => binding(event))) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  window.addEventListener('keydown', trusted(onKey), { capture: true, signal });
}

export function mountFeatures(features: readonly Feature[], parts: FeatureHostParts): FeatureHost {
  const { signal, store } = parts;
  let current = parts.settings;
  const watchers: ((settings: Settings) => void)[] = [];
  const bindings: KeyBinding[] = [];
  const handlers: FeatureHandlers = {};
  const ctx: FeatureContext = {
    root: parts.root,
    article: parts.article,
    body: parts.body,
    shown: () => parts.article && shownArticle(parts.article, parts.body),
    keepFix: (kind, block) => parts.keepFix?.(kind, block) ?? Promise.resolve(false),
    signal,
    settings: {
      current: () => current,
      save: (patch) => store.save(patch),
      update: (change) => store.update(change),
      watch(listener) {
        watchers.push(listener);
        listener(current);
      },
    },
    announce: parts.announce,
    addToolbarItem: parts.addToolbarItem,
    addPanel: parts.addPanel,
    addKeyBinding: (binding) => void bindings.push(binding),
    onMessage<K extends keyof FeatureMessages>(type: K, handler: FeatureHandler<K>) {
      (handlers as Record<K, FeatureHandler<K>>)[type] = handler;
    },
    pushEscape: parts.pushEscape,
    addTeardown: (fn) => signal.addEventListener('abort', () => fn(), { once: true }),
    prepareLinks: parts.prepareLinks,
    startPicker: parts.startPicker,
    keepPick: parts.keepPick,
  };
  listenForBindings(bindings, signal);
  for (const feature of features) feature.mount(ctx);
  return {
    applySettings(settings) {
      current = settings;
      for (const watcher of watchers) watcher(settings);
    },
    handlers,
  };
}

/** What a feature message gets while no feature can answer it: the reader is closed, or has no article. */
export const CLOSED_ANSWERS: Readonly<{
  [K in keyof FeatureMessages]: FeatureMessages[K]['response'];
}> = Object.freeze({ 'save-as': { ok: false }, 'get-export': null });

/**
 * The router's entries for the messages features answer: to the open reader's feature, else
 * the closed reader's answer. `current` gives the open reader's handlers, if any.
 */
export function featureRoutes(
  current: () => FeatureHandlers | undefined,
): Handlers<FeatureMessages, unknown> {
  const route =
    <K extends keyof FeatureMessages>(type: K) =>
    (payload: FeatureMessages[K]['request']) => {
      const handler = current()?.[type] as FeatureHandler<K> | undefined;
      return handler ? handler(payload) : CLOSED_ANSWERS[type];
    };
  return { 'save-as': route('save-as'), 'get-export': route('get-export') };
}
