/**
 * Text size: "Smaller text" and "Larger text" on the toolbar, and Ctrl/Cmd + and − while the
 * reader is open (they resize the reader's text instead of zooming the page; the browser lets a
 * page take these keys). One step is FONT_SIZE.step, stored like any setting, so the popup's
 * slider and every open reader follow.
 */
import { FONT_SIZE } from '../../shared/settings';
import { t } from '../../shared/i18n';
import { fontStepFor, iconButton, type FeatureContext } from './context';

/** A letter A with a minus or a plus. */
const SMALLER = 'M3 20 9 4l6 16M5.3 14h7.4M17 9h6';
const LARGER = 'M3 20 9 4l6 16M5.3 14h7.4M17 9h6M20 6v6';

export function mount(ctx: FeatureContext): void {
  if (!ctx.article) return; // a one-line "no article" message has no text to size
  // Counted from the stored size at the time of writing, so quick presses all count.
  const step = (direction: 1 | -1) =>
    void ctx.settings.update((s) => ({ fontSize: s.fontSize + direction * FONT_SIZE.step }));
  const smaller = iconButton(t('smallerText'), SMALLER, 'font-size', () => step(-1));
  const larger = iconButton(t('largerText'), LARGER, 'font-size', () => step(1));
  // Always on the bar: the first controls, the last to be squeezed out.
  ctx.addToolbarItem(smaller, { movable: false });
  ctx.addToolbarItem(larger, { movable: false });
  // While the reader is open these keys are its, even if the page called preventDefault().
  ctx.addKeyBinding((event) => {
    const direction = fontStepFor(event);
    if (direction !== 0) step(direction);
    return direction !== 0;
  });
}
