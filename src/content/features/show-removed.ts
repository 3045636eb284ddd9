/**
 * "Show removed (N)": what Clearpage took out of the article, shown dimmed where it was, each part
 * labelled with its kind and the rule's reason, with "Bring back" to keep one in the article for
 * this reading. The view is chunks/show-removed.js (src/content/lazy/show-removed.ts), loaded on
 * the first press; its classes inside the article keep the `cp-` prefix of the reader's marks
 * there (cp-removed, cp-removed-label, cp-restored), apart from the article's own class names.
 * Saves and copies follow what is shown: a part brought back is in them (../shown-article.ts).
 */
import { REMOVED_MARKER, type Article, type ChromeKind } from '../../core/article';
import { localize, t, type MessageKey } from '../../shared/i18n';
import { h, loadChunk, type FeatureContext } from './context';

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
  'quoted-post': 'kindQuotedPost',
  other: 'kindOther',
});

/** A removed part that is not brought back. */
const REMOVED_PART = `[${REMOVED_MARKER}]:not(.cp-restored)`;

const kindName = (kind: string | null) =>
  t('removedKind', t(KIND_MESSAGES[kind as ChromeKind] ?? 'kindOther'));

/** Puts the removed parts into `body`, once (the chunk is loaded on the first call). */
function viewBuilder(ctx: FeatureContext, article: Article, body: HTMLElement) {
  let built = false;
  return async () => {
    const view = await loadChunk('show-removed');
    const withRemoved = article.contentWithRemoved;
    if (built || !withRemoved) return;
    const words = {
      removedKind: kindName,
      bringBack: t('bringBack'),
      broughtBack: t('broughtBack'),
      keepForSite: t('keepForSite'),
    };
    const { announce, prepareLinks } = ctx;
    const keep = async (part: HTMLElement) =>
      announce(t((await ctx.keepFix('keep', part)) ? 'keptForSite' : 'couldNotKeep'));
    view.build({ article, body, prepareLinks, announce, words, localize, keep }, withRemoved);
    built = true;
  };
}

export function mount(ctx: FeatureContext): void {
  const { article, body } = ctx;
  // `in`, not the getter: the copy with the removed parts is built on the first press only.
  if (!article || !body || article.removed.length === 0 || !('contentWithRemoved' in article))
    return;
  const button = h(
    'button',
    { type: 'button', class: 'show-removed', 'aria-pressed': 'false' },
    t('showRemoved', article.removed.length),
  );
  const build = viewBuilder(ctx, article, body);
  button.addEventListener(
    'click',
    () => {
      const show = button.getAttribute('aria-pressed') !== 'true';
      // chunks.ts tries a failed load again on the next press.
      void (show ? build() : Promise.resolve()).then(
        () => {
          for (const part of body.querySelectorAll<HTMLElement>(REMOVED_PART)) part.hidden = !show;
          button.setAttribute('aria-pressed', String(show));
        },
        () => ctx.announce(t('couldNotLoad')),
      );
    },
    { signal: ctx.signal },
  );
  ctx.addToolbarItem(button, { movable: true });
}
