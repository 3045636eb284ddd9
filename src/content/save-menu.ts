/**
 * "More formats": the overlay's menu button with "Save as Markdown", "Save as HTML" and "Copy as
 * Markdown", next to the plain "Save as text" and "Copy text" buttons. Opening it starts loading
 * the exporter (chunks/export.js), so whichever item is chosen runs at once.
 */
import { t, type MessageKey } from '../shared/i18n';
import type { ExportActions } from './export-actions';
import { menuButton } from './menu-button';
import { copyText } from './save';

interface SaveItem {
  label: MessageKey;
  done: MessageKey;
  failed: MessageKey;
  run(actions: ExportActions, container: Node): Promise<boolean>;
}

const ITEMS: SaveItem[] = [
  {
    label: 'saveMarkdown',
    done: 'savedMarkdown',
    failed: 'failSaveMarkdown',
    run: (actions) => actions.save('markdown'),
  },
  {
    label: 'saveHtml',
    done: 'savedHtml',
    failed: 'failSaveHtml',
    run: (actions) => actions.save('html'),
  },
  {
    label: 'copyMarkdown',
    done: 'copiedMarkdown',
    failed: 'failCopyMarkdown',
    run: async (actions, container) => {
      const text = await actions.copyable('markdown');
      return text !== null && copyText(text, container);
    },
  },
];

export function saveMenu(
  actions: ExportActions,
  announce: (message: string) => void,
  signal: AbortSignal,
): HTMLElement {
  const wrapper: HTMLElement = menuButton({
    label: t('moreFormats'),
    id: 'cp-save-menu',
    signal,
    onOpen: () => actions.prepare(),
    items: ITEMS.map((item) => ({
      label: t(item.label),
      select: () =>
        void item
          .run(actions, wrapper)
          .catch(() => false)
          .then((ok) => announce(t(ok ? item.done : item.failed))),
    })),
  });
  return wrapper;
}
