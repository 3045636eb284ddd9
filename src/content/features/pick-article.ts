/**
 * "Pick the article" (issue 11, item 1): when the reader shows the wrong block, or none, the
 * reader points at the right one. The button asks the reader to get out of the way and turn the
 * page into the picker (reader.ts, lazy/picker.ts); the pick opens in the reader. Shown with an
 * article and on the "no article" screen alike. A reading opened from a pick also offers "Use
 * this block on <host> from now on": the pick kept as the site's fix (pick-fix.ts, issue 11,
 * item 3).
 */
import { t } from '../../shared/i18n';
import { h, type FeatureContext, type KeepPick } from './context';

function keepButton(ctx: FeatureContext, pick: KeepPick): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', class: 'pick-article-keep' },
    t('pickKeep', pick.host),
  );
  let kept = false;
  button.addEventListener(
    'click',
    async () => {
      if (kept) return;
      kept = await pick.keep().catch(() => false);
      if (!kept) return ctx.announce(t('pickCouldNotKeep'));
      // aria-disabled, not disabled: the focus stays on the button.
      button.textContent = t('pickKept', pick.host);
      button.setAttribute('aria-disabled', 'true');
      ctx.announce(t('pickKept', pick.host));
    },
    { signal: ctx.signal },
  );
  return button;
}

export function mount(ctx: FeatureContext): void {
  const button = h('button', { type: 'button', class: 'pick-article' }, t('pickArticle'));
  button.addEventListener('click', () => ctx.startPicker(), { signal: ctx.signal });
  ctx.addToolbarItem(button, { movable: true });
  if (ctx.keepPick && ctx.article)
    ctx.addToolbarItem(keepButton(ctx, ctx.keepPick), { movable: true });
}
