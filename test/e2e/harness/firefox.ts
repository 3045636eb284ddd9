// Firefox ESR with the extension as a temporary add-on, driven by puppeteer-core over WebDriver
// BiDi (Playwright cannot drive Debian's Firefox). Recipe: shared/docs/browsers.md.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { requireBrowser } from './browsers';

/** Raw BiDi access: puppeteer has no API for chrome-scope evaluation or closed shadow roots. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface Context {
  context: string;
  url: string;
  children?: Context[];
}

type Remote = { type: string; value?: unknown; sharedId?: string };
type EvalResult =
  { type: 'success'; result: Remote } | { type: 'exception'; exceptionDetails: { text: string } };

export interface FirefoxSession {
  browser: Browser;
  extensionId: string;
  /** The moz-extension:// host, pinned so extension pages have a known URL. */
  uuid: string;
  bidi: BidiConnection;
  close(): Promise<void>;
}

const UUID = '6a1c3d9e-0b7f-4c2a-9e51-c1ea7a9e0001';

export async function launchFirefox(extensionDir: string): Promise<FirefoxSession> {
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBrowser('firefox'),
    headless: true,
    // Needed for chrome-scope evaluation (the toolbar click) and moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
    },
  });
  const extensionId = await browser.installExtension(extensionDir);
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;
  return { browser, extensionId, uuid: UUID, bidi, close: () => browser.close() };
}

async function contexts(session: FirefoxSession, scope?: 'chrome'): Promise<Context[]> {
  const params = scope ? { 'moz:scope': scope } : {};
  const { result } = await session.bidi.send('browsingContext.getTree', params);
  return (result as { contexts: Context[] }).contexts;
}

/** The BiDi browsing context of a page's top frame. */
export async function contextOf(session: FirefoxSession, page: Page): Promise<string> {
  const match = (await contexts(session)).filter((c) => c.url === page.url());
  if (match.length !== 1) throw new Error(`${match.length} tabs show ${page.url()}`);
  return match[0]!.context;
}

