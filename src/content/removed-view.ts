/**
 * "Show removed": what Clearpage took out of the article, shown dimmed where it was, each part
 * labelled with its kind and the rule's reason, with "Bring back" to keep one in the article for
 * this reading (the view is lazy/show-removed.ts, its own chunk, loaded on the first press).
 * Saved and copied text stay the clean article.
 */
import { REMOVED_MARKER, type Article, type ChromeKind } from '../core/article';
import { localize, t, type MessageKey } from '../shared/i18n';
import { h } from './h';
import { loadChunk } from './chunks';

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
export const REMOVED_PART = `[${REMOVED_MARKER}]:not(.cp-restored)`;

export interface RemovedViewOptions {
  article: Article;
  /** The reader's `.body`, whose children are swapped for the copy with the removed parts. */
  body: HTMLElement;
  /** Links open in a new tab, as in the article. */
  prepareLinks(root: ParentNode): void;
  announce(message: string): void;
}

const kindName = (kind: string | null) =>
  t('removedKind', t(KIND_MESSAGES[kind as ChromeKind] ?? 'kindOther'));

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
  // The view with the removed parts is its own chunk, loaded on the first press (chunks.ts
  // retries a failed load) and built once.
  const build = async () => {
    const view = await loadChunk('show-removed');
    const withRemoved = article.contentWithRemoved;
    if (built || !withRemoved) return;
    const words = {
      removedKind: kindName,
      bringBack: t('bringBack'),
      broughtBack: t('broughtBack'),
    };
    view.build({ ...options, words, localize }, withRemoved);
    built = true;
  };
  button.addEventListener('click', () => {
    const show = button.getAttribute('aria-pressed') !== 'true';
    void (show ? build() : Promise.resolve()).then(
      () => {
        for (const part of body.querySelectorAll<HTMLElement>(REMOVED_PART)) part.hidden = !show;
        button.setAttribute('aria-pressed', String(show));
      },
      () => options.announce(t('couldNotLoad')),
    );
  });
  return button;
}
