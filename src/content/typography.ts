/**
 * Puts the settings on the reader: sizes and the font as custom properties, alignment and theme
 * as attributes that overlay.css and the generated theme rules select on. Set through the CSSOM,
 * which a page's `style-src` does not govern.
 */
import { clampFontSize, type Settings } from '../shared/settings';
import { fontStack } from './fonts';

export function applyTypography(reader: HTMLElement, settings: Settings): void {
  const { style } = reader;
  style.setProperty('--cp-scale', String(clampFontSize(settings.fontSize) / 100));
  style.setProperty('--cp-line-height', String(settings.lineHeight));
  style.setProperty('--cp-width', `${settings.width}em`);
  style.setProperty('--cp-font', fontStack(settings.fontFamily));
  reader.setAttribute('data-align', settings.align);
  reader.setAttribute('data-theme', settings.theme);
}
