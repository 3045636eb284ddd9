/**
 * "Remove parts" (issue 11, item 2): any block of the article — a paragraph, a heading, a list,
 * a figure, a quote, a table, code — can be removed from this reading, the inverse of "Bring
 * back". A toolbar toggle turns it on, so the reading view stays as it was until asked: then
 * every block can be reached with Tab, and one "Remove" button follows the block under the
 * pointer or with focus (it sits right after that block, so Tab goes block, Remove, next block;
 * Delete removes the focused block too). A toast says "Removed" with Undo and "Keep for this
 * site" (a fix remembered per site, issue 11 item 3); Ctrl/Cmd+Z undoes while the reader is open.
 * Saves and copies follow what is shown (ctx.shown()). A removed block is hidden in place, never
 * deleted, so undo puts the very same nodes back.
 */
import { t } from '../../shared/i18n';
import { CUT_ATTR, h, type FeatureContext } from './context';

/** The blocks a reader can remove: the outermost of these in the article. */
const BLOCK =
  'p, h1, h2, h3, h4, h5, h6, ul, ol, dl, figure, blockquote, table, pre, img, picture, video, audio, aside, details, .cp-restored';
/** Parts "Show removed" shows dimmed: removed already, not blocks of the reading. */
const REMOVED_PART = '[data-clearpage-removed]:not(.cp-restored)';
const BLOCK_ATTR = 'data-cp-block';

/** The article's blocks in order: outermost matches, outside the parts Clearpage removed. */
export function articleBlocks(body: HTMLElement): HTMLElement[] {
  return [...body.querySelectorAll<HTMLElement>(BLOCK)].filter((el) => {
    if (el.closest(REMOVED_PART)) return false;
    const parent = el.parentElement?.closest(BLOCK);
    return !parent || !body.contains(parent);
  });
}

interface Cut {
  block: HTMLElement;
  /** Its place among the article's own blocks, to find it again when "Show removed" rebuilds. */
  ordinal: number;
}

function toast(ctx: FeatureContext, actions: { undo(): void; keep(): void }) {
  const undo = h(
    'button',
    { type: 'button', class: 'remove-block-undo', onClick: actions.undo },
    t('undo'),
  );
  const keep = h(
    'button',
    { type: 'button', class: 'remove-block-keep', onClick: actions.keep },
    t('keepForSite'),
  );
  const el = h(
    'div',
    { class: 'remove-block-toast', role: 'group', 'aria-label': t('blockRemoved') },
    h('span', {}, t('blockRemoved')),
    undo,
    keep,
  );
  el.hidden = true;
  ctx.addTeardown(() => el.remove());
  const show = () => {
    // Inside the reader's dialog, which is built after the features are mounted (the page
    // around a modal dialog is inert).
    const dialog = ctx.body?.closest('dialog');
    if (!el.isConnected || (dialog && !dialog.contains(el))) (dialog ?? ctx.root).append(el);
    el.hidden = false;
  };
  return { el, undo, keep, show };
}

