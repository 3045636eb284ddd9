/**
 * A press release's boilerplate: "About Northwind — Northwind is a global supplier …
 * headquartered in Springfield … listed on the stock exchange", media contacts, forward-looking
 * statements. It must close the body, be labelled ("About …", "Media contact") or set off by a
 * rule (`<hr>`), and read like a company describing itself (two phrases of COMPANY_WORDS).
 */
import type { ChromeContext, ChromeRule } from '../chrome-context';
import { isHeading } from '../chrome-dom';
import { ABOUT_LABELS, COMPANY_WORDS } from '../../phrases/chrome-phrases';
import { phraseMatcher } from '../../phrases/phrase-match';

const ABOUT = phraseMatcher(ABOUT_LABELS);
const COMPANY = phraseMatcher(COMPANY_WORDS);
const MAX_LABEL = 60;
const MAX_SECTION = 2500;

/** A heading, or a paragraph set wholly in bold. */
function labelShaped(el: Element, ctx: ChromeContext): boolean {
  if (isHeading(el)) return true;
  if (el.localName !== 'p') return false;
  const strong = el.firstElementChild;
  return (
    !!strong &&
    strong === el.lastElementChild &&
    (strong.localName === 'strong' || strong.localName === 'b') &&
    ctx.stats(strong).text === ctx.stats(el).text
  );
}

/** "About Northwind", "Media contact": a label, then at most a name of a few words. */
function isAboutLabel(el: Element, ctx: ChromeContext): boolean {
  const s = ctx.stats(el);
  if (s.text === 0 || s.text > MAX_LABEL || !labelShaped(el, ctx)) return false;
  const text = ctx.matchText(el);
  if (ABOUT.isLabel(text)) return true;
  const n = ABOUT.openingLength(text);
  return n > 0 && text.slice(n).trim().split(' ').length <= 6;
}

function describesCompany(nodes: readonly Element[], ctx: ChromeContext): boolean {
  let n = 0;
  for (const node of nodes) n += COMPANY.count(ctx.matchText(node));
  return n >= 2;
}

/** The label's section: the blocks after it up to a heading that is not another such label. */
function sectionAfter(label: Element, ctx: ChromeContext): Element[] | null {
  const section: Element[] = [];
  let chars = 0;
  for (let el = label.nextElementSibling; el; el = el.nextElementSibling) {
    if (isHeading(el) && !isAboutLabel(el, ctx)) return null;
    chars += ctx.stats(el).text;
    if (chars > MAX_SECTION) return null;
    section.push(el);
  }
  const last = section[section.length - 1];
  return last && ctx.atEnd(last) ? section : null;
}

export const pressBoilerplate: ChromeRule = (el, ctx) => {
  const s = ctx.stats(el);
  if (s.text === 0 || ctx.atStart(el) || s.text > MAX_SECTION) return null;
  // The last blocks of the body only: a label there, or a block after a horizontal rule.
  if (isAboutLabel(el, ctx)) {
    const section = sectionAfter(el, ctx);
    if (section && describesCompany(section, ctx)) {
      return { kind: 'boilerplate', reason: 'press-release boilerplate', nodes: [el, ...section] };
    }
    return null;
  }
  if (!ctx.atEnd(el) || el.previousElementSibling?.localName !== 'hr') return null;
  if (describesCompany([el], ctx)) {
    return { kind: 'boilerplate', reason: 'company boilerplate after a rule', nodes: [el] };
  }
  return null;
};
