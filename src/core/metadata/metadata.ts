/**
 * The article's metadata: Readability's reading of JSON-LD and meta tags, corrected — title
 * without the site's suffix, byline without "By", an ISO date, a language and a direction.
 */
import { BYLINE_PREFIXES } from '../phrases/chrome-phrases';
import { toIsoDate } from './dates';
import type { Article } from '../article';
import type { PageMetadata } from './page-metadata';
import { normalizeForMatch } from '../phrases/phrase-match';

export interface ReadabilityMetadata {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  excerpt?: string | null;
  dir?: string | null;
}

/** The part of an Article that comes from the page's metadata, declared once in article.ts. */
export type ArticleMetadata = Pick<
  Article,
  | 'title'
  | 'byline'
  | 'siteName'
  | 'publishedTime'
  | 'lang'
  | 'dir'
  | 'excerpt'
  | 'url'
  | 'leadImage'
>;

function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Letters and digits only, lower case: "Al Arabiya" and "alarabiya.net" can be compared. */
function squash(text: string): string {
  return normalizeForMatch(text).replace(/[^\p{L}\p{N}]/gu, '');
}

const TITLE_SEPARATOR = /\s+[|\-–—·•»:/]{1,2}\s+/gu;

function isSiteName(part: string, siteName: string | null, url: string | null): boolean {
  const p = squash(part);
  if (!p) return false;
  if (siteName && p === squash(siteName)) return true;
  const host = url ? squash(new URL(url).hostname) : '';
  return p.length >= 4 && host.includes(p);
}

/**
 * Drops " | Site" / " - Site" / "Site | " when that part names the site, or when the rest is
 * exactly the page's main heading.
 */
export function cleanTitle(
  raw: string,
  siteName: string | null,
  url: string | null,
  heading = '',
): string {
  const title = collapse(raw);
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const h1 = squash(heading);
  if (h1 && parts.some((part) => squash(part) === h1)) return collapse(heading);
  const seps = title.match(TITLE_SEPARATOR) ?? [];
  const last = parts[parts.length - 1] ?? '';
  if (isSiteName(last, siteName, url)) return title.slice(0, title.lastIndexOf(seps.at(-1) ?? ''));
  const first = parts[0] ?? '';
  if (isSiteName(first, siteName, url)) return title.slice(first.length + (seps[0]?.length ?? 0));
  return title;
}

const BYLINE_PREFIX = new RegExp(
  `^(?:${Object.values(BYLINE_PREFIXES)
    .flatMap((list) => list.split('|'))
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?:\\s*[:：]\\s*|\\s+)`,
  'iu',
);

/** "By Jane Doe" → "Jane Doe"; null when empty, implausibly long, or just the site's name. */
export function cleanByline(
  raw: string | null | undefined,
  siteName: string | null,
): string | null {
  const byline = collapse(raw).replace(BYLINE_PREFIX, '').trim();
  if (!byline || byline.length > 150) return null;
  if (siteName && squash(byline) === squash(siteName)) return null;
  return byline;
}

const RTL_LANGS = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);
const RTL_CHARS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/gu;
const LTR_CHARS = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/gu;

/** Direction: the page's `dir`, else Readability's, else the language's, else the script's. */
export function textDirection(
  pageDir: 'ltr' | 'rtl' | null,
  articleDir: string | null | undefined,
  lang: string | null,
  text: string,
): 'ltr' | 'rtl' {
  if (pageDir) return pageDir;
  if (articleDir === 'rtl' || articleDir === 'ltr') return articleDir;
  if (lang) return RTL_LANGS.has(lang.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
  const sample = text.slice(0, 2000);
  const rtl = sample.match(RTL_CHARS)?.length ?? 0;
  return rtl > (sample.match(LTR_CHARS)?.length ?? 0) ? 'rtl' : 'ltr';
}

export function articleMetadata(
  found: ReadabilityMetadata,
  page: PageMetadata,
  text: string,
  fallbackTitle: string,
): ArticleMetadata {
  const siteName = collapse(found.siteName) || page.siteName || null;
  const excerpt = collapse(found.excerpt) || null;
  return {
    title: cleanTitle(found.title || fallbackTitle, siteName, page.url, fallbackTitle),
    byline: cleanByline(found.byline, siteName),
    siteName,
    publishedTime: toIsoDate(found.publishedTime) ?? page.publishedTime,
    lang: page.lang,
    dir: textDirection(page.dir, found.dir, page.lang, text),
    excerpt,
    url: page.url,
    leadImage: page.leadImage,
  };
}
