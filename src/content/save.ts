/** Getting the article out of the page: a download, or the clipboard. */
import { sendToBackground } from '../shared/messages';

/**
 * Downloads `text` as `filename` through a temporary link: no `downloads` permission needed,
 * and the browser's own download UI decides where it goes. A name already taken in the folder
 * is never overwritten: Chromium and Firefox save the second one as "name (1).ext".
 */
export function downloadText(text: string, filename: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.click();
  // Firefox starts the download asynchronously; revoking at once would cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Copies `text` without an event the page can see (issue 12). navigator.clipboard fires no
 * `copy` event; where the page refuses it (`Permissions-Policy: clipboard-write=()`, or plain
 * http, where it does not exist), the background writes the text from the extension's own
 * offscreen document (Chromium). Only where neither can (Firefox on plain http) is it copied
 * by execCommand in the page, whose `copy` event the page's listeners see and can rewrite.
 */
export async function copyText(text: string, container?: Node): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Refused or missing: the extension's own context next.
  }
  const answer = await sendToBackground('copy-text', { text }).catch(() => null);
  if (answer?.ok) return true;
  return copyInPage(text, container);
}

function copyInPage(text: string, container?: Node): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  (container ?? document.documentElement).appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  return ok;
}
