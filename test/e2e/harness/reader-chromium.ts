// Reaching into the reader's CLOSED shadow root from a test. Page scripts cannot, and
// Playwright's locators cannot either; CDP can: DOM.getDocument with pierce lists closed roots,
// DOM.resolveNode turns one into a JS object, Runtime.callFunctionOn runs a function on it.
import type { CDPSession, Page } from 'playwright-core';
import { clickAction, serviceWorker, type ChromiumSession } from './chromium';

/** The reader's host: a <div> with this attribute (src/content/overlay.ts). */
export const HOST_ATTR = 'data-clearpage-reader';

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdpFor(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/** How many reader hosts hang off <html> (light DOM, so the page itself can count them). */
export function hostCount(page: Page): Promise<number> {
  return page.evaluate(
    (attr) => document.documentElement.querySelectorAll(`:scope > div[${attr}]`).length,
    HOST_ATTR,
  );
}

async function shadowRootObject(cdp: CDPSession, attr = HOST_ATTR): Promise<string | undefined> {
  const { root } = await cdp.send('DOM.getDocument', { depth: 2, pierce: true });
  const html = root.children?.find((n) => n.nodeName === 'HTML');
  // attributes is a flat [name, value, …] list; the page may add hosts of its own, without a root.
  const host = html?.children?.find(
    (n) =>
      n.localName === 'div' &&
      (n.attributes ?? []).some((a, i) => i % 2 === 0 && a === attr) &&
      (n.shadowRoots?.length ?? 0) > 0,
  );
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) return undefined;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  return object.objectId;
}

/**
 * Runs `fn(shadowRoot, arg)` in the page's main world and returns its (JSON) result.
 * `fn` is serialised: it must not close over anything.
 */
export function inReader<T, A = undefined>(
  page: Page,
  fn: (root: ShadowRoot, arg: A) => T | Promise<T>,
  arg?: A,
): Promise<T> {
  return inShadowHost(page, HOST_ATTR, fn, arg);
}

/** inReader for another of Clearpage's hosts: the <div> under <html> that carries `attr`. */
export async function inShadowHost<T, A = undefined>(
  page: Page,
  attr: string,
  fn: (root: ShadowRoot, arg: A) => T | Promise<T>,
  arg?: A,
): Promise<T> {
  const cdp = await cdpFor(page);
  const objectId = await shadowRootObject(cdp, attr);
  if (!objectId) throw new Error(`no ${attr} host with a shadow root on ${page.url()}`);
  try {
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId,
      // callFunctionOn passes the object as `this`; the caller's function wants it first.
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`in reader: ${exceptionDetails.exception?.description}`);
    return result.value as T;
  } finally {
    await cdp.send('Runtime.releaseObject', { objectId });
  }
}

/** Waits until the reader's host is there (it is appended only once fully built). */
export async function waitForReader(page: Page, timeoutMs = 5_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await hostCount(page)) > 0) return true;
    await page.waitForTimeout(25);
  }
  return false;
}

/**
 * Undoes what the extension does after a click whose injection failed: it sets the tab's popup
 * (so the popup can explain), which would turn the next click into "open the popup".
 */
async function resetTabPopup(session: ChromiumSession, page: Page): Promise<void> {
  const worker = serviceWorker(session);
  const tabs = await worker.evaluate(() => chrome.tabs.query({ active: true }));
  const tab = tabs.find((t) => t.url === page.url()) ?? tabs[0];
  if (tab?.id !== undefined) {
    await worker.evaluate((tabId) => chrome.action.setPopup({ tabId, popup: '' }), tab.id);
  }
}

/**
 * Clicks the toolbar button and waits for the reader. Here about 1 click in 20 (more under load)
 * reaches onClicked before its activeTab grant reaches the page, and executeScript fails with
 * "Cannot access contents of the page" although the grant shows up a moment later. Such a click
 * is repeated, loudly, after 3 s (a slow reader is never mistaken for a lost click: clicking
 * again would close it).
 */
export async function openReader(session: ChromiumSession, page: Page): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    await clickAction(session, page);
    if (await waitForReader(page, 3_000)) return;
    console.warn(`[e2e] click ${attempt} on ${page.url()} opened no reader; clicking again`);
    await resetTabPopup(session, page);
  }
  throw new Error(`the reader did not open on ${page.url()} after 3 toolbar clicks`);
}

/** The centre of the reader control whose accessible name is `name`, in viewport pixels. */
async function controlCentre(page: Page, name: string): Promise<{ x: number; y: number }> {
  const centre = await inReader(
    page,
    (root, wanted) => {
      const nameOf = (el: Element) =>
        (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
      const el = [...root.querySelectorAll('button, a, [role="button"]')].find(
        (e) => nameOf(e) === wanted,
      );
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    name,
  );
  if (!centre) throw new Error(`no reader control named "${name}"`);
  return centre;
}

/** A real mouse click (trusted events, hit-tested) on the named reader control. */
export async function clickInReader(page: Page, name: string): Promise<void> {
  const { x, y } = await controlCentre(page, name);
  await page.mouse.click(x, y);
}

/**
 * Accessible names of the buttons inside the reader's dialog, as the browser's accessibility
 * tree (what a screen reader gets) computes them — not as the markup suggests.
 */
export async function readerButtonNames(page: Page): Promise<string[]> {
  const cdp = await cdpFor(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree', {});
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const dialog = nodes.find((n) => n.role?.value === 'dialog');
  const names: string[] = [];
  const walk = (id: string): void => {
    const node = byId.get(id);
    if (!node) return;
    if (!node.ignored && node.role?.value === 'button') names.push(String(node.name?.value ?? ''));
    node.childIds?.forEach(walk);
  };
  if (dialog) walk(dialog.nodeId);
  return names;
}

/** The reader dialog's accessible name (the article title, per the contract). */
export async function readerDialogName(page: Page): Promise<string | undefined> {
  const cdp = await cdpFor(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree', {});
  const dialog = nodes.find((n) => n.role?.value === 'dialog');
  return dialog ? String(dialog.name?.value ?? '') : undefined;
}
