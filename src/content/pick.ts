/**
 * "Pick the article" from the reader's side: loads the picker (chunks/picker.js, on first use:
 * lazy/picker.ts) and starts it with the UI's words, language and the reader's theme.
 */
import type { Theme } from '../shared/settings';
import { t, uiDir, uiLang } from '../shared/i18n';
import { loadChunk } from './chunks';

export interface PickerRun {
  /** Takes the picker away without a pick or a cancel (the toolbar button pressed again). */
  stop(): void;
}

export interface PickerCallbacks {
  onPick(element: Element): void;
  /** Esc, Cancel, a page that removed the picker, or a picker that could not load. */
  onCancel(): void;
}

export function startPicker(theme: Theme, callbacks: PickerCallbacks): PickerRun {
  const controller = new AbortController();
  const words = {
    label: t('pickArticle'),
    instructions: t('pickInstructions'),
    cancel: t('pickCancel'),
  };
  loadChunk('picker').then(
    (picker) => {
      if (controller.signal.aborted) return;
      picker.start({
        words,
        theme,
        lang: uiLang(),
        dir: uiDir(),
        signal: controller.signal,
        ...callbacks,
      });
    },
    () => !controller.signal.aborted && callbacks.onCancel(),
  );
  return { stop: () => controller.abort() };
}
