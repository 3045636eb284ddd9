/**
 * The popup's "Save as Markdown", "Save as HTML" and "Copy as Markdown": each button names its
 * action in `data-export="save:<format>"` or `"copy:<format>"`; the reader in the tab makes
 * the file or the text (loading its exporter there), the popup only asks and reports.
 */
import { t, type MessageKey } from '../shared/i18n';
import { sendToTab, type ExportFormat } from '../shared/messages';

/** What each button reports when it worked and when it did not, as messages. */
const REPORTS: Partial<Record<string, { done: MessageKey; failed: MessageKey }>> = {
  'save:markdown': { done: 'savedMarkdown', failed: 'failSaveMarkdown' },
  'save:html': { done: 'savedHtml', failed: 'failSaveHtml' },
  'copy:markdown': { done: 'copiedMarkdown', failed: 'failCopyMarkdown' },
};

function buttons(): HTMLButtonElement[] {
  return [...document.querySelectorAll<HTMLButtonElement>('button[data-export]')];
}

/** Enabled only while the tab's reader shows an article. */
export function enableExportButtons(enabled: boolean): void {
  for (const button of buttons()) button.toggleAttribute('disabled', !enabled);
}

async function run(tabId: number, action: string, format: ExportFormat, done: MessageKey) {
  if (action === 'save') {
    const { ok } = await sendToTab(tabId, 'save-as', { format });
    return ok ? t('toDownloads', t(done)) : t('nothingToSave');
  }
  const result = await sendToTab(tabId, 'get-export', { format });
  if (!result) return t('nothingToCopy');
  await navigator.clipboard.writeText(result.text);
  return `${t(done)}.`;
}

export function wireExportButtons(tabId: number, say: (message: string) => void): void {
  for (const button of buttons()) {
    const spec = button.dataset.export ?? '';
    const report = REPORTS[spec];
    if (!report) continue;
    const [action = '', format] = spec.split(':');
    button.addEventListener('click', () => {
      run(tabId, action, format as ExportFormat, report.done).then(say, () =>
        say(`${t(report.failed)}.`),
      );
    });
  }
}
