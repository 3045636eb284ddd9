/**
 * The options page: the sites where the reader opens by itself, each removable (its script
 * unregistered and its permission given back by the background), and the fixes kept for sites
 * (fixes.ts). Follows changes made from the popup and the reader while it is open.
 */
import { loadSites, onSitesChanged } from '../shared/auto-open';
import { fillMessages, localize, t } from '../shared/i18n';
import { sendToBackground } from '../shared/messages';
import { mountFixes } from './fixes';

const list = document.getElementById('sites') as HTMLUListElement;
const none = document.getElementById('no-sites')!;
const message = document.getElementById('message')!;

function show(sites: string[]): void {
  list.replaceChildren(
    ...sites.map((site) => {
      const host = new URL(site).host;
      const name = document.createElement('span');
      name.textContent = site;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = t('remove');
      remove.setAttribute('aria-label', t('autoOpenRemove', host));
      remove.addEventListener('click', async () => {
        const result = await sendToBackground('auto-open-set', { site, on: false });
        if (result.ok) message.textContent = t('autoOpenRemoved', host);
      });
      const item = document.createElement('li');
      item.append(name, remove);
      return item;
    }),
  );
  none.hidden = sites.length > 0;
}

async function main(): Promise<void> {
  fillMessages(document);
  localize(document.documentElement);
  show(await loadSites());
  const signal = new AbortController().signal;
  onSitesChanged(show, signal);
  await mountFixes((text) => (message.textContent = text), signal);
}

void main();
