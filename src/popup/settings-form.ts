/**
 * The popup's reading settings. Each control writes its one setting (the open reader follows
 * through storage events), and the form shows what is stored, including changes made elsewhere:
 * the overlay's theme switch, Ctrl/Cmd +/− in the reader, "Reset to defaults".
 */
import {
  FONT_SIZE,
  fontName,
  LETTER_SPACING,
  LINE_HEIGHT,
  loadSettings,
  onSettingsChanged,
  resetSettings,
  saveSettings,
  updateSettings,
  WIDTH,
  WORD_SPACING,
  type Range,
  type Settings,
} from '../shared/settings';
import { t } from '../shared/i18n';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

interface Slider {
  input: HTMLInputElement;
  output: HTMLOutputElement;
  format(value: number): string;
}

const sliders = {
  fontSize: { id: 'font-size', range: FONT_SIZE, format: (n: number) => `${n}%` },
  lineHeight: { id: 'line-height', range: LINE_HEIGHT, format: (n: number) => n.toFixed(1) },
  width: { id: 'width', range: WIDTH, format: widthInWords },
  letterSpacing: { id: 'letter-spacing', range: LETTER_SPACING, format: spacing },
  wordSpacing: { id: 'word-spacing', range: WORD_SPACING, format: spacing },
} as const;

/** Extra spacing as a share of the letter size: "Normal", "+4%". */
function spacing(em: number): string {
  return em ? `+${Math.round(em * 100)}%` : t('spacingNormal');
}

type SliderKey = keyof typeof sliders;

/**
 * The line length as a reader says it ("Medium"), not the raw "38 em" (issue 10). The bands
 * follow the usual advice of 45–90 characters a line: about two characters an em.
 */
function widthInWords(em: number): string {
  if (em <= 32) return t('widthNarrow');
  if (em <= 42) return t('widthMedium');
  if (em <= 50) return t('widthWide');
  return t('widthWidest');
}

function slider(key: SliderKey): Slider {
  const { id, range, format } = sliders[key];
  const input = $<HTMLInputElement>(id);
  setRange(input, range);
  return { input, output: $<HTMLOutputElement>(`${id}-value`), format };
}

/** The HTML's limits come from the same constants the settings are validated against. */
function setRange(input: HTMLInputElement, { min, max, step }: Range) {
  Object.assign(input, { min: String(min), max: String(max), step: String(step) });
}

function radios(name: string): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${name}"]`)];
}

export async function initSettingsForm(): Promise<void> {
  const controls = {
    fontSize: slider('fontSize'),
    lineHeight: slider('lineHeight'),
    width: slider('width'),
    letterSpacing: slider('letterSpacing'),
    wordSpacing: slider('wordSpacing'),
  };
  const family = $<HTMLSelectElement>('font-family');
  const customFont = $<HTMLInputElement>('custom-font');
  const toggles = {
    hyphenate: $<HTMLInputElement>('hyphenate'),
    hideImages: $<HTMLInputElement>('hide-images'),
  };

  const show = (settings: Settings) => {
    for (const key of Object.keys(controls) as SliderKey[]) {
      const { input, output, format } = controls[key];
      input.value = String(settings[key]);
      output.textContent = format(settings[key]);
      input.setAttribute('aria-valuetext', format(settings[key]));
    }
    family.value = settings.fontFamily;
    // Not while it is being typed in: the stored name is the typed one, trimmed.
    if (document.activeElement !== customFont) customFont.value = settings.customFont;
    for (const key of Object.keys(toggles) as (keyof typeof toggles)[]) {
      toggles[key].checked = settings[key];
    }
    for (const radio of radios('align')) radio.checked = radio.value === settings.align;
    for (const radio of radios('theme')) radio.checked = radio.value === settings.theme;
  };
  const save = async (patch: Partial<Settings>) => show(await saveSettings(patch));

  const stored = await loadSettings();
  show(stored);
  // Opened when one of the folded settings is in force, so what the reader sees is in view.
  const { letterSpacing, wordSpacing, customFont: font, hyphenate, hideImages } = stored;
  if (letterSpacing || wordSpacing || font || hyphenate || hideImages) {
    $<HTMLDetailsElement>('more-settings').open = true;
  }
  onSettingsChanged(show, new AbortController().signal);

  for (const key of Object.keys(controls) as SliderKey[]) {
    const { input } = controls[key];
    input.addEventListener('input', () => void save({ [key]: Number(input.value) }));
  }
  const step = (direction: 1 | -1) => () =>
    void updateSettings((s) => ({ fontSize: s.fontSize + direction * FONT_SIZE.step })).then(show);
  $('font-smaller').addEventListener('click', step(-1));
  $('font-larger').addEventListener('click', step(1));
  family.addEventListener('change', () => void save({ fontFamily: family.value as never }));
  // Each keystroke: a name that cannot be one is not saved (the field says so) until it can.
  customFont.addEventListener('input', () => {
    const name = customFont.value.trim();
    const valid = fontName(name) === name.replace(/\s+/g, ' ');
    customFont.setAttribute('aria-invalid', String(!valid));
    if (valid) void save({ customFont: name });
  });
  for (const key of Object.keys(toggles) as (keyof typeof toggles)[]) {
    const box = toggles[key];
    box.addEventListener('change', () => void save({ [key]: box.checked }));
  }
  for (const name of ['align', 'theme'] as const) {
    for (const radio of radios(name)) {
      radio.addEventListener('change', () => void save({ [name]: radio.value as never }));
    }
  }
  $('reset').addEventListener('click', () => void resetSettings().then(show));
}
