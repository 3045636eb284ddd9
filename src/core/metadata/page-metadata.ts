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

/**
 * Every `<meta>` content by property/name (lower case, first one wins) and the canonical link,
 * gathered in one pass: a DOM without indexes (linkedom) pays a full scan per `querySelector`.
 */
interface HeadTags {
  meta: Map<string, string>;
  canonical: string | null;
}

function readHeadTags(doc: Document): HeadTags {
  const meta = new Map<string, string>();
  let canonical: string | null = null;
  // Metadata belongs in <head>; a body full of microdata need not be scanned for it.
  for (const el of (doc.head ?? doc).querySelectorAll('meta, link[rel]')) {
    if (el.localName === 'link') {
      if (!canonical && /(?:^|\s)canonical(?:\s|$)/i.test(el.getAttribute('rel') ?? '')) {
        canonical = el.getAttribute('href');
      }
      continue;
    }
    const key =
      el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('http-equiv');
    const content = el.getAttribute('content')?.trim();
    if (key && content && !meta.has(key.toLowerCase())) meta.set(key.toLowerCase(), content);
  }
  return { meta, canonical };
}

function first(tags: HeadTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.meta.get(key);
    if (value) return value;
  }
  return null;
}

/** A BCP 47 tag in canonical case ("en_us" → "en-US"), or null when it is not one. */
export function normalizeLang(raw: string | null | undefined): string | null {
  const tag = raw?.trim().replace(/_/g, '-');
  if (!tag) return null;
  let known = LANGS.get(tag);
  if (known === undefined) {
    try {
      known = Intl.getCanonicalLocales(tag)[0] ?? null;
    } catch {
      known = null;
    }
    if (LANGS.size < 256) LANGS.set(tag, known);
  }
  return known;
}

/** Intl's canonicalisation costs ~0.2 ms a call; a reader meets few distinct tags. */
const LANGS = new Map<string, string | null>();

function readDir(doc: Document): 'ltr' | 'rtl' | null {
  for (const el of [doc.documentElement, doc.body]) {
    const dir = el?.getAttribute('dir')?.trim().toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
  }
  return null;
}

const DATE_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publish-date',
  'date',
  'dc.date.issued',
  'sailthru.date',
];

function readDate(doc: Document, tags: HeadTags): string | null {
  const fromMeta = toIsoDate(first(tags, ...DATE_KEYS));
  if (fromMeta) return fromMeta;
  // One more scan, only for pages whose head gives no date.
  const el = doc.querySelector('[itemprop="datePublished"], time[datetime]');
  return toIsoDate(el?.getAttribute('content') ?? el?.getAttribute('datetime'));
}

const bareHost = (url: string) => new URL(url).hostname.replace(/^www\./, '');

/**
 * The page's canonical address only when it is on the page's own host (`www.` aside): a page
 * can name any URL as canonical, and the saved files' "Source:" line and front matter would
 * send the reader there (issue 12). With no address of its own (a file read by the CLI without
 * --url) the page's claim is all there is.
 */
function sameSite(claimed: string | null, own: string | null): string | null {
  if (!claimed || !own) return claimed;
  return bareHost(claimed) === bareHost(own) ? claimed : null;
}

export function readPageMetadata(doc: Document, givenUrl?: string): PageMetadata {
  const tags = readHeadTags(doc);
  const docUrl = httpUrl(doc.URL, undefined);
  const base = givenUrl ?? docUrl ?? undefined;
  const own = httpUrl(givenUrl, undefined) ?? docUrl;
  const url =
    sameSite(httpUrl(tags.canonical, base), own) ??
    sameSite(httpUrl(first(tags, 'og:url'), base), own) ??
    own;
  const root = doc.documentElement;
  const lang = normalizeLang(
    root?.getAttribute('lang') ??
      root?.getAttribute('xml:lang') ??
      first(tags, 'content-language', 'og:locale'),
  );
  return {
    url,
    lang,
    dir: readDir(doc),
    publishedTime: readDate(doc, tags),
    leadImage: httpUrl(first(tags, 'og:image', 'og:image:url', 'twitter:image'), url ?? base),
    siteName: first(tags, 'og:site_name', 'application-name'),
  };
}
