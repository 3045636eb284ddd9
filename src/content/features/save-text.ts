/**
 * "Save as text": downloads `<title-slug>.txt`, the article as the popup's "Save as text" and the
 * CLI's text output give it, as the reader shows it (without parts removed for this reading,
 * with parts brought back). Text is made in the content script, at once: nothing is loaded.
 */
import { articleFilename } from '../../core/export/filename';
import { articleToText } from '../../core/export/text';
import { exportWords } from '../../shared/export-words';
import { t } from '../../shared/i18n';
import { downloadText, h, type FeatureContext } from './context';

export function mount(ctx: FeatureContext): void {
  const { article } = ctx;
  if (!article) return;
  const save = () => {
    const shown = ctx.shown() ?? article;
    downloadText(articleToText(shown, exportWords()), articleFilename(shown, 'txt'));
  };
  const button = h('button', { type: 'button', class: 'save-text' }, t('saveText'));
  button.addEventListener('click', save, { signal: ctx.signal });
  ctx.addToolbarItem(button, { movable: true });
}
