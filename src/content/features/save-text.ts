/**
 * "Save as text": downloads `<title-slug>.txt`, the article as the popup's "Save as text" and the
 * CLI's text output give it. Text is made in the content script, at once: nothing is loaded.
 */
import { articleFilename } from '../../core/export/filename';
import { articleToText } from '../../core/export/text';
import { exportWords } from '../../shared/export-words';
import { t } from '../../shared/i18n';
import { downloadText, h, type FeatureContext } from './context';

export function mount(ctx: FeatureContext): void {
  const { article } = ctx;
  if (!article) return;
  const save = () =>
    downloadText(articleToText(article, exportWords()), articleFilename(article, 'txt'));
  const button = h('button', { type: 'button', class: 'save-text' }, t('saveText'));
  button.addEventListener('click', save, { signal: ctx.signal });
  ctx.addToolbarItem(button, { movable: true });
}
