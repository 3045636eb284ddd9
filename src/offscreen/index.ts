/**
 * The background's offscreen document (Chromium): writes the text "Copy" asked for on the
 * clipboard from a page of the extension's own (src/background/clipboard.ts). The `copy` event
 * of its execCommand fires in this document, where no page script listens. An offscreen
 * document never has focus, so navigator.clipboard would refuse it; execCommand does not.
 */
import type { Runtime } from '../shared/browser';
import { handleMessages, type OffscreenMessages } from '../shared/messages';

function copy(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  return ok;
}

handleMessages<OffscreenMessages, Runtime.MessageSender>({
  // Only the background asks (a content script's messages carry its tab).
  'offscreen-copy': (request, sender) => ({
    ok: !sender.tab && typeof request?.text === 'string' && copy(request.text),
  }),
});
