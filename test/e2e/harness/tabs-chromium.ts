// Tabs a test cannot find by page.url(): view-source: pages report the inner URL to Playwright,
// and browser pages and refused pages never show their URL to the extension (no "tabs"
// permission, no activeTab grant there).
import type { Page, Worker } from 'playwright-core';
import { serviceWorker, type ChromiumSession } from './chromium';

/**
 * The extension's service worker, started when it is not running (after the extension was
 * reloaded, Chromium starts it again only for an event): a message from one of its pages wakes it.
 */
export async function wakeWorker(session: ChromiumSession): Promise<Worker> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      return serviceWorker(session);
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    // Right after a reload the extension's pages are refused (ERR_BLOCKED_BY_CLIENT) for a moment.
    const page = await session.context.newPage();
    try {
      await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
      await page.evaluate(() => chrome.runtime.sendMessage({ wake: true }).catch(() => undefined));
    } catch {
      // not back yet
    }
    await page.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Tab ids, asked of the service worker. Turning file access on or off reloads the extension, and
 * a worker found a moment before may then restart under the call ("Service worker restarted"):
 * ask the new one.
 */
async function tabIds(session: ChromiumSession): Promise<number[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await (
        await wakeWorker(session)
      ).evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id!));
    } catch (error) {
      const restarted = /restarted|closed|destroyed/i.test(String(error));
      if (!restarted || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}

/** Opens a new page at `url` and returns it with its tabs API id (the one tab that is new). */
export async function openTab(
  session: ChromiumSession,
  url: string,
): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(session));
  const page = await session.context.newPage();
  await page.goto(url).catch(() => undefined); // a PDF or an image "download" may never settle
  await page.waitForTimeout(300);
  const fresh = (await tabIds(session)).filter((id) => !before.has(id));
  if (fresh.length !== 1) throw new Error(`${fresh.length} new tabs after opening ${url}`);
  return { page, tabId: fresh[0]! };
}

/** A real toolbar click on the tab whose CDP target shows exactly `url`. */
export async function clickActionOn(session: ChromiumSession, url: string): Promise<void> {
  const { targetInfos } = await session.cdp.send('Target.getTargets', {
    filter: [{ type: 'tab' }],
  });
  const tabs = targetInfos.filter((t) => t.url === url);
  if (tabs.length !== 1) throw new Error(`${tabs.length} tabs show ${url}`);
  await session.cdp.send('Extensions.triggerAction', {
    id: session.extensionId,
    targetId: tabs[0]!.targetId,
  });
}

/** The popup UI aimed at `tabId`; returns its message line once it has one (or ''). */
export async function popupMessage(session: ChromiumSession, tabId: number): Promise<string> {
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  const deadline = Date.now() + 5_000;
  let text = '';
  while (Date.now() < deadline && !text) {
    text = (await popup.locator('#message').textContent()) ?? '';
    if (!text) await popup.waitForTimeout(100);
  }
  await popup.close();
  return text;
}

interface DeveloperPrivate {
  updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
  updateExtensionConfiguration(update: { extensionId: string; fileAccess: boolean }): Promise<void>;
  getExtensionInfo(id: string): Promise<{ fileAccess: { isActive: boolean } }>;
}

/**
 * Turns chrome://extensions' developer mode on: out of it, Chromium disables an unpacked
 * extension that reloads ("unsupportedDeveloperExtension"), and --load-extension alone does not
 * turn it on.
 */
export async function enableDeveloperMode(session: ChromiumSession): Promise<void> {
  const page = await session.context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(() =>
    (
      chrome as unknown as { developerPrivate: DeveloperPrivate }
    ).developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }),
  );
  await page.close();
}

/**
 * Turns the extension's "Allow access to file URLs" on or off, as chrome://extensions does
 * (unpacked extensions loaded by --load-extension get it on). The extension reloads with it.
 */
export async function setFileAccess(session: ChromiumSession, allowed: boolean): Promise<void> {
  await enableDeveloperMode(session); // the change reloads the extension
  const page = await session.context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    async ([extensionId, fileAccess]) => {
      const api = (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate;
      await api.updateExtensionConfiguration({ extensionId, fileAccess });
      while ((await api.getExtensionInfo(extensionId)).fileAccess.isActive !== fileAccess) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    [session.extensionId, allowed] as const,
  );
  await page.close();
}
