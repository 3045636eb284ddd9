/** Getting the article out of the page: a download, or the clipboard. */

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

/** Copies `text`; pages served over plain http have no async clipboard, so fall back to execCommand. */
export async function copyText(text: string, container?: Node): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
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
}
