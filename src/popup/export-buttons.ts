/**
 * The popup's "Save as Markdown", "Save as HTML" and "Copy as Markdown": each button names its
 * action in `data-export="save:<format>"` or `"copy:<format>"`; the reader in the tab makes
 * the file or the text (loading its exporter there), the popup only asks and reports.
 */
import { EXPORT_FORMATS, sendToTab, type ExportFormat } from '../shared/messages';

const NAMES: Record<ExportFormat, string> = { text: 'text', markdown: 'Markdown', html: 'HTML' };

function buttons(): HTMLButtonElement[] {
  return [...document.querySelectorAll<HTMLButtonElement>('button[data-export]')];
}

/** Enabled only while the tab's reader shows an article. */
export function enableExportButtons(enabled: boolean): void {
  for (const button of buttons()) button.toggleAttribute('disabled', !enabled);
}

async function run(tabId: number, action: string, format: ExportFormat): Promise<string> {
  if (action === 'save') {
    const { ok } = await sendToTab(tabId, 'save-as', { format });
    return ok ? `Saved as ${NAMES[format]} to your downloads.` : 'Nothing to save.';
  }
  const result = await sendToTab(tabId, 'get-export', { format });
  if (!result) return 'Nothing to copy.';
  await navigator.clipboard.writeText(result.text);
  return `Copied as ${NAMES[format]}.`;
}

export function wireExportButtons(tabId: number, say: (message: string) => void): void {
  for (const button of buttons()) {
    const [action = '', format] = (button.dataset.export ?? '').split(':');
    if (!EXPORT_FORMATS.includes(format as ExportFormat)) continue;
    button.addEventListener('click', () => {
      run(tabId, action, format as ExportFormat).then(say, () =>
        say(`Could not ${button.textContent?.trim().replace(/^\w/, (c) => c.toLowerCase())}.`),
      );
    });
  }
}
