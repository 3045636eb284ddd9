/**
 * Chrome that asks the reader for something: follow us, sign up, accept cookies, enable
 * JavaScript. Each rule needs the call itself *and* something that makes it a call rather than
 * a sentence — it opens the block, names a platform or links to one, sits in a box classed as
 * such — so "'Follow us,' the officer shouted" and "readers who subscribe to the newsletter…"
 * stay.
 */
import type { ChromeContext, ChromeRule } from '../chrome-context';
import { hasSocialLink } from '../chrome-dom';
import {
  BROWSER_NOTICE_WORDS,
  CLASS_HINTS,
  COOKIE_WORDS,
  FOLLOW_OPENERS,
  FOLLOW_PLATFORMS,
  FOLLOW_VERBS,
  NETWORK_NAMES,
  NEWSLETTER_OPENERS,
  NEWSLETTER_WORDS,
  PAYWALL_WORDS,
} from '../../phrases/chrome-phrases';
import { compileHint, matchesHint } from '../class-words';
import { hasWordChars, phraseMatcher } from '../../phrases/phrase-match';

const FOLLOW = phraseMatcher(FOLLOW_OPENERS);
const PLATFORM = phraseMatcher(FOLLOW_PLATFORMS, NETWORK_NAMES);
const FOLLOW_ONLY = phraseMatcher(FOLLOW_OPENERS, FOLLOW_PLATFORMS, NETWORK_NAMES);
const FOLLOW_VERB = phraseMatcher(FOLLOW_VERBS);
const NETWORK = phraseMatcher(NETWORK_NAMES);
/** A sign-off is one line. */
const MAX_SIGN_OFF = 150;
/** Promos are a line or two; a longer block is the article talking. */
const MAX_PROMO = 300;

/** "For the latest headlines, follow our Google News channel" — a promo even inside the body. */
export const followPromo: ChromeRule = (el, ctx) => {
  const s = ctx.stats(el);
  if (s.text === 0 || s.text > MAX_PROMO) return null;
  const text = ctx.matchText(el);
  // Anchored checks first: they fail at the first character on ordinary paragraphs.
  if (FOLLOW.startsWith(text) && (PLATFORM.mentions(text) || hasSocialLink(el))) {
    const reason = 'opens with a "follow us" call and points to a platform';
    return { kind: 'follow-promo', reason, nodes: [el] };
  }
  if (
    FOLLOW_ONLY.startsWith(text) &&
    FOLLOW.mentions(text) &&
    !hasWordChars(FOLLOW_ONLY.strip(text))
  ) {
    return { kind: 'follow-promo', reason: '"follow us" with network names only', nodes: [el] };
  }
  if (s.text <= MAX_SIGN_OFF && ctx.atEnd(el) && FOLLOW_VERB.startsWith(text)) {
    if (NETWORK.mentions(text) || hasSocialLink(el)) {
      return { kind: 'follow-promo', reason: 'a "follow … on" sign-off', nodes: [el] };
    }
  }
  return null;
};

const NEWSLETTER = phraseMatcher(NEWSLETTER_WORDS);
const SIGN_UP = phraseMatcher(NEWSLETTER_OPENERS);
const NEWSLETTER_HINT = compileHint(CLASS_HINTS.newsletter);
const MAX_BOX = 600;

/** Newsletter and sign-up boxes: about a newsletter, and shaped like a call to sign up. */
export const newsletterBox: ChromeRule = (el, ctx) => {
  const s = ctx.stats(el);
  if (s.text === 0) return null;
  if (s.text > MAX_PROMO) {
    const opened = s.text <= MAX_OPENED_BOX ? openedByCall(el, ctx) : null;
    if (opened || s.text > MAX_BOX) return opened;
  }
  const text = ctx.matchText(el);
  const hinted = matchesHint(ctx.classWords(el), NEWSLETTER_HINT);
  // The shape first (cheap), then whether it talks about a newsletter at all.
  let reason = '';
  if (SIGN_UP.startsWith(text) && s.text <= MAX_PROMO) reason = 'opens with a call to sign up';
  else if (hinted) reason = 'newsletter/sign-up class';
  else if (el.localName === 'p') return edgeSignUp(el, text, ctx);
  else if (ctx.atEnd(el) && s.text <= 400) reason = 'box at the end';
  else if (el.querySelector('form, input')) reason = 'sign-up form';
  if (!reason) return null;
  if (!NEWSLETTER.mentions(text) && !(hinted && SIGN_UP.mentions(text))) return null;
  return { kind: 'newsletter', reason: `newsletter: ${reason}`, nodes: [el] };
};

/** A box of several newsletters' blurbs is long; past this it is the article. */
const MAX_OPENED_BOX = 2000;

