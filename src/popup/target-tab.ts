/**
 * The tab the popup acts on: the active tab when it is the toolbar popup, or `?tab=<id>` when
 * popup.html is opened as a page of its own (tests, and people who pin it in a tab).
 */
import browser from '../shared/browser';

export async function targetTab(): Promise<{ tabId: number | undefined; ownWindow: boolean }> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return { tabId: Number(param), ownWindow: false };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: tab?.id, ownWindow: true };
}
