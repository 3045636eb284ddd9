/**
 * The chrome rules in the order they run. SPECIFIC_RULES need a phrase or a class *and* a shape
 * (an ad label, a share bar, a "follow us" line): they take out short blocks and cannot gut an
 * article. BROAD_RULES decide from structure and position (teaser lists and cards, bios and
 * boilerplate at the end, navigation); the truncation guard can run without them.
 */
import type { ChromeRule } from './chrome-context';
import { pressBoilerplate } from './rules/boilerplate';
import { figureText, imageCaption } from './rules/captions';
import { closingLink, emptyRail, teaserCards } from './rules/cards';
import { capsTeaser, clickHerePromo, hoverCards, shortcode } from './rules/inline';
import {
  edgeTeaserList,
  navigation,
  relatedLinks,
  tableOfContents,
  tagList,
  trendingRail,
} from './rules/lists';
import { agencyCredits, authorBio, disclosure } from './rules/people';
import { browserNotice, cookieNotice, followPromo, newsletterBox, paywall } from './rules/promos';
import { advertisement, dateline, skipLink, toolbar } from './rules/ui';
import { commentUi, copyrightFooter, galleryControls } from './rules/page-ui';
import { quotedPost } from './rules/threads';

/**
 * A rule with its stable id: the id is what a removal record's `rule` says, what
 * `ExtractOptions.skipRules` names and what the bench's per-rule table lists (issue 8, item 4).
 */
export interface RegisteredRule {
  readonly id: string;
  readonly test: ChromeRule;
}

export const SPECIFIC_RULES: readonly RegisteredRule[] = [
  { id: 'advertisement', test: advertisement },
  { id: 'toolbar', test: toolbar },
  { id: 'cookie-notice', test: cookieNotice },
  { id: 'browser-notice', test: browserNotice },
  { id: 'follow-promo', test: followPromo },
  { id: 'newsletter-box', test: newsletterBox },
  { id: 'paywall', test: paywall },
  { id: 'skip-link', test: skipLink },
  { id: 'gallery-controls', test: galleryControls },
  { id: 'comment-ui', test: commentUi },
  { id: 'shortcode', test: shortcode },
  { id: 'figure-text', test: figureText },
  { id: 'image-caption', test: imageCaption },
  { id: 'dateline', test: dateline },
];

export const BROAD_RULES: readonly RegisteredRule[] = [
  { id: 'disclosure', test: disclosure },
  { id: 'author-bio', test: authorBio },
  { id: 'agency-credits', test: agencyCredits },
  { id: 'caps-teaser', test: capsTeaser },
  { id: 'click-here-promo', test: clickHerePromo },
  { id: 'trending-rail', test: trendingRail },
  { id: 'related-links', test: relatedLinks },
  { id: 'empty-rail', test: emptyRail },
  { id: 'tag-list', test: tagList },
  { id: 'table-of-contents', test: tableOfContents },
  { id: 'copyright-footer', test: copyrightFooter },
  { id: 'press-boilerplate', test: pressBoilerplate },
  { id: 'teaser-cards', test: teaserCards },
  { id: 'edge-teaser-list', test: edgeTeaserList },
  { id: 'closing-link', test: closingLink },
  { id: 'navigation', test: navigation },
];

/** Runs inside paragraphs only, apart from the element walk (see rules/inline.ts). */
export const HOVER_CARDS: RegisteredRule = { id: 'hover-cards', test: hoverCards };

/**
 * Runs on blocks no other rule took, blockquotes included (which the other rules never judge:
 * they are content whatever their words), apart from the element walk (see rules/threads.ts).
 */
export const QUOTED_POSTS: RegisteredRule = { id: 'quoted-post', test: quotedPost };

/** Every rule id, in the order the rules run. */
export const RULE_IDS: readonly string[] = [
  ...SPECIFIC_RULES,
  ...BROAD_RULES,
  HOVER_CARDS,
  QUOTED_POSTS,
].map((rule) => rule.id);
