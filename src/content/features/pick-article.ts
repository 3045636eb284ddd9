/**
 * "Pick the article" (issue 11, item 1): when the reader shows the wrong block, or none, the
 * reader points at the right one. The button asks the reader to get out of the way and turn the
 * page into the picker (reader.ts, lazy/picker.ts); the pick opens in the reader. Shown with an
 * article and on the "no article" screen alike.
 */
import { t } from '../../shared/i18n';
import { h, type FeatureContext } from './context';

export function mount(ctx: FeatureContext): void {
  const button = h('button', { type: 'button', class: 'pick-article' }, t('pickArticle'));
  button.addEventListener('click', () => ctx.startPicker(), { signal: ctx.signal });
  ctx.addToolbarItem(button, { movable: true });
}
