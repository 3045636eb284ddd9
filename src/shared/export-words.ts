/**
 * Clearpage's words for saved and copied files in the UI's language (issue 10), from the same
 * messages as the popup and the reader: the file says "Par" in a French UI, "By" in English.
 */
import { SLOT, type ExportWords } from '../core/export/words';
import { t, uiDir, uiLang } from './i18n';

export function exportWords(): ExportWords {
  return {
    lang: uiLang(),
    dir: uiDir(),
    byline: t('byline', SLOT),
    source: t('sourceLabel'),
    minutesRead: t('minutesRead', SLOT),
    savedWith: t('savedWith', SLOT),
  };
}
