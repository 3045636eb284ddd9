/**
 * The options page's "Fixes kept for sites" (issue 11, item 3): each site's fixes, where in the
 * page they act (a structural selector, never the page's text), each forgettable, or a whole
 * site at once; export to a JSON file and import one, which is checked whole first (a bad file
 * changes nothing and the page says why).
 */
import { t, type MessageKey } from '../shared/i18n';
import {
  clearSite,
  exportFixes,
  loadFixes,
  mergeFixes,
  onFixesChanged,
  parseImport,
  removeFix,
  saveFixes,
  type FixKind,
  type SiteFix,
  type SiteFixes,
} from '../shared/site-fixes';

const KIND_WORDS: Record<FixKind, MessageKey> = {
  remove: 'fixKindRemove',
  keep: 'fixKindKeep',
  pick: 'fixKindPick',
};

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text = '',
  cls = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function button(text: string, label: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', text);
  b.type = 'button';
  b.setAttribute('aria-label', label);
  b.addEventListener('click', onClick);
  return b;
}

function fixItem(host: string, fix: SiteFix, say: (text: string) => void): HTMLLIElement {
  const what = el('span');
  what.append(el('span', t(KIND_WORDS[fix.kind]), 'kind'), el('code', fix.selector));
  const forget = button(t('fixForget'), t('fixForgetLabel', host), () => {
    void removeFix(host, fix).then(() => say(t('fixForgotten', host)));
  });
  const item = el('li');
  item.append(what, forget);
  return item;
}

function siteBlock(host: string, fixes: SiteFix[], say: (text: string) => void): HTMLElement {
  const heading = el('h3');
  const all = button(t('fixesForgetSite', host), t('fixesForgetSite', host), () => {
    void clearSite(host).then(() => say(t('fixesSiteForgotten', host)));
  });
  heading.append(el('span', host), all);
  const list = el('ul');
  list.append(...fixes.map((fix) => fixItem(host, fix, say)));
  const block = el('div', '', 'site');
  block.append(heading, list);
  return block;
}

function download(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'clearpage-fixes.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function mountFixes(say: (text: string) => void, signal: AbortSignal): Promise<void> {
  const holder = document.getElementById('fixes')!;
  const none = document.getElementById('no-fixes')!;
  const input = document.getElementById('fixes-import') as HTMLInputElement;
  const show = (sites: SiteFixes) => {
    const hosts = Object.keys(sites).sort();
    holder.replaceChildren(...hosts.map((host) => siteBlock(host, sites[host]!, say)));
    none.hidden = hosts.length > 0;
  };
  document.getElementById('fixes-export')!.addEventListener('click', () => {
    void loadFixes().then((sites) => download(exportFixes(sites)));
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void file.text().then(async (json) => {
      const result = parseImport(json);
      if (!result.ok) return say(t(result.reason));
      await saveFixes(mergeFixes(await loadFixes(), result.sites));
      say(t('fixesImported', Object.keys(result.sites).length));
    });
  });
  show(await loadFixes());
  onFixesChanged(show, signal);
}
