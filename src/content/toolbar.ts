/**
 * The overlay's toolbar: text size, theme, save, copy and close. Every control has an
 * accessible name of its own; the names are part of the contract the e2e tests hold.
 */
import { t, type MessageKey } from '../shared/i18n';
import { THEMES, type Theme } from '../shared/settings';
import { h } from './h';
import { copyText } from './save';
import { toolbarOverflow } from './toolbar-overflow';

const THEME_NAMES: Readonly<Record<Theme, MessageKey>> = {
  system: 'themeSystem',
  light: 'themeLight',
  sepia: 'themeSepia',
  dark: 'themeDark',
  contrast: 'themeContrast',
};

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
  extraControls?(announce: (message: string) => void): HTMLElement[];
  /** Ends the toolbar's listeners with the reader. */
  signal?: AbortSignal;
}

export interface Toolbar {
  bar: HTMLElement;
  /** Shows the theme in force (it may change from the popup or another tab). */
  showTheme(theme: Theme): void;
}

/** The theme menu with its visible label ("Theme"), which also names it. */
function themeSwitch(onTheme: (theme: Theme) => void) {
  const select = h('select', { class: 'theme', id: 'cp-theme', 'aria-label': t('theme') });
  for (const theme of THEMES) select.append(h('option', { value: theme }, t(THEME_NAMES[theme])));
  select.addEventListener('change', () => onTheme(select.value as Theme));
  const field = h(
    'span',
    { class: 'theme-field' },
    h('label', { for: 'cp-theme' }, t('theme')),
    select,
  );
  return { field, select };
}

const SVG = 'http://www.w3.org/2000/svg';
/** Stroked paths on a 24×24 grid: a letter A with a minus or a plus, and a cross. */
const TEXT_SMALLER = 'M3 20 9 4l6 16M5.3 14h7.4M17 9h6';
const TEXT_LARGER = 'M3 20 9 4l6 16M5.3 14h7.4M17 9h6M20 6v6';
const CLOSE = 'M6 6l12 12M18 6 6 18';

export function icon(path: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'glyph');
  const line = document.createElementNS(SVG, 'path');
  line.setAttribute('d', path);
  svg.append(line);
  return svg;
}

export function toolbar(
  actions: ToolbarActions,
  hasArticle: boolean,
  announce: (message: string) => void,
): Toolbar {
  // An icon button is named by its label (also its tooltip). Its icon is drawn, not written, so
  // no visible text can disagree with the spoken name (WCAG 2.5.3, axe label-content-name-mismatch).
  const button = (label: string, text: string | SVGSVGElement, onClick: () => void, cls = '') =>
    typeof text === 'string'
      ? h('button', { type: 'button', class: cls, onClick }, text)
      : h(
          'button',
          { type: 'button', 'aria-label': label, title: label, class: cls, onClick },
          text,
        );
  const copy = async () => {
    const text = actions.getText();
    announce(text !== null && (await copyText(text, bar)) ? t('copied') : t('couldNotCopy'));
  };
  const bar = h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': t('readerControls') });
  const theme = themeSwitch(actions.onTheme);
  // What may move into the overflow panel when the bar is too narrow, last ones first.
  const movable: HTMLElement[] = [theme.field];
  if (hasArticle) {
    bar.append(
      button(t('smallerText'), icon(TEXT_SMALLER), () => actions.onFontStep(-1), 'icon'),
      button(t('largerText'), icon(TEXT_LARGER), () => actions.onFontStep(1), 'icon'),
    );
    movable.push(
      button(t('saveText'), t('saveText'), () => actions.onSave()),
      button(t('copyText'), t('copyText'), () => void copy()),
      ...(actions.extraControls?.(announce) ?? []),
    );
  }
  bar.append(...movable);
  const overflow = toolbarOverflow(bar, movable, icon, actions.signal);
  bar.append(
    overflow.toggle,
    button(t('closeReader'), icon(CLOSE), () => actions.onClose(), 'icon close'),
  );
  return { bar, showTheme: (value) => void (theme.select.value = value) };
}
