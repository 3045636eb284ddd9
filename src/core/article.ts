/** What Clearpage's core returns for a page: the clean article and what was taken out of it. */
import type { FixReport, PageFix } from './fixes/apply';
import type { PageLimits } from './extract/limits';

export type { FixReport, PageFix } from './fixes/apply';

/** The kinds of page chrome the stripper removes; each name is also the label the reader shows. */
export type ChromeKind =
  | 'trending'
  | 'follow-promo'
  | 'related'
  | 'newsletter'
  | 'share'
  | 'reader-controls'
  | 'advertisement'
  | 'cookie-notice'
  | 'caption'
  | 'byline-dateline'
  | 'navigation'
  | 'author-bio'
  | 'boilerplate'
  | 'hover-card'
  | 'paywall'
  | 'table-of-contents'
  | 'comments'
  | 'quoted-post'
  | 'other';

/** One block removed from Readability's output, kept so nothing is lost silently. */
export interface Removal {
  kind: ChromeKind;
  /** The id of the rule that removed it (`RULE_IDS` in strip/registry.ts). */
  rule: string;
  /** Why the rule removed it, in words ("phrase 'read more:' heads a list of links"). */
  reason: string;
  text: string;
  /**
   * The removed block as HTML, through the same sanitiser as the article, computed on first
   * read. Set on `Article.removed` (not on `stripChrome`'s own records); non-enumerable, so
   * JSON of a removal stays `{kind, rule, reason, text}`.
   */
  readonly html?: string;
}

/**
 * How the truncation guard fell back, when it did (see truncation-guard.ts):
 * - 'fewer-rules': stripping looked implausible, so only the specific rules ran;
 * - 'readability': even that looked implausible, so nothing was stripped;
 * - 'relaxed-readability': Readability's article was a small part of the page's text, so the
 *   page was read again with Readability's flags relaxed;
 * - 'article-scope': Readability kept a small part of the page's one article element
 *   (`[itemprop=articleBody]`, `<article>` or `<main>`), so that element is the article
 *   (extract/article-scope.ts).
 */
export interface Fallback {
  step: 'fewer-rules' | 'readability' | 'relaxed-readability' | 'article-scope';
  /** Why, in words, with the figures ("stripping would remove 74% of the article's text"). */
  reason: string;
}

export interface Article {
  /** Headline without the site's suffix. */
  title: string;
  /** Author(s), without a leading "By". */
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 when the page gives a parseable date, else null. */
  publishedTime: string | null;
  /** BCP 47 tag from the page (`<html lang>`, meta), or null. */
  lang: string | null;
  dir: 'ltr' | 'rtl';
  excerpt: string | null;
  /** The page's canonical or given URL, or null. */
  url: string | null;
  /**
   * Sanitised article body. It belongs to an inert document of the sanitising window (the page's
   * own window, or `ExtractOptions.purifyWindow`); appending it elsewhere adopts and *moves* its
   * nodes, so append `content.cloneNode(true)` when the fragment is needed again later.
   * Sanitising happens on the first read of `content` or `html` (text-only callers skip it).
   */
  readonly content: DocumentFragment;
  /** The same body serialised as sanitised HTML (computed together with `content`). */
  readonly html: string;
  /**
   * For "show removed parts": the sanitised body with every removed block back where it was,
   * each wrapped in `<div data-clearpage-removed="<index into removed>" data-kind="<kind>">`
   * (the index is the stable anchor: `removed[i]` is that block's record). Built on first read,
   * from a copy: `content`, `html`, `text` and every export are unchanged by it and cost
   * nothing more for it. Same ownership rules as `content`. Optional only so hand-built
   * Articles (tests, exports) need not supply it; `extractArticle` always does.
   */
  readonly contentWithRemoved?: DocumentFragment;
  /**
   * Body only, as clean text: blocks separated by one blank line, no captions, no chrome.
   * List items are one line each ("- item", "1. item"), table rows are cells joined by " | ".
   */
  text: string;
  /** Words in `text`; each Chinese/Japanese character counts as one word. */
  wordCount: number;
  /** At least 1: ~230 words or ~400 CJK characters a minute. */
  readingMinutes: number;
  /** The page's lead image (og:image, twitter:image), absolute, or null. */
  leadImage: string | null;
  removed: Removal[];
  /** Set when the truncation guard fell back; the reader can say so. */
  fallback?: Fallback;
  /** Set when `ExtractOptions.fixes` were given: which found their element, which did not. */
  fixes?: FixReport;
}

export type Extraction =
  | { ok: true; article: Article }
  /** 'no-article': not a story (home page, search page); 'too-large': past `PAGE_LIMITS`. */
  | { ok: false; reason: 'no-article' | 'too-large'; message: string };

export interface ExtractOptions {
  /** The page's URL when the document does not know it (CLI `--url`). */
  url?: string;
  /**
   * Set when `doc` is already a private copy (the CLI parses its own); otherwise the core
   * clones it, so the live page is never touched.
   */
  isPrivateCopy?: boolean;
  /**
   * The window DOMPurify runs in when `doc`'s own window cannot run it (a linkedom document has
   * no window DOMPurify supports). Defaults to `doc.defaultView`, then the global `window`.
   */
  purifyWindow?: Window;
  /**
   * Past these the answer is "too large" before any work is done.
   * @default PAGE_LIMITS (the CLI's); the reader passes the tighter READER_LIMITS.
   */
  limits?: PageLimits;
  /**
   * Chrome rules not to run, by id (`RULE_IDS`): the bench measures each rule's worth by
   * extracting without it (issue 8, item 4).
   */
  skipRules?: ReadonlySet<string>;
  /**
   * A small page whose whole text is a few words (a note, a test page) is read as the article
   * instead of "no article", when the words are not links. The reader asks for this only after
   * the page and its frames had no article; the CLI always.
   */
  wholeShortPage?: boolean;
  /**
   * Fixes kept for this site (issue 11, item 3), as structural selectors into the page:
   * 'remove' takes an element out (a removal with rule 'site-fix'), 'keep' makes the chrome
   * rules leave one; 'pick' is not read here (fixes/apply.ts).
   */
  fixes?: readonly PageFix[];
}

/**
 * The attribute that marks a removed part: on the stripper's `<template>` placeholders, and on
 * each part of `contentWithRemoved` (its value indexes `removed`).
 */
export const REMOVED_MARKER = 'data-clearpage-removed';
