/**
 * "Show removed": what Clearpage took out of the article, shown dimmed where it was, each part
 * labelled with its kind and the rule's reason, with "Bring back" to keep one in the article for
 * this reading. Nothing is built until the first press; saved and copied text stay the clean
 * article.
 */
import type { Article, ChromeKind } from '../core/article';
import { localize, t, type MessageKey } from '../shared/i18n';
import { h } from './h';
import { REMOVED_MARKER as MARKER } from '../core/strip/strip-chrome';

/** Each kind's name in the UI's language. */
export const KIND_MESSAGES: Readonly<Record<ChromeKind, MessageKey>> = Object.freeze({
  trending: 'kindTrending',
  'follow-promo': 'kindFollowPromo',
  related: 'kindRelated',
  newsletter: 'kindNewsletter',
  share: 'kindShare',
  'reader-controls': 'kindReaderControls',
  advertisement: 'kindAdvertisement',
  'cookie-notice': 'kindCookieNotice',
  caption: 'kindCaption',
  'byline-dateline': 'kindBylineDateline',
  navigation: 'kindNavigation',
  'author-bio': 'kindAuthorBio',
  boilerplate: 'kindBoilerplate',
  'hover-card': 'kindHoverCard',
  paywall: 'kindPaywall',
  'table-of-contents': 'kindTableOfContents',
  comments: 'kindComments',
  other: 'kindOther',
});

/** A removed part that is not brought back; read aloud and the reader's text skip these. */
export const REMOVED_PART = `[${MARKER}]:not(.cp-restored)`;

export interface RemovedViewOptions {
  article: Article;
  /** The reader's `.body`, whose children are swapped for the copy with the removed parts. */
  body: HTMLElement;
  /** Links open in a new tab, as in the article. */
  prepareLinks(root: ParentNode): void;
  announce(message: string): void;
}

function labelFor(part: Element, article: Article, onBack: () => void): HTMLElement {
  const record = article.removed[Number(part.getAttribute(MARKER))];
  const kind = KIND_MESSAGES[part.getAttribute('data-kind') as ChromeKind] ?? 'kindOther';
  const back = h(
    'button',
    { type: 'button', class: 'cp-bring-back', onClick: onBack },
    t('bringBack'),
  );
  const label = h(
    'div',
    { class: 'cp-removed-label', title: record?.reason ?? '' },
    h('span', {}, t('removedKind', t(kind))),
    back,
  );
  // The label is the reader's UI inside the article: the UI's language and direction.
  localize(label);
  return label;
}

function bringBack(part: HTMLElement, announce: (m: string) => void): void {
  part.classList.add('cp-restored');
  part.querySelector(':scope > .cp-removed-label')?.remove();
  part.setAttribute('tabindex', '-1');
  part.focus({ preventScroll: true });
  announce(t('broughtBack'));
}

/** Builds the article with its removed parts in place, each labelled and dimmed. */
function buildWithRemoved(options: RemovedViewOptions, withRemoved: DocumentFragment) {
  // Already new nodes parsed from markup (fresh-content.ts), shown once: moved, not copied.
  const fresh = withRemoved;
  options.prepareLinks(fresh);
  for (const part of fresh.querySelectorAll<HTMLElement>(`[${MARKER}]`)) {
    part.classList.add('cp-removed');
    part.prepend(labelFor(part, options.article, () => bringBack(part, options.announce)));
  }
  options.body.replaceChildren(fresh);
}

/** The toolbar's "Show removed" toggle, or null when nothing was removed. */
export function removedToggle(options: RemovedViewOptions): HTMLButtonElement | null {
  const { article, body } = options;
  // `in`, not the getter: the copy with the removed parts is built on the first press only.
  if (article.removed.length === 0 || !('contentWithRemoved' in article)) return null;
  const button = h(
    'button',
    { type: 'button', class: 'show-removed', 'aria-pressed': 'false' },
    t('showRemoved', article.removed.length),
  );
  let built = false;
  button.addEventListener('click', () => {
    const show = button.getAttribute('aria-pressed') !== 'true';
    if (show && !built && article.contentWithRemoved) {
      buildWithRemoved(options, article.contentWithRemoved);
      built = true;
    }
    for (const part of body.querySelectorAll<HTMLElement>(REMOVED_PART)) part.hidden = !show;
    button.setAttribute('aria-pressed', String(show));
  });
  return button;
}
