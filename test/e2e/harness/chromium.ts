// Chromium with unpacked extensions, driven by playwright-core (recipe: shared/docs/browsers.md).
// Only a persistent context runs extensions, and Playwright adds --disable-extensions, so
// --disable-extensions-except is what lets ours load.
import {
  chromium,
  type BrowserContext,
  type CDPSession,
  type Page,
  type Worker,
} from 'playwright-core';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireBrowser } from './browsers';

export interface LoadedExtension {
  id: string;
  name: string;
}

export interface ChromiumSession {
  context: BrowserContext;
  /** Browser-level CDP session: Extensions.* and Target.* live here, not on a page. */
  cdp: CDPSession;
  extensions: LoadedExtension[];
  /** The first extension's id (the one under test). */
  extensionId: string;
  userDataDir: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDirs: string[];
  /** Reuse a profile (e.g. to test persistence across a restart); kept on close. */
  userDataDir?: string;
  headless?: boolean;
  /**
   * The browser's UI language (e.g. 'ar'). Measured with Chromium 156 on Linux: --lang switches
   * the extension's messages (getMessage, __MSG_ in the manifest) and nothing else; the env
   * LANGUAGE switches the whole UI (getUILanguage, @@ui_locale, @@bidi_dir, navigator.language)
   * but only where the browser has that language's resource pack (Debian: chromium-l10n, which
   * this machine lacks, so there LANGUAGE alone leaves everything en-US). Both are set.
   */
  lang?: string;
  /** More command-line switches (e.g. --host-resolver-rules). */
  args?: string[];
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function workers(context: BrowserContext, count: number): Promise<Worker[]> {
  while (context.serviceWorkers().length < count) {
    await context.waitForEvent('serviceworker', { timeout: 15_000 });
  }
  return context.serviceWorkers();
}

export async function launchChromium(options: LaunchOptions): Promise<ChromiumSession> {
  const ownProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'clearpage-chromium-')));
  const list = options.extensionDirs.join(',');
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: options.headless ?? true,
    executablePath: requireBrowser('chromium'),
    args: [
      ...ARGS,
      `--disable-extensions-except=${list}`,
      `--load-extension=${list}`,
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      ...(options.args ?? []),
    ],
    acceptDownloads: true,
    ...(options.lang ? { env: { ...process.env, LANGUAGE: options.lang } } : {}),
  });
  const browser = context.browser();
  if (!browser) throw new Error('Playwright gave no browser for the persistent context');
  const cdp = await browser.newBrowserCDPSession();
  const found = await workers(context, options.extensionDirs.length);
  const extensions = await Promise.all(
    found.map(async (w) => ({
      id: new URL(w.url()).host,
      name: await w.evaluate(() => chrome.runtime.getManifest().name),
    })),
  );
  const dirNames = await Promise.all(
    options.extensionDirs.map((d) => manifestName(d, options.lang)),
  );
  extensions.sort((a, b) => dirNames.indexOf(a.name) - dirNames.indexOf(b.name));
  const close = async (): Promise<void> => {
    await context.close();
    if (ownProfile) await rm(userDataDir, { recursive: true, force: true });
  };
  return { context, cdp, extensions, extensionId: extensions[0]!.id, userDataDir, close };
}

/** The manifest's name as the browser reports it: a __MSG_key__ name read from _locales. */
async function manifestName(dir: string, lang = 'en'): Promise<string> {
  const read = async (file: string) =>
    JSON.parse(await readFile(join(dir, file), 'utf8')) as unknown;
  const { name } = (await read('manifest.json')) as { name: string };
  const key = /^__MSG_(\w+)__$/.exec(name)?.[1];
  if (!key) return name;
  const messages = (await read(`_locales/${lang}/messages.json`).catch(() =>
    read('_locales/en/messages.json'),
  )) as Record<string, { message: string } | undefined>;
  return messages[key]?.message ?? name;
}

/** The extension's service worker, looked up afresh: MV3 workers are stopped when idle. */
export function serviceWorker(session: ChromiumSession, id = session.extensionId): Worker {
  const worker = session.context.serviceWorkers().find((w) => new URL(w.url()).host === id);
  if (!worker) throw new Error(`no running service worker for extension ${id}`);
  return worker;
}

/** Extensions.triggerAction wants the *tab* target, which only its URL ties to the page. */
export async function tabTargetId(session: ChromiumSession, page: Page): Promise<string> {
  const { targetInfos } = await session.cdp.send('Target.getTargets', {
    filter: [{ type: 'tab' }],
  });
  const tabs = targetInfos.filter((t) => t.url === page.url());
  if (tabs.length !== 1) {
    throw new Error(`${tabs.length} tabs show ${page.url()}; give each test page a unique URL`);
  }
  return tabs[0]!.targetId;
}

/** A real toolbar click: unlike worker.evaluate or openPopup, it carries the activeTab grant. */
export async function clickAction(session: ChromiumSession, page: Page, id = session.extensionId) {
  const targetId = await tabTargetId(session, page);
  await session.cdp.send('Extensions.triggerAction', { id, targetId });
}

/** Navigates and waits out the ~300 ms after which a click reliably gets its grant. */
export async function gotoSettled(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForTimeout(300);
}
