// Isolation (issue 12): hostile pages whose own scripts run beside the reader, the same checks in
// Chromium and Firefox, each page opened by a real toolbar click. A page records what it managed
// in `window.__breaches`; requests for /breach/… are what its CSS or markup tried to fetch from
// inside the reader. The browser files give a Driver over their own automation (CDP /
// Playwright, BiDi / puppeteer); every check is written once, here.
import { expect } from 'vitest';

export interface Driver {
  /** Navigates to the page and clicks the toolbar button until the reader is there. */
  open(file: string): Promise<void>;
  /** Clicks the toolbar button again until a reader is there (a lost click is clicked again). */
  click(): Promise<void>;
  /** Runs `fn(arg)` in the page's main world, where its scripts live. */
  inPage<T, A = undefined>(fn: (arg: A) => T, arg?: A): Promise<T>;
  /** Runs `fn(root, arg)` on the reader's closed shadow root (the test can; the page cannot). */
  inReader<T, A = undefined>(fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<T>;
  /** Real (trusted) input. */
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  clickAt(x: number, y: number): Promise<void>;
  /** URLs the page has requested since `open` clicked (not while the page loaded). */
  requests(): string[];
  /** Chooses the reader's font in the extension's own popup page (and waits until stored). */
  setFontFamily(family: 'serif' | 'sans' | 'legible'): Promise<void>;
  /** The system clipboard's plain text, read by the test (not by the page). */
  clipboard(): Promise<string>;
  sleep(ms: number): Promise<void>;
}

export const ISOLATION_PAGES = [
  'isolation-shadow-roots.html',
  'isolation-custom-elements.html',
  'isolation-css.html',
  'isolation-events.html',
  'isolation-removal.html',
  'isolation-top-layer.html',
  'isolation-modal-dialog.html',
  'isolation-bounded-work.html',
  'isolation-clipboard.html',
  'isolation-inert.html',
  'isolation-focus.html',
  'isolation-fonts.html',
  'isolation-esc.html',
] as const;

const breaches = (d: Driver) =>
  d.inPage(() => (window as unknown as { __breaches: string[] }).__breaches);
const breachRequests = (d: Driver) =>
  d.requests().filter((url) => new URL(url).pathname.startsWith('/breach/'));
const readerHosts = (d: Driver) =>
  d.inPage(() => document.querySelectorAll('[data-clearpage-reader]').length);

/** The reader's own scale, as typography.ts set it on its dialog. */
const readerScale = (d: Driver) =>
  d.inReader((root) =>
    (root.querySelector('.reader') as HTMLElement).style.getPropertyValue('--cp-scale'),
  );

async function expectClean(d: Driver): Promise<void> {
  expect(await breaches(d)).toEqual([]);
  expect(breachRequests(d)).toEqual([]);
}

/** The article's text as the reader shows it, and how it is laid out. */
function bodyView(root: ShadowRoot) {
  const body = root.querySelector('.body')!;
  const els = [...body.querySelectorAll('*')];
  return {
    paragraphs: body.querySelectorAll('p').length,
    text: (body.textContent ?? '').replace(/\s+/g, ' '),
    fixed: els.filter((el) => getComputedStyle(el).position === 'fixed').map((el) => el.localName),
    generated: els
      .flatMap((el) => [
        getComputedStyle(el, '::before').content,
        getComputedStyle(el, '::after').content,
      ])
      .filter((c) => c !== 'none' && c !== 'normal' && c !== ''),
    slots: root.querySelectorAll('slot, template').length,
    // attachShadow throws on an element that already hosts a root, open or closed.
    hosts: els
      .filter((el) =>
        ['p', 'span', 'div', 'section', 'article', 'blockquote'].includes(el.localName),
      )
      .filter((el) => {
        try {
          el.attachShadow({ mode: 'open' });
          return false;
        } catch {
          return true;
        }
      }).length,
  };
}

/**
 * What "Copy text" and "Copy as Markdown" must put on the clipboard: the reader's title, site,
 * address and paragraphs (isolation-clipboard.html has no byline, date or markup to escape).
 */
async function shownTexts(d: Driver): Promise<{ text: string; markdown: string }> {
  const shown = await d.inReader((root) => ({
    title: root.querySelector('h1')?.textContent?.trim() ?? '',
    paragraphs: [...root.querySelectorAll('.body p')].map((p) => p.textContent?.trim() ?? ''),
  }));
  const url = await d.inPage(() => location.href);
  const body = shown.paragraphs.join('\n\n');
  return {
    text: `${shown.title}\n${url}\n\n${body}\n`,
    markdown: `# ${shown.title}\n\n_Northcape Herald_\n\nSource: <${url}>\n\n${body}\n`,
  };
}

const pageHtml = (d: Driver) => d.inPage(() => document.documentElement.outerHTML);

/** A real click on "Larger text" changes the reader's scale: the reader is not inert. */
async function expectUsable(d: Driver): Promise<void> {
  const before = await readerScale(d);
  const { x, y } = await centreOf(d, 'Larger text');
  await d.clickAt(x, y);
  await expect.poll(() => readerScale(d)).not.toBe(before);
  const onTop = await d.inPage(() =>
    document
      .elementFromPoint(innerWidth / 2, innerHeight / 2)
      ?.hasAttribute('data-clearpage-reader'),
  );
  expect(onTop).toBe(true);
}

/** Where focus really is (through open shadow roots) and how far things are scrolled. */
const focusAndScroll = (d: Driver) =>
  d.inPage(() => ({
    focus: (window as unknown as { deepActive(): string | null }).deepActive(),
    x: scrollX,
    y: scrollY,
    list: document.getElementById('search')!.shadowRoot!.getElementById('list')!.scrollTop,
  }));

const readerStatus = (d: Driver) =>
  d.inReader((root) => root.querySelector('.status')?.textContent ?? '');

async function centreOf(d: Driver, label: string) {
  const box = await d.inReader((root, name) => {
    const el = [...root.querySelectorAll('button')].find(
      (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
    );
    const r = el?.getBoundingClientRect();
    return r && r.width > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  }, label);
  if (!box) throw new Error(`no visible reader control "${label}"`);
  return box;
}

export const ISOLATION_CHECKS: Record<
  (typeof ISOLATION_PAGES)[number],
  (d: Driver) => Promise<void>
> = {
  async 'isolation-shadow-roots.html'(d) {
    await d.open('isolation-shadow-roots.html');
    await d.sleep(500);
    const view = await d.inReader(bodyView);
    expect(view.paragraphs).toBeGreaterThanOrEqual(6);
    expect(view.text).toContain('quay lights');
    expect(view.text).toContain('Fishermen on the early tide');
    // No page root came along: nothing covers the reader, adds text or hosts a root in it.
    expect(view).toMatchObject({ fixed: [], generated: [], slots: 0, hosts: 0 });
    await expectClean(d);
  },

  async 'isolation-custom-elements.html'(d) {
    // Opens although the page defined clearpage-reader and clobbered the reader's old names.
    await d.open('isolation-custom-elements.html');
    await d.sleep(300);
    const view = await d.inReader(bodyView);
    expect(view.text).toContain('tie up at the pontoon overnight');
    expect(view.hosts).toBe(0);
    const kinds = await d.inReader(
      (root) =>
        [...root.querySelectorAll('.body *')].filter(
          (el) => el.constructor !== document.createElement(el.localName).constructor,
        ).length,
    );
    expect(kinds).toBe(0);
    // The shared state is the extension's own: after Esc the next click opens it again.
    await d.press('Escape');
    await expect.poll(() => readerHosts(d)).toBe(0);
    await d.click();
    await expect.poll(() => readerHosts(d)).toBe(1);
    await expectClean(d);
  },

  async 'isolation-css.html'(d) {
    await d.open('isolation-css.html');
    await d.sleep(500);
    const view = await d.inReader(bodyView);
    expect(view).toMatchObject({ fixed: [], generated: [], slots: 0 });
    expect(view.text).not.toMatch(/INJECTED|SLOTTED/);
    const look = await d.inReader((root) => {
      const p = root.querySelector('.body p')!;
      const style = getComputedStyle(p);
      return {
        scale: getComputedStyle(root.querySelector('.reader')!)
          .getPropertyValue('--cp-scale')
          .trim(),
        color: style.color,
        font: style.fontFamily,
      };
    });
    expect(look.scale).toBe('1');
    expect(look.color).not.toBe('rgb(255, 0, 0)');
    expect(look.font).not.toMatch(/^['"]?(Clearpage )?Literata['"]?(,|$)/);
    // What the page appended to the host is not rendered anywhere: there is no slot for it.
    const phish = await d.inPage(() => {
      const input = document.querySelector('#phish input');
      const r = input?.getBoundingClientRect();
      return { there: !!input, width: r?.width ?? -1, height: r?.height ?? -1 };
    });
    expect(phish).toEqual({ there: true, width: 0, height: 0 });
    const onTop = await d.inPage(() =>
      document
        .elementFromPoint(innerWidth / 2, innerHeight / 2)
        ?.hasAttribute('data-clearpage-reader'),
    );
    expect(onTop).toBe(true);
    await expectClean(d);
  },

  async 'isolation-events.html'(d) {
    await d.open('isolation-events.html');
    const before = await readerScale(d);
    // The page fires synthetic Ctrl +, Esc and clicks every 100 ms and keeps focusing its input.
    await d.sleep(1_500);
    expect(await readerHosts(d)).toBe(1);
    expect(await readerScale(d)).toBe(before);
    await d.type('abc');
    await d.sleep(200);
    // A real Esc closes it, although the page cancels every Esc before the reader sees it.
    await d.press('Escape');
    await expect.poll(() => readerHosts(d)).toBe(0);
    await expectClean(d);
  },

  async 'isolation-removal.html'(d) {
    await d.open('isolation-removal.html');
    // The page removes the host after 400 ms: everything of that reader goes with it.
    await expect.poll(() => readerHosts(d), { timeout: 3_000 }).toBe(0);
    await d.sleep(200);
    const left = await d.inPage(() => ({
      sheets: document.adoptedStyleSheets.length,
      fonts: document.fonts.size,
    }));
    expect(left).toEqual({ sheets: 0, fonts: 0 });
    await d.press('Control+Equal');
    expect(
      await d.inPage(() => (window as unknown as { __sawCtrlPlus?: number }).__sawCtrlPlus),
    ).toBe(1);
    // The next click opens a new reader; the page moves that one into <body>: torn down too.
    await d.click();
    await expect
      .poll(() => d.inPage(() => (window as unknown as { __opened: number }).__opened))
      .toBe(2);
    await expect.poll(() => readerHosts(d), { timeout: 3_000 }).toBe(0);
    // And the one after that stays.
    await d.click();
    await expect.poll(() => readerHosts(d)).toBe(1);
    await d.sleep(700);
    expect(await readerHosts(d)).toBe(1);
    expect((await d.inReader(bodyView)).paragraphs).toBeGreaterThanOrEqual(4);
    await expectClean(d);
  },

  async 'isolation-top-layer.html'(d) {
    await d.open('isolation-top-layer.html');
    await d.sleep(800); // the page shows its full-screen popover 300 ms after the reader
    const page = await d.inPage(() => ({
      onTop: document
        .elementFromPoint(innerWidth / 2, innerHeight / 2)
        ?.hasAttribute('data-clearpage-reader'),
      promoOpen: document.getElementById('promo')!.matches(':popover-open'),
      coverOpen: document.getElementById('cover')!.matches(':popover-open'),
    }));
    expect(page).toEqual({ onTop: true, promoOpen: true, coverOpen: true });
    // Usable, not inert: a real click on a control works.
    const before = await readerScale(d);
    const { x, y } = await centreOf(d, 'Larger text');
    await d.clickAt(x, y);
    await expect.poll(() => readerScale(d)).not.toBe(before);
    await expectClean(d);
  },

  async 'isolation-modal-dialog.html'(d) {
    // A cookie banner shown modal before the click, another modal dialog 300 ms after the reader.
    await d.open('isolation-modal-dialog.html');
    await d.sleep(800);
    const page = await d.inPage(() => ({
      onTop: document
        .elementFromPoint(innerWidth / 2, innerHeight / 2)
        ?.hasAttribute('data-clearpage-reader'),
      cookiesOpen: (document.getElementById('cookies') as HTMLDialogElement).open,
      coverOpen: (document.getElementById('cover') as HTMLDialogElement).open,
    }));
    expect(page).toEqual({ onTop: true, cookiesOpen: true, coverOpen: true });
    const before = await readerScale(d);
    const { x, y } = await centreOf(d, 'Larger text');
    await d.clickAt(x, y);
    await expect.poll(() => readerScale(d)).not.toBe(before);
    await d.press('Escape');
    await expect.poll(() => readerHosts(d)).toBe(0);
    await expectClean(d);
  },

  async 'isolation-bounded-work.html'(d) {
    const started = Date.now();
    await d.open('isolation-bounded-work.html');
    // Answered (an article or "too large"), and within the content script's time.
    expect(Date.now() - started).toBeLessThan(8_000);
    const shown = await d.inReader(
      (root) => (root.querySelector('.body, .empty')?.textContent ?? '').length,
    );
    expect(shown).toBeGreaterThan(0);
    await expectClean(d);
  },

  async 'isolation-clipboard.html'(d) {
    // Served with Permissions-Policy: clipboard-write=(), which refuses the content script's
    // navigator.clipboard in Chromium; the page rewrites every copy event it sees.
    await d.open('isolation-clipboard.html?permissions-policy=clipboard-write%3D()');
    await d.sleep(300);
    const expected = await shownTexts(d);
    expect(expected.text).toContain('Visiting yachts will pay a third more');
    const copy = await centreOf(d, 'Copy text');
    await d.clickAt(copy.x, copy.y);
    await expect.poll(() => readerStatus(d)).toBe('Copied');
    expect(await d.clipboard()).toBe(expected.text);
    // "Copy as Markdown" takes the same way.
    const more = await centreOf(d, 'More formats');
    await d.clickAt(more.x, more.y);
    const item = await centreOf(d, 'Copy as Markdown');
    await d.clickAt(item.x, item.y);
    await expect.poll(() => readerStatus(d)).toBe('Copied as Markdown');
    expect(await d.clipboard()).toBe(expected.markdown);
    await expectClean(d);
  },

  async 'isolation-inert.html'(d) {
    // <html inert lang="en"> and <body inert> before the click.
    await d.open('isolation-inert.html');
    const before = await d.inPage(() => (window as unknown as { __before: string }).__before);
    await d.sleep(300);
    await expectUsable(d);
    await d.press('Escape');
    await expect.poll(() => readerHosts(d)).toBe(0);
    expect(await pageHtml(d)).toBe(before);
    // ?later: the page makes <html> inert while the reader is open; it is inert again after.
    await d.open('isolation-inert.html?later');
    const later = await d.inPage(() => (window as unknown as { __before: string }).__before);
    await d.sleep(600);
    await expectUsable(d);
    await d.press('Escape');
    await expect.poll(() => readerHosts(d)).toBe(0);
    expect(await pageHtml(d)).toBe(
      later.replace('<html lang="en">', '<html lang="en" inert="later">'),
    );
    await expectClean(d);
  },

  async 'isolation-focus.html'(d) {
    // An input inside an open shadow root, then a button two open roots deep, holds focus.
    for (const [shape, focus] of [
      ['one', 'input#q'],
      ['two', 'button#share'],
    ] as const) {
      await d.open(`isolation-focus.html?${shape}`);
      const before = await d.inPage(() => (window as unknown as { __before: string }).__before);
      // As the page left them just before the click.
      const atLoad = await d.inPage(() => (window as unknown as { __atLoad: unknown }).__atLoad);
      expect(atLoad).toEqual({ focus, x: 0, y: 240, list: 120 });
      await d.sleep(300);
      // Focus moved into the reader, and real keys are the reader's.
      expect((await focusAndScroll(d)).focus).not.toBe(focus);
      await d.press('Escape');
      await expect.poll(() => readerHosts(d)).toBe(0);
      expect(await focusAndScroll(d)).toEqual({ focus, x: 0, y: 240, list: 120 });
      expect(await pageHtml(d)).toBe(before);
    }
    await expectClean(d);
  },

  async 'isolation-fonts.html'(d) {
    // What the page saw in document.fonts, from load until after close, under two settings.
    const seen: string[][] = [];
    for (const family of ['sans', 'serif'] as const) {
      await d.setFontFamily(family);
      await d.open('isolation-fonts.html');
      const font = await d.inReader(
        (root) => getComputedStyle(root.querySelector('.body p')!).fontFamily,
      );
      expect(font).toMatch(family === 'sans' ? /Inter/ : /Literata/);
      await expect
        .poll(() => d.inPage(() => document.fonts.status === 'loaded' && document.fonts.size > 0))
        .toBe(true);
      await d.sleep(300);
      await d.press('Escape');
      await expect.poll(() => readerHosts(d)).toBe(0);
      await d.sleep(200);
      seen.push(await d.inPage(() => (window as unknown as { __fontLog: string[] }).__fontLog));
    }
    // The reader's faces were there and are gone after close: the page did watch something.
    const last = (log: string[]) => JSON.parse(log.at(-1)!) as { size: number };
    expect(seen[0]!.length).toBeGreaterThan(2);
    expect(last(seen[0]!).size).toBe(0);
    expect(seen[1]).toEqual(seen[0]);
    await expectClean(d);
  },

  async 'isolation-esc.html'(d) {
    // Every Esc is stopped at the window, before the reader's key handler, by the page.
    await d.open('isolation-esc.html');
    await d.sleep(300);
    const promoOpen = () =>
      d.inPage(() => document.getElementById('promo')!.matches(':popover-open'));
    expect(await promoOpen()).toBe(true);
    await d.press('Escape');
    await expect.poll(() => readerHosts(d)).toBe(0);
    expect(await d.inPage(() => (window as unknown as { __stopped: number }).__stopped)).toBe(1);
    // The page's popover was left open.
    expect(await promoOpen()).toBe(true);
    // ?cancel: preventDefault() too cancels the close request; the Close button still works.
    await d.open('isolation-esc.html?cancel');
    await d.sleep(300);
    await d.press('Escape');
    await d.sleep(300);
    expect(await readerHosts(d)).toBe(1);
    expect(await promoOpen()).toBe(true);
    const close = await centreOf(d, 'Close reader');
    await d.clickAt(close.x, close.y);
    await expect.poll(() => readerHosts(d)).toBe(0);
    await expectClean(d);
  },
};
