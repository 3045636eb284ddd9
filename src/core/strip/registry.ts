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
import { capsTeaser, clickHerePromo, shortcode } from './rules/inline';
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
import {
  accountUi,
  commentUi,
  copyrightFooter,
  galleryControls,
  ownUrlLine,
  tweetableQuote,
} from './rules/page-ui';

export const SPECIFIC_RULES: readonly ChromeRule[] = [
  advertisement,
  toolbar,
  cookieNotice,
  browserNotice,
  followPromo,
  newsletterBox,
  paywall,
  skipLink,
  galleryControls,
  commentUi,
  accountUi,
  ownUrlLine,
  tweetableQuote,
  shortcode,
  figureText,
  imageCaption,
  dateline,
];

export const BROAD_RULES: readonly ChromeRule[] = [
  disclosure,
  authorBio,
  agencyCredits,
  capsTeaser,
  clickHerePromo,
  trendingRail,
  relatedLinks,
  emptyRail,
  tagList,
  tableOfContents,
  copyrightFooter,
  pressBoilerplate,
  teaserCards,
  edgeTeaserList,
  closingLink,
  navigation,
];
