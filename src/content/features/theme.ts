/**
 * The theme menu, with its visible label ("Theme"), which also names it: System (follows the
 * browser), Light, Sepia, Dark. It shows the theme in force, which may change from the popup or
 * another tab; there is one even without an article.
 */
import { t, type MessageKey } from '../../shared/i18n';
import { THEMES, type Theme } from '../../shared/settings';
import { h, type FeatureContext } from './context';

const THEME_NAMES: Readonly<Record<Theme, MessageKey>> = {
  system: 'themeSystem',
  light: 'themeLight',
  sepia: 'themeSepia',
  dark: 'themeDark',
  contrast: 'themeContrast',
};

export function mount(ctx: FeatureContext): void {
  const select = h('select', { class: 'theme', id: 'cp-theme', 'aria-label': t('theme') });
  for (const theme of THEMES) select.append(h('option', { value: theme }, t(THEME_NAMES[theme])));
  select.addEventListener(
    'change',
    () => void ctx.settings.save({ theme: select.value as Theme }),
    {
      signal: ctx.signal,
    },
  );
  ctx.settings.watch((settings) => void (select.value = settings.theme));
  const field = h(
    'span',
    { class: 'theme-field' },
    h('label', { for: 'cp-theme' }, t('theme')),
    select,
  );
  ctx.addToolbarItem(field, { movable: true });
}
