/**
 * One feature mounted alone through the real feature host (src/content/feature-host.ts), in an
 * open shadow root with a toolbar and the article's body, for test/unit/features/<id>.test.ts.
 * The settings store records what the feature stored; Esc goes through a real Esc stack.
 */
import { vi, type Mock } from 'vitest';
import type { Article } from '../../../src/core/article';
import { escapeStack } from '../../../src/content/escape-stack';
import { mountFeatures, type FeatureHostParts } from '../../../src/content/feature-host';
import type { Feature, KeepPick } from '../../../src/content/features/context';
import { FEATURES } from '../../../src/content/features/index';
import { DEFAULT_SETTINGS, type Settings, type SettingsChange } from '../../../src/shared/settings';

export function feature(id: string): Feature {
  const found = FEATURES.find((f) => f.id === id);
  if (!found) throw new Error(`no feature ${id}`);
  return found;
}

export interface MountedFeature {
  root: ShadowRoot;
  bar: HTMLElement;
  body: HTMLElement | null;
  items: { el: HTMLElement; movable: boolean }[];
  /** What the feature put beside the article. */
  panels: HTMLElement[];
  store: {
    save: Mock<(patch: Partial<Settings>) => Promise<Settings>>;
    update: Mock<(change: SettingsChange) => Promise<Settings>>;
  };
  announce: Mock<(message: string) => void>;
  closeReader: Mock<() => void>;
  startPicker: Mock<() => void>;
  escape(): void;
  host: ReturnType<typeof mountFeatures>;
  controller: AbortController;
  /** The text size stored after the store's recorded updates, from `settings`. */
  storedAfterUpdates(settings?: Settings): Settings;
}

export function mountFeature(
  id: string,
  options: {
    article?: Article | null;
    settings?: Settings;
    keepFix?: FeatureHostParts['keepFix'];
    keepPick?: KeepPick | null;
  } = {},
): MountedFeature {
  const article = options.article ?? null;
  const settings = options.settings ?? { ...DEFAULT_SETTINGS };
  const controller = new AbortController();
  const hostEl = document.createElement('div');
  document.body.append(hostEl);
  controller.signal.addEventListener('abort', () => hostEl.remove());
  const root = hostEl.attachShadow({ mode: 'open' });
  const bar = document.createElement('div');
  bar.className = 'toolbar';
  root.append(bar);
  let body: HTMLElement | null = null;
  if (article) {
    body = document.createElement('div');
    body.className = 'body';
    body.append(article.content);
    root.append(body);
  }
  const items: MountedFeature['items'] = [];
  const panels: HTMLElement[] = [];
  const store = {
    save: vi.fn(async (_patch: Partial<Settings>) => settings),
    update: vi.fn(async (_change: SettingsChange) => settings),
  };
  const announce = vi.fn((_message: string) => undefined);
  const closeReader = vi.fn(() => undefined);
  const startPicker = vi.fn(() => undefined);
  const escapes = escapeStack(closeReader);
  const host = mountFeatures([feature(id)], {
    root,
    article,
    body,
    settings,
    store,
    signal: controller.signal,
    announce,
    addToolbarItem: (el, { movable }) => {
      bar.append(el);
      items.push({ el, movable });
    },
    addPanel: (el) => {
      root.append(el);
      panels.push(el);
    },
    pushEscape: escapes.push,
    prepareLinks: () => undefined,
    ...(options.keepFix ? { keepFix: options.keepFix } : {}),
    startPicker,
    keepPick: options.keepPick ?? null,
  });
  const storedAfterUpdates = (from = settings) =>
    store.update.mock.calls.reduce((s: Settings, [change]) => ({ ...s, ...change(s) }), from);
  return {
    root,
    bar,
    body,
    items,
    panels,
    store,
    announce,
    closeReader,
    startPicker,
    escape: escapes.closeInnermost,
    host,
    controller,
    storedAfterUpdates,
  };
}
