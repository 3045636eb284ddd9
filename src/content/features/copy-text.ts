/**
 * "Copy text": the article's clean text, as the reader shows it, on the clipboard (save.ts says
 * how), then says so.
 */
import { articleToText } from '../../core/export/text';
import { exportWords } from '../../shared/export-words';
import { t } from '../../shared/i18n';
import { copyText, h, type FeatureContext } from './context';

export function mount(ctx: FeatureContext): void {
  const { article } = ctx;
  if (!article) return;
  const button = h('button', { type: 'button', class: 'copy-text' }, t('copyText'));
  const copy = async () => {
    // Copied in the page only as a last resort, inside the reader's dialog where the button is
    // (the bar or the overflow panel): outside a modal dialog everything is inert.
    const container = button.parentElement ?? ctx.root;
    const ok = await copyText(articleToText(ctx.shown() ?? article, exportWords()), container);
    ctx.announce(t(ok ? 'copied' : 'couldNotCopy'));
  };
  button.addEventListener('click', () => void copy(), { signal: ctx.signal });
  ctx.addToolbarItem(button, { movable: true });
}
