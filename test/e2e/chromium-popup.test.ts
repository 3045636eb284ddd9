// The popup's own answers in real Chromium: the shortcut it lists is the one the browser
// assigned, and on a page no extension may enter it says why instead of failing silently.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, serviceWorker, type ChromiumSession } from './harness/chromium';
import { builtExtension } from './harness/expected';

let chromium: ChromiumSession;

beforeAll(async () => {
  chromium = await launchChromium({ extensionDirs: [builtExtension('chrome')] });
});

afterAll(async () => {
  await chromium?.close();
});

const tabIds = () =>
  serviceWorker(chromium).evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id!));

test('the toggle-reader shortcut is assigned, and the popup lists it', async () => {
  const commands = await serviceWorker(chromium).evaluate(() => chrome.commands.getAll());
  expect(commands.find((c) => c.name === 'toggle-reader')?.shortcut).toBe('Alt+R');
  const popup = await chromium.context.newPage();
  await popup.goto(`chrome-extension://${chromium.extensionId}/popup.html`);
  await expect.poll(() => popup.locator('#shortcut').textContent()).toBe('Alt+R');
  await popup.close();
});

test('on a browser page the popup explains that Clearpage cannot read it', async () => {
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
