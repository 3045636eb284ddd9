/**
 * "More formats": a menu button with "Save as Markdown", "Save as HTML" and "Copy as Markdown",
 * next to the plain "Save as text" and "Copy text" buttons. Opening it starts loading the
 * exporter (chunks/export.js), so whichever item is chosen runs at once. It also answers the
 * popup's save and copy in every format (`save-as`, `get-export`), the same actions.
 */
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/messages';
import { t, type MessageKey } from '../../shared/i18n';
import {
  copyText,
  exportActions,
  menuButton,
  type ExportActions,
  type FeatureContext,
} from './context';

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

/** A format from outside (the popup's message) is checked, not trusted. */
const known = (format: unknown): format is ExportFormat =>
  EXPORT_FORMATS.includes(format as ExportFormat);

export function mount(ctx: FeatureContext): void {
  const { article } = ctx;
  if (!article) return;
  // What the reader shows now: a block removed for this reading is not saved (issue 11).
  const actions = exportActions(() => ctx.shown() ?? article);
  const wrapper: HTMLElement = menuButton({
    label: t('moreFormats'),
    id: 'cp-save-menu',
    signal: ctx.signal,
    pushEscape: ctx.pushEscape,
    onOpen: () => actions.prepare(),
    items: ITEMS.map((item) => ({
      label: t(item.label),
      select: () =>
        void item
          .run(actions, wrapper)
          .catch(() => false)
          .then((ok) => ctx.announce(t(ok ? item.done : item.failed))),
    })),
  });
  wrapper.classList.add('save-menu');
  ctx.addToolbarItem(wrapper, { movable: true });

  ctx.onMessage('save-as', async (request) => ({
    ok: known(request?.format) && (await actions.save(request.format)),
  }));
  ctx.onMessage('get-export', async (request) => {
    const text = known(request?.format) ? await actions.copyable(request.format) : null;
    return text === null ? null : { text };
  });
}
