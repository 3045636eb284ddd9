/**
 * The reader's side of fixes remembered per site (issue 11, item 3): what a feature's "Keep for
 * this site" stores, and the note saying a site's fixes shaped this reading. The page element
 * for a block is found only at that click (page-element.ts); what is stored is its structural
 * selector (core/fixes/selector.ts), never the page's text.
 */
import type { FixReport } from '../core/article';
import { isStructuralSelector, structuralSelector } from '../core/fixes/selector';
import { t } from '../shared/i18n';
import { addFix, clearSite, hostOf } from '../shared/site-fixes';
import type { KeptFixKind } from './features/context';
import { h } from './h';
import { findPageElement } from './page-element';

/** The element a reader block stands for: a part brought back is the wrapper of its nodes. */
function shownElement(block: Element): Element {
  if (!block.matches('.cp-restored')) return block;
  const inner = [...block.children].filter((el) => !el.matches('.cp-removed-label, .cp-reader-ui'));
  return inner.length === 1 ? inner[0]! : block;
}

/** Stores the fix for `block`'s page element under the page's host; false when it cannot. */
export async function keepFix(
  kind: KeptFixKind,
  block: Element,
  doc = document,
  url = doc.location?.href,
): Promise<boolean> {
  const host = hostOf(url);
  if (!host) return false;
  const el = findPageElement(shownElement(block), doc);
  if (!el) return false;
  const selector = structuralSelector(el);
  if (selector === 'body' || !isStructuralSelector(selector)) return false;
  try {
    await addFix(host, { kind, selector, added: Date.now() });
    return true;
  } catch {
    return false;
  }
}

export interface FixesNoteOptions {
  /** What the site's fixes did in this reading (Article.fixes). */
  report?: FixReport | undefined;
  /** This reading was opened again without the fixes (the note's Undo). */
  undone: boolean;
  onUndo(): void;
  host: string;
}

/** "Fixes for this site applied: 1 · Undo", or after Undo, the offer to forget them. */
export function fixesNote(options: FixesNoteOptions): HTMLElement | null {
  const applied = options.report?.applied.length ?? 0;
  const skipped = options.report?.skipped.length ?? 0;
  if (!options.undone && applied + skipped === 0) return null;
  const words = options.undone
    ? [t('fixesUndone')]
    : [applied ? t('fixesApplied', applied) : '', skipped ? t('fixesSkipped', skipped) : ''];
  const text = h('span', {}, words.filter(Boolean).join(' · '));
  const note = h('div', { class: 'fixes-note', role: 'note' }, text);
  if (applied && !options.undone) {
    note.append(
      h('button', { type: 'button', class: 'fixes-note-undo', onClick: options.onUndo }, t('undo')),
    );
  }
  if (options.undone || skipped) {
    const forget = h('button', { type: 'button', class: 'fixes-note-forget' }, t('fixesForget'));
    forget.addEventListener('click', () => {
      void clearSite(options.host).then(() => {
        text.textContent = t('fixesForgotten');
        note.querySelector('.fixes-note-undo')?.remove();
        forget.remove();
        note.setAttribute('tabindex', '-1');
        note.focus();
      });
    });
    note.append(forget);
  }
  return note;
}
