// axe-core on the reader and the popup. axe walks the document and open shadow roots only, so the
// reader's CLOSED shadow root is invisible to it (context "No elements found"). The reader is
// therefore mirrored for axe: its dialog's markup (attributes, inline custom properties and all)
// and its adopted stylesheets, read through CDP, rebuilt under an open shadow root in a blank
// page of the same size and colour scheme. Same markup + same CSS = same roles, names and
// computed colours, which is what the rules check.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { inReader, inShadowHost } from './reader-chromium';

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

async function analyze(page: Page): Promise<AxeViolation[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => JSON.stringify(n.target)),
  }));
}

interface ReaderSnapshot {
  css: string;
  html: string;
}

function snapshot(root: ShadowRoot, whole = false): ReaderSnapshot {
  const sheets = [...root.adoptedStyleSheets].map((sheet) =>
    [...sheet.cssRules].map((rule) => rule.cssText).join('\n'),
  );
  const styles = [...root.querySelectorAll('style')].map((s) => s.textContent ?? '');
  return {
    css: [...sheets, ...styles].join('\n'),
    html: whole
      ? [...root.children].map((el) => el.outerHTML).join('')
      : (root.querySelector('[role="dialog"]')?.outerHTML ?? ''),
  };
}

/** axe's violations for the reader open on `page` (see the note at the top). */
export async function axeReader(
  page: Page,
  context: BrowserContext,
  colorScheme: 'light' | 'dark' = 'light',
  /** Another of Clearpage's hosts (the picker's), mirrored whole rather than its dialog. */
  hostAttr?: string,
): Promise<AxeViolation[]> {
  const shot = hostAttr
    ? await inShadowHost(page, hostAttr, snapshot, true)
    : await inReader(page, snapshot);
  if (!shot.html) throw new Error('no reader dialog to check');
  const mirror = await context.newPage();
  try {
    await mirror.setViewportSize(page.viewportSize() ?? { width: 1280, height: 720 });
    await mirror.emulateMedia({ colorScheme });
    await mirror.setContent(
      '<!doctype html><html lang="en"><head><title>Reader mirror</title></head><body></body></html>',
    );
    await mirror.evaluate(({ css, html }) => {
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
      root.innerHTML = html;
      document.body.append(host);
    }, shot);
    return await analyze(mirror);
  } finally {
    await mirror.close();
  }
}

/** axe's violations for an extension page (the popup opened as a tab). */
export function axePage(page: Page): Promise<AxeViolation[]> {
  return analyze(page);
}
