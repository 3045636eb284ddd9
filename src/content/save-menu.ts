/**
 * "More formats": the overlay's menu button with "Save as Markdown", "Save as HTML" and "Copy as
 * Markdown", next to the plain "Save as text" and "Copy text" buttons. Opening it starts loading
 * the exporter (export.js), so whichever item is chosen runs at once.
 */
import type { ExportActions } from './export-actions';
import { menuButton } from './menu-button';
import { copyText } from './save';

interface SaveItem {
  label: string;
  done: string;
  run(actions: ExportActions, container: Node): Promise<boolean>;
}

const ITEMS: SaveItem[] = [
  {
    label: 'Save as Markdown',
    done: 'Saved as Markdown',
    run: (actions) => actions.save('markdown'),
  },
  { label: 'Save as HTML', done: 'Saved as HTML', run: (actions) => actions.save('html') },
  {
    label: 'Copy as Markdown',
    done: 'Copied as Markdown',
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
  const failed = (label: string) => `Could not ${label.replace(/^\w/, (c) => c.toLowerCase())}`;
  const wrapper: HTMLElement = menuButton({
    label: 'More formats',
    id: 'cp-save-menu',
    signal,
    onOpen: () => actions.prepare(),
    items: ITEMS.map((item) => ({
      label: item.label,
      select: () =>
        void item
          .run(actions, wrapper)
          .catch(() => false)
          .then((ok) => announce(ok ? item.done : failed(item.label))),
    })),
  });
  return wrapper;
}