/**
 * A box judged by its opening call, not its length: its first block is a short call to sign up
 * ("Sign up to our morning briefing"), the box is about a newsletter and has something to act
 * on (a link or a form). The blurbs of each newsletter inside it go with it.
 */
function openedByCall(el: Element, ctx: ChromeContext) {
  if (el.localName === 'p' || el.localName === 'li') return null;
  const first = el.firstElementChild;
  if (!first || ctx.stats(first).text > MAX_SIGN_OFF) return null;
  if (!SIGN_UP.startsWith(ctx.matchText(first))) return null;
  if (!NEWSLETTER.mentions(ctx.matchText(el)) || !el.querySelector('a[href], form, input')) {
    return null;
  }
  const reason = 'newsletter: a box that opens with a call to sign up';
  return { kind: 'newsletter' as const, reason, nodes: [el] };
}

/** A paragraph that opens or closes the body and asks for a sign-up to a newsletter. */
function edgeSignUp(el: Element, text: string, ctx: ChromeContext) {
  if (ctx.stats(el).text > MAX_PROMO || !(ctx.atStart(el) || ctx.atEnd(el))) return null;
  if (!SIGN_UP.mentions(text) || !NEWSLETTER.mentions(text)) return null;
  const reason = 'newsletter: a sign-up call at the edge of the body';
  return { kind: 'newsletter' as const, reason, nodes: [el] };
}

const COOKIE = phraseMatcher(COOKIE_WORDS);
const COOKIE_HINT = compileHint(CLASS_HINTS.cookie);
const DIALOG_ROLES = new Set(['dialog', 'alertdialog', 'alert', 'banner', 'region']);

export const cookieNotice: ChromeRule = (el, ctx) => {
  const s = ctx.stats(el);
  if (s.text === 0 || s.text > 800) return null;
  const text = ctx.matchText(el);
  if (COOKIE.startsWith(text)) {
    return { kind: 'cookie-notice', reason: 'opens with a cookie notice', nodes: [el] };
  }
  const boxed =
    matchesHint(ctx.classWords(el), COOKIE_HINT) || DIALOG_ROLES.has(el.getAttribute('role') ?? '');
  if (!boxed || !COOKIE.mentions(text)) return null;
  return { kind: 'cookie-notice', reason: 'cookie/consent notice in its own box', nodes: [el] };
};

const BROWSER = phraseMatcher(BROWSER_NOTICE_WORDS);

/** A notice that does not open with its words is one only in its own short line (characters). */
const MAX_INLINE_NOTICE = 60;

/**
 * "Please enable JavaScript", "your browser does not support…", "we noticed you are using an ad
 * blocker": about the reader's browser. The words must open the block, or the block must be a
 * short line of its own or sit before or after the story; a sentence of a review that mentions
 * the product's "built-in ad blocker" among paragraphs is the story's.
 */
export const browserNotice: ChromeRule = (el, ctx) => {
  const s = ctx.stats(el);
  if (s.text === 0 || s.text > 200) return null;
  const text = ctx.matchText(el);
  if (!BROWSER.mentions(text)) return null;
  const placed = s.text <= MAX_INLINE_NOTICE || ctx.atStart(el) || ctx.atEnd(el);
  if (!placed && !BROWSER.startsWith(text)) return null;
  return { kind: 'other', reason: 'notice about the browser, not the story', nodes: [el] };
};

const PAYWALL = phraseMatcher(PAYWALL_WORDS);
const PAYWALL_HINT = compileHint(CLASS_HINTS.paywall);
/** "63 % of this article left", "2 of 3 free articles": a gate's counter (digits, any script). */
const GATE_COUNTER = /\d\s*(?:%|\/\s*\d|of\s+\d)/;
const MAX_GATE = 400;

/**
 * Paywall and subscriber gates: "This article is reserved for subscribers", "63 % of this
 * article left", "Already a subscriber? Log in". The gate's words *and* a gate's shape: it
 * opens the block, or the block has a paywall class, a counter, or ends the body. A sentence
 * about subscribers in the story ("… the paper's subscribers only learned on Monday") is long
 * and sits among paragraphs, so it stays.
 */
export const paywall: ChromeRule = (el, ctx) => {
  const s = ctx.stats(el);
  if (s.text === 0 || s.text > MAX_GATE) return null;
  const text = ctx.matchText(el);
  if (!PAYWALL.mentions(text)) return null;
  let reason = '';
  if (PAYWALL.startsWith(text)) reason = 'opens with a subscriber gate';
  else if (matchesHint(ctx.classWords(el), PAYWALL_HINT)) reason = 'paywall class';
  else if (GATE_COUNTER.test(text) && s.text <= 200) reason = 'a "what is left" counter';
  else if (ctx.atEnd(el) && s.text <= 200) reason = 'gate at the end of the body';
  if (!reason) return null;
  return { kind: 'paywall', reason: `paywall: ${reason}`, nodes: [el] };
};
