/**
 * A pick kept for a site (issue 11, items 1 and 3): "Use this block on <host> from now on" stores
 * the picked element's structural selector (src/core/fixes/selector.ts; never the page's text)
 * as the host's 'pick' fix (src/shared/site-fixes.ts), and the next reading on that host starts
 * from the one element it finds. The store is read once, when the content script starts, beside
 * the click's own work: a host without a fix waits for nothing (reader.ts).
 */
import { isStructuralSelector, structuralSelector } from '../core/fixes/selector';
import { addFix, fixesFor, hostOf } from '../shared/site-fixes';

/** The one element `selector` finds in `doc`, or null when it finds none or several. */
export function pickedBy(doc: Document, selector: string): Element | null {
  try {
    const found = doc.querySelectorAll(selector);
    return found.length === 1 ? found[0]! : null;
  } catch {
    return null; // never stored (the grammar is checked), but a page can be odd
  }
}

export interface SitePick {
  /** This page's host, or null (not an http(s) page: nothing is kept there). */
  readonly host: string | null;
  /** The site's kept pick: its selector, null when it has none, undefined until storage answered. */
  known(): string | null | undefined;
  /** Storage's answer. */
  readonly ready: Promise<string | null>;
  /** Keeps `element` as the site's pick; false when no selector finds it again, alone. */
  keep(element: Element): Promise<boolean>;
}

export function sitePick(url: string = location.href): SitePick {
  const host = hostOf(url);
  let kept: string | null | undefined = host ? undefined : null;
  const ready = host
    ? fixesFor(host).then(
        (fixes) => (kept = fixes.findLast((f) => f.kind === 'pick')?.selector ?? null),
        () => (kept = null),
      )
    : Promise.resolve(null);
  return {
    host,
    known: () => kept,
    ready,
    async keep(element) {
      if (!host) return false;
      const selector = structuralSelector(element);
      if (!isStructuralSelector(selector) || pickedBy(document, selector) !== element) return false;
      await addFix(host, { kind: 'pick', selector, added: Date.now() });
      kept = selector;
      return true;
    },
  };
}
