// The popup in real Chromium: a click shows the reader first and the popup after it; the
// shortcut the popup lists is the one the browser assigned; and on a page no extension may enter
// it says why instead of failing silently.
import { expect, test } from 'vitest';
import { clickAction, gotoSettled, serviceWorker } from './harness/chromium';
import { chromiumSuite } from './harness/suite';

const env = chromiumSuite();

const tabIds = () =>
  serviceWorker(env.chromium).evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id!));

test('a click shows the reader first, then opens the popup beside it', async () => {
  const { chromium, server } = env;
  const page = await chromium.context.newPage();
  await gotoSettled(page, server.url('/pages/demo-news.html?popup-after-reader'));
  // When the reader's host reached the page, and when the worker asked for the popup (both on the
  // system's wall clock): the popup starts its own renderer, which must not compete with
  // building the reader.
  await page.evaluate(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('[data-clearpage-reader]')) return;
      observer.disconnect();
      document.documentElement.dataset.readerAt = String(Date.now());
    }).observe(document.documentElement, { childList: true });
  });
  await serviceWorker(chromium).evaluate(() => {
    const action = chrome.action as unknown as { openPopup(...args: unknown[]): Promise<void> };
    const openPopup = action.openPopup.bind(action);
    action.openPopup = (...args) => {
      (globalThis as { popupAskedAt?: number }).popupAskedAt = Date.now();
      return openPopup(...args);
    };
  });
  await clickAction(chromium, page);
  const popupAskedAt = () =>
    serviceWorker(chromium).evaluate(() => (globalThis as { popupAskedAt?: number }).popupAskedAt);
  await expect.poll(popupAskedAt).toBeGreaterThan(0);
  const readerAt = async () =>
    Number(await page.evaluate(() => document.documentElement.dataset.readerAt ?? 0));
  await expect.poll(readerAt).toBeGreaterThan(0);
  expect(await popupAskedAt()).toBeGreaterThanOrEqual(await readerAt());
  const popupUrl = `chrome-extension://${chromium.extensionId}/popup.html`;
  const popups = async () =>
    (await chromium.cdp.send('Target.getTargets')).targetInfos.filter((t) => t.url === popupUrl);
  await expect.poll(async () => (await popups()).length).toBe(1);
  for (const popup of await popups()) {
    await chromium.cdp.send('Target.closeTarget', { targetId: popup.targetId });
  }
  await page.close();
});

test('the toggle-reader shortcut is assigned, and the popup lists it', async () => {
  const { chromium } = env;
  const commands = await serviceWorker(chromium).evaluate(() => chrome.commands.getAll());
  expect(commands.find((c) => c.name === 'toggle-reader')?.shortcut).toBe('Alt+R');
  const popup = await chromium.context.newPage();
  await popup.goto(`chrome-extension://${chromium.extensionId}/popup.html`);
  await expect.poll(() => popup.locator('#shortcut').textContent()).toBe('Alt+R');
  await popup.close();
});

test('on a browser page the popup explains that Clearpage cannot read it', async () => {
  const { chromium } = env;
  const before = new Set(await tabIds());
  const settings = await chromium.context.newPage();
  await settings.goto('chrome://version');
  const [tabId] = (await tabIds()).filter((id) => !before.has(id));
  const popup = await chromium.context.newPage();
  await popup.goto(`chrome-extension://${chromium.extensionId}/popup.html?tab=${tabId}`);
  await expect
    .poll(() => popup.locator('#message').textContent())
    .toContain("Clearpage can't read this page");
  expect(await popup.getByRole('button', { name: 'Save as text' }).isDisabled()).toBe(true);
  await popup.close();
  await settings.close();
});
