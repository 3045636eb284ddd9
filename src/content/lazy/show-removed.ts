/**
 * chunks/show-removed.js, loaded on the first press of "Show removed" (../features/show-removed.ts):
 * the article with what Clearpage took out of it put back where it was, each part dimmed and
 * labelled with its kind and the rule's reason, with "Bring back" to keep it in the article for
 * this reading. The words come from the toggle, in the UI's language.
 */
import type { Article } from '../../core/article';
import { REMOVED_MARKER } from '../../core/article';
import { h } from '../h';
import { registerChunk } from '../chunk-slot';

export interface ShowRemovedWords {
  /** "Removed: <kind>" for a part's `data-kind`. */
  removedKind(kind: string | null): string;
  bringBack: string;
  broughtBack: string;
  keepForSite: string;
}

export interface ShowRemovedOptions {
  article: Article;
  /** The reader's `.body`, whose children are swapped for the copy with the removed parts. */
  body: HTMLElement;
  /** Links open in a new tab, as in the article. */
  prepareLinks(root: ParentNode): void;
  announce(message: string): void;
  words: ShowRemovedWords;
  /** Gives a label the UI's language and direction (it is the reader's UI inside the article). */
  localize(el: Element): void;
  /** Keeps a part brought back as a fix for the site (issue 11, item 3); says how it went. */
  keep(part: HTMLElement): Promise<void>;
}

export interface ShowRemovedChunk {
  /** Puts the article with its removed parts, labelled and dimmed, into `options.body`. */
  build(options: ShowRemovedOptions, withRemoved: DocumentFragment): void;
}

function labelFor(part: Element, options: ShowRemovedOptions, onBack: () => void): HTMLElement {
  const record = options.article.removed[Number(part.getAttribute(REMOVED_MARKER))];
  const back = h(
    'button',
    { type: 'button', class: 'cp-bring-back', onClick: onBack },
    options.words.bringBack,
  );
  const label = h(
    'div',
    { class: 'cp-removed-label', title: record?.reason ?? '' },
    h('span', {}, options.words.removedKind(part.getAttribute('data-kind'))),
    back,
  );
  options.localize(label);
  return label;
}

/** After "Bring back": the offer to keep it so for this site, the reader's UI inside the part. */
function keepLabel(part: HTMLElement, options: ShowRemovedOptions): HTMLElement {
  const keep = h(
    'button',
    { type: 'button', class: 'cp-keep-for-site' },
    options.words.keepForSite,
  );
  const label = h('div', { class: 'cp-removed-label cp-reader-ui' }, keep);
  keep.addEventListener('click', () => void options.keep(part).then(() => label.remove()));
  options.localize(label);
  return label;
}

function bringBack(part: HTMLElement, options: ShowRemovedOptions): void {
  part.classList.add('cp-restored');
  part.querySelector(':scope > .cp-removed-label')?.replaceWith(keepLabel(part, options));
  part.setAttribute('tabindex', '-1');
  part.focus({ preventScroll: true });
  options.announce(options.words.broughtBack);
}

registerChunk('show-removed', {
  build(options, withRemoved) {
    // Already new nodes parsed from markup (fresh-content.ts), shown once: moved, not copied.
    options.prepareLinks(withRemoved);
    for (const part of withRemoved.querySelectorAll<HTMLElement>(`[${REMOVED_MARKER}]`)) {
      part.classList.add('cp-removed');
      part.prepend(labelFor(part, options, () => bringBack(part, options)));
    }
    options.body.replaceChildren(withRemoved);
  },
});