async function evaluate(session: FirefoxSession, context: string, expression: string) {
  const { result } = await session.bidi.send('script.evaluate', {
    expression,
    target: { context, sandbox: 'clearpage-e2e' },
    awaitPromise: true,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const outcome = result as EvalResult;
  if (outcome.type === 'exception') throw new Error(outcome.exceptionDetails.text);
  return outcome.result;
}

/**
 * A toolbar click with the activeTab grant, in the selected tab of the browser window: calls
 * the browser action's own triggerAction from the browser's chrome scope.
 */
export async function clickAction(session: FirefoxSession, page: Page): Promise<void> {
  await page.bringToFront();
  const [browserWindow] = await contexts(session, 'chrome');
  if (!browserWindow) throw new Error('no chrome-scope browser window');
  await evaluate(
    session,
    browserWindow.context,
    `(() => {
      const { ExtensionParent } = ChromeUtils.importESModule(
        'resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = WebExtensionPolicy.getByID(${JSON.stringify(session.extensionId)}).extension;
      ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
    })()`,
  );
}

/** The system clipboard's plain text, read in the browser's chrome scope (no page involved). */
export async function readClipboard(session: FirefoxSession): Promise<string> {
  const [browserWindow] = await contexts(session, 'chrome');
  if (!browserWindow) throw new Error('no chrome-scope browser window');
  const result = await evaluate(
    session,
    browserWindow.context,
    `(() => {
      const transfer = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
      transfer.init(null);
      transfer.addDataFlavor('text/plain');
      Services.clipboard.getData(transfer, Ci.nsIClipboard.kGlobalClipboard,
        window.browsingContext.currentWindowContext);
      const data = {};
      transfer.getTransferData('text/plain', data);
      return data.value.QueryInterface(Ci.nsISupportsString).data;
    })()`,
  );
  return String(result.value);
}

/**
 * Runs `fn(shadowRoot, arg)` in the page on the reader's closed shadow root. BiDi's node
 * serialisation with includeShadowTree "all" hands out closed roots too.
 */
export function inReader<T, A = undefined>(
  session: FirefoxSession,
  page: Page,
  fn: (root: ShadowRoot, arg: A) => T | Promise<T>,
  arg?: A,
): Promise<T> {
  return inShadowHost(session, page, 'data-clearpage-reader', fn, arg);
}

/** inReader for another of Clearpage's hosts under <html> (the picker's: data-clearpage-picker). */
export async function inShadowHost<T, A = undefined>(
  session: FirefoxSession,
  page: Page,
  attr: string,
  fn: (root: ShadowRoot, arg: A) => T | Promise<T>,
  arg?: A,
): Promise<T> {
  const context = await contextOf(session, page);
  const host = await evaluate(
    session,
    context,
    `document.documentElement.querySelector(':scope > [${attr}]')`,
  );
  const shadow = (host.value as { shadowRoot?: { sharedId: string } } | undefined)?.shadowRoot;
  if (!shadow) throw new Error(`no ${attr} shadow root on ${page.url()}`);
  const { result } = await session.bidi.send('script.callFunction', {
    // Values cross as JSON both ways: BiDi's own typed serialisation is clumsy to unpack.
    functionDeclaration: `async (root, arg) =>
      JSON.stringify((await (${fn.toString()})(root, JSON.parse(arg))) ?? null)`,
    arguments: [
      { sharedId: shadow.sharedId },
      { type: 'string', value: JSON.stringify(arg ?? null) },
    ],
    // A sandbox realm sees the page's DOM with pristine built-ins, so a page that rewrites JSON
    // or Array (test/e2e/pages/hostile-builtins.html) cannot break the test's own code.
    target: { context, sandbox: 'clearpage-e2e' },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  const outcome = result as EvalResult;
  if (outcome.type === 'exception') throw new Error(`in reader: ${outcome.exceptionDetails.text}`);
  return JSON.parse(String(outcome.result.value)) as T;
}

export function hostCount(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.querySelectorAll(':scope > [data-clearpage-reader]').length,
  );
}

/** Clicks the toolbar button until the reader's host appears (a lost grant injects nothing). */
export async function openReader(session: FirefoxSession, page: Page): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    await clickAction(session, page);
    const deadline = Date.now() + (attempt === 3 ? 5_000 : 1_500);
    while (Date.now() < deadline) {
      if ((await hostCount(page)) > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`the reader did not open on ${page.url()} after 3 toolbar clicks`);
}

/**
 * Opens an extension page in a new tab. Puppeteer's goto over BiDi may never see a
 * moz-extension:// load finish although the page is there, so the load is checked directly.
 */
export async function openExtensionPage(session: FirefoxSession, path: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(`moz-extension://${session.uuid}/${path}`, { timeout: 3_000 }).catch(() => {});
  await page.waitForFunction(
    (wanted: string) => location.pathname === wanted && document.readyState === 'complete',
    { timeout: 10_000 },
    `/${path.split('?')[0]}`,
  );
  return page;
}

/** The popup UI in a tab, aimed at the tab showing `target` (found by URL: it holds the grant). */
export async function openPopupFor(session: FirefoxSession, target: Page): Promise<Page> {
  const popup = await openExtensionPage(session, 'popup.html');
  const tabId = await popup.evaluate(async (url: string) => {
    const api = (globalThis as unknown as { browser: { tabs: typeof chrome.tabs } }).browser;
    return (await api.tabs.query({})).find((t) => t.url === url)?.id;
  }, target.url());
  if (tabId === undefined) throw new Error(`no tab shows ${target.url()}`);
  await popup.evaluate((id: number) => location.replace(`popup.html?tab=${id}`), tabId);
  await popup.waitForFunction(
    (wanted: string) => location.search === wanted && document.readyState === 'complete',
    { timeout: 10_000 },
    `?tab=${tabId}`,
  );
  return popup;
}
