/**
 * The overlay's toolbar: text size, theme, save, copy and close. Every control has an
 * accessible name of its own; the names are part of the contract the e2e tests hold.
 */
import { THEMES, type Theme } from '../shared/settings';
import { h } from './h';
import { copyText } from './save';
import { THEME_LABELS } from './themes';

export interface ToolbarActions {
  onClose(): void;
  onSave(): void;
  /** The text "Copy text" copies, or null when there is no article. */
  getText(): string | null;
  onFontStep(direction: 1 | -1): void;
  onTheme(theme: Theme): void;
  /**
   * More controls after "Copy text" (the save menu). Built here, before the overlay registers
   * its Esc listener, so theirs run first.
   */
  extraControls?(announce: (message: string) => void): Node[];
}

export interface Toolbar {
  bar: HTMLElement;
  /** Shows the theme in force (it may change from the popup or another tab). */
  showTheme(theme: Theme): void;
}

function themeSwitch(onTheme: (theme: Theme) => void): HTMLSelectElement {
  const select = h('select', { class: 'theme', 'aria-label': 'Theme' });
  for (const theme of THEMES) select.append(h('option', { value: theme }, THEME_LABELS[theme]));
  select.addEventListener('change', () => onTheme(select.value as Theme));
  return select;
}

export function toolbar(
  actions: ToolbarActions,
  hasArticle: boolean,
  announce: (message: string) => void,
): Toolbar {
  const button = (label: string, text: string, onClick: () => void, cls = '') =>
    h('button', { type: 'button', 'aria-label': label, class: cls, onClick }, text);
  const copy = async () => {
    const text = actions.getText();
    announce(text !== null && (await copyText(text, bar)) ? 'Copied' : 'Could not copy');
  };
  const bar = h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Reader controls' });
  const theme = themeSwitch(actions.onTheme);
  bar.append(theme);
  if (hasArticle) {
    bar.prepend(
      button('Smaller text', 'A−', () => actions.onFontStep(-1), 'icon'),
      button('Larger text', 'A+', () => actions.onFontStep(1), 'icon'),
    );
    bar.append(
      button('Save as text', 'Save as text', () => actions.onSave()),
      button('Copy text', 'Copy text', () => void copy()),
      ...(actions.extraControls?.(announce) ?? []),
    );
  }
  bar.append(button('Close reader', '✕', () => actions.onClose(), 'icon close'));
  return { bar, showTheme: (value) => void (theme.value = value) };
}
