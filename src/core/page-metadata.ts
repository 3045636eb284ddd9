/**
 * Metadata read straight from the page before Readability runs (it strips the document as it
 * goes): URL, language and direction, lead image, and date fallbacks that Readability does not
 * look at. Read-only on the page.
 */
import { toIsoDate } from './dates';

export interface PageMetadata {
  url: string | null;
  lang: string | null;
  /** From `<html dir>` / `<body dir>` when it says ltr or rtl. */
  dir: 'ltr' | 'rtl' | null;
  publishedTime: string | null;
  leadImage: string | null;
  siteName: string | null;
}

function httpUrl(href: string | null | undefined, base: string | undefined): string | null {
  if (!href?.trim()) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function attr(doc: Document, selector: string, name: string): string | null {
  return doc.querySelector(selector)?.getAttribute(name)?.trim() || null;
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const value =
      attr(doc, `meta[property="${key}"]`, 'content') ??
      attr(doc, `meta[name="${key}"]`, 'content');
    if (value) return value;
  }
  return null;
}

/** A BCP 47 tag in canonical case ("en_us" → "en-US"), or null when it is not one. */
export function normalizeLang(raw: string | null | undefined): string | null {
  const tag = raw?.trim().replace(/_/g, '-');
  if (!tag) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

function readDir(doc: Document): 'ltr' | 'rtl' | null {
  for (const el of [doc.documentElement, doc.body]) {
    const dir = el?.getAttribute('dir')?.trim().toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
  }
  return null;
}

function readDate(doc: Document): string | null {
  const raw =
    meta(doc, 'article:published_time', 'og:published_time', 'datePublished', 'pubdate') ??
    meta(doc, 'publish-date', 'date', 'dc.date.issued', 'DC.date.issued', 'sailthru.date') ??
    attr(doc, '[itemprop="datePublished"]', 'content') ??
    attr(doc, '[itemprop="datePublished"]', 'datetime') ??
    attr(doc, 'time[pubdate][datetime]', 'datetime') ??
    attr(doc, 'article time[datetime], main time[datetime], time[datetime]', 'datetime');
  return toIsoDate(raw);
}

export function readPageMetadata(doc: Document, givenUrl?: string): PageMetadata {
  const docUrl = httpUrl(doc.URL, undefined);
  const base = givenUrl ?? docUrl ?? undefined;
  const url =
    httpUrl(attr(doc, 'link[rel~="canonical"]', 'href'), base) ??
    httpUrl(meta(doc, 'og:url'), base) ??
    httpUrl(givenUrl, undefined) ??
    docUrl;
  const root = doc.documentElement;
  const lang = normalizeLang(
    root?.getAttribute('lang') ??
      root?.getAttribute('xml:lang') ??
      attr(
        doc,
        'meta[http-equiv="content-language"], meta[http-equiv="Content-Language"]',
        'content',
      ) ??
      meta(doc, 'og:locale'),
  );
  return {
    url,
    lang,
    dir: readDir(doc),
    publishedTime: readDate(doc),
    leadImage: httpUrl(meta(doc, 'og:image', 'og:image:url', 'twitter:image'), url ?? base),
    siteName: meta(doc, 'og:site_name', 'application-name'),
  };
}
