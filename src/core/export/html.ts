/**
 * "Save as HTML": one file that opens offline and runs nothing. The body is the sanitised
 * article HTML as the core made it; every other value is escaped text. Its own
 * Content-Security-Policy forbids scripts, frames, fonts and remote styles even if something
 * slipped through, and lets images load from the web (the file stays readable without them).
 */
import type { Article } from '../article';
import { formatPublished } from '../metadata/dates';
import { HTML_EXPORT_CSS } from './html-style';

export const HTML_EXPORT_CSP =
  "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'";

export interface HtmlExportOptions {
  /** When the file was saved, shown at its foot; left out when not given. */
  savedAt?: Date;
}

/** Text or an attribute value as inert markup (quotes too, so it is safe in any attribute). */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** Only web addresses become links: a page's "canonical URL" could be anything. */
function webUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function header(article: Article): string {
  const lines: string[] = [];
  if (article.siteName) lines.push(`<p class="site">${escapeHtml(article.siteName)}</p>`);
  lines.push(`<h1>${escapeHtml(article.title)}</h1>`);
  const meta: string[] = [];
  if (article.byline) meta.push(`<span class="byline">${escapeHtml(article.byline)}</span>`);
  const date = formatPublished(article.publishedTime, article.lang);
  if (date && article.publishedTime) {
    meta.push(`<time datetime="${escapeHtml(article.publishedTime)}">${escapeHtml(date)}</time>`);
  }
  meta.push(`<span>${article.readingMinutes} min read</span>`);
  lines.push(`<p class="meta">${meta.join(' · ')}</p>`);
  const source = webUrl(article.url);
  if (source) {
    const href = escapeHtml(source);
    lines.push(`<p class="source">Source: <a href="${href}">${href}</a></p>`);
  }
  return `<header>\n${lines.join('\n')}\n</header>`;
}

function footer(options: HtmlExportOptions): string {
  if (!options.savedAt) return '';
  const iso = options.savedAt.toISOString();
  return `\n<footer><p>Saved with Clearpage on <time datetime="${iso}">${iso.slice(0, 10)}</time></p></footer>`;
}

/** The whole file, from `<!doctype html>` to `</html>\n`. */
export function articleToHtml(article: Article, options: HtmlExportOptions = {}): string {
  const lang = article.lang ? ` lang="${escapeHtml(article.lang)}"` : '';
  const author = article.byline
    ? `\n<meta name="author" content="${escapeHtml(article.byline)}">`
    : '';
  return `<!doctype html>
<html${lang} dir="${article.dir === 'rtl' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_EXPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Clearpage">${author}
<title>${escapeHtml(article.title)}</title>
<style>${HTML_EXPORT_CSS}</style>
</head>
<body>
<article>
${header(article)}
<div class="body">
${article.html}
</div>
</article>${footer(options)}
</body>
</html>
`;
}
