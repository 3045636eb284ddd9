/**
 * auto-open.js: registered only for the sites the reader chose "Always open on" for
 * (background/auto-open.ts). On a page of such a site it asks for the reader when the page
 * reads as an article (Readability's own quick test, not the whole extraction), once per
 * document; the reader itself is injected by the background as a click would.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { sendToBackground } from '../shared/messages';

const ASKED = Symbol.for('clearpage.auto-open');
const world = globalThis as unknown as Record<symbol, boolean>;

if (!world[ASKED] && document.body && isProbablyReaderable(document)) {
  world[ASKED] = true;
  void sendToBackground('auto-open').catch(() => undefined);
}
