/**
 * Puts the settings on the reader: sizes, spacing and the font as custom properties; alignment,
 * theme, hyphenation and hidden images as attributes that overlay.css and the generated theme rules select on. Set through the CSSOM,
 * which a page's `style-src` does not govern.
 */
import { clampFontSize, fontName, type Settings } from '../shared/settings';
import { fontStack } from './fonts';

export function applyTypography(reader: HTMLElement, settings: Settings): void {
  const { style } = reader;
  style.setProperty('--cp-scale', String(clampFontSize(settings.fontSize) / 100));
  style.setProperty('--cp-line-height', String(settings.lineHeight));
  style.setProperty('--cp-width', `${settings.width}em`);
  // A font of the computer's goes first; the family's stack stands in where it is missing.
  const stack = fontStack(settings.fontFamily);
  const name = fontName(settings.customFont);
  style.setProperty('--cp-font', name ? `"${name}", ${stack}` : stack);
  style.setProperty('--cp-letter-spacing', `${settings.letterSpacing}em`);
  style.setProperty('--cp-word-spacing', `${settings.wordSpacing}em`);
  reader.setAttribute('data-align', settings.align);
  reader.setAttribute('data-theme', settings.theme);
  reader.toggleAttribute('data-hyphenate', settings.hyphenate);
  reader.toggleAttribute('data-hide-images', settings.hideImages);
}