export function mount(ctx: FeatureContext): void {
  const { body, signal } = ctx;
  if (!ctx.article || !body) return;
  const button = h(
    'button',
    {
      type: 'button',
      class: 'remove-block',
      'aria-pressed': 'false',
      title: t('removeBlocksHint'),
    },
    t('removeBlocks'),
  );
  const control = h(
    'button',
    { type: 'button', class: 'remove-block-control cp-reader-ui' },
    t('removeBlock'),
  );
  control.hidden = true;
  const cuts: Cut[] = [];
  let current: HTMLElement | null = null;
  let editing = false;

  const blocks = () => articleBlocks(body).filter((b) => !b.hasAttribute(CUT_ATTR));
  const notice = toast(ctx, {
    undo: () => undoLast(),
    keep: () => void keepLast(),
  });

  function place(block: HTMLElement | null): void {
    if (!editing || !block || block === current) return;
    current?.classList.remove('cp-current');
    current = block;
    block.classList.add('cp-current');
    block.after(control);
    const top = block.getBoundingClientRect().top - body!.getBoundingClientRect().top;
    control.style.top = `${Math.max(0, top)}px`;
    control.hidden = false;
  }

  function remove(block: HTMLElement): void {
    const all = articleBlocks(body!);
    const own = all.filter((b) => !b.closest('[data-clearpage-removed]'));
    const after = blocks().find(
      (b) => block.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const before = blocks()
      .filter(
        (b) =>
          b !== block && !(block.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING),
      )
      .pop();
    block.setAttribute(CUT_ATTR, '');
    block.hidden = true;
    block.classList.remove('cp-current');
    cuts.push({ block, ordinal: own.indexOf(block) });
    current = null;
    control.hidden = true;
    notice.show();
    notice.keep.hidden = false;
    ctx.announce(t('blockRemovedSay'));
    const next = after ?? before;
    if (editing && next) {
      next.focus({ preventScroll: false });
      place(next);
    } else notice.undo.focus();
  }

  function undoLast(): boolean {
    const cut = cuts.pop();
    if (!cut) return false;
    cut.block.removeAttribute(CUT_ATTR);
    cut.block.hidden = false;
    notice.el.hidden = cuts.length === 0;
    ctx.announce(t('blockPutBack'));
    if (editing) {
      cut.block.focus();
      place(cut.block);
    } else {
      cut.block.setAttribute('tabindex', '-1');
      cut.block.focus();
    }
    return true;
  }

  async function keepLast(): Promise<void> {
    const cut = cuts.at(-1);
    if (!cut) return;
    const ok = await ctx.keepFix('remove', cut.block);
    ctx.announce(t(ok ? 'keptForSite' : 'couldNotKeep'));
    if (ok) notice.keep.hidden = true;
  }

  function setEditing(on: boolean): void {
    editing = on;
    button.setAttribute('aria-pressed', String(on));
    body!.classList.toggle('cp-editing', on);
    for (const block of articleBlocks(body!)) {
      if (on) {
        block.setAttribute(BLOCK_ATTR, '');
        block.setAttribute('tabindex', '0');
      } else {
        block.removeAttribute(BLOCK_ATTR);
        block.removeAttribute('tabindex');
        block.classList.remove('cp-current');
      }
    }
    current = null;
    control.hidden = true;
    if (!on) control.remove();
    if (on) ctx.announce(t('removeBlocksHint'));
  }

  button.addEventListener('click', () => setEditing(!editing), { signal });
  control.addEventListener('click', () => current && remove(current), { signal });
  const blockOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>(`[${BLOCK_ATTR}]`) : null;
  body.addEventListener('pointerover', (e) => place(blockOf(e.target)), { signal });
  body.addEventListener('focusin', (e) => e.target !== control && place(blockOf(e.target)), {
    signal,
  });
  body.addEventListener(
    'keydown',
    (e) => {
      const block = blockOf(e.target);
      if (!editing || !block || e.target !== block) return;
      if (e.key !== 'Delete' && e.key !== 'Backspace') return;
      e.preventDefault();
      remove(block);
    },
    { signal },
  );
  ctx.addKeyBinding((e) => {
    const mod = e.ctrlKey || e.metaKey;
    if (!mod || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'z') return false;
    // A field's own undo stays the field's.
    if (ctx.root.activeElement?.matches('input, textarea, select')) return false;
    return undoLast();
  });
  watchRebuild(body, cuts, () => editing && (setEditing(false), setEditing(true)), signal);
  ctx.addToolbarItem(button, { movable: true });
}

/**
 * "Show removed" swaps the body's children for a copy with the removed parts in place: the
 * blocks removed for this reading are found again there by their place and removed again.
 */
function watchRebuild(body: HTMLElement, cuts: Cut[], again: () => void, signal: AbortSignal) {
  const observer = new MutationObserver((records) => {
    if (!records.some((r) => r.removedNodes.length > 0)) return;
    if (cuts.every((cut) => body.contains(cut.block))) return;
    const own = articleBlocks(body).filter((b) => !b.closest('[data-clearpage-removed]'));
    for (const cut of cuts) {
      if (body.contains(cut.block)) continue;
      const found = own[cut.ordinal];
      if (!found) continue;
      found.setAttribute(CUT_ATTR, '');
      found.hidden = true;
      cut.block = found;
    }
    again();
  });
  observer.observe(body, { childList: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
