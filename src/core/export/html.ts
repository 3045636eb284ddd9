/**
 * "Save as HTML": one file that opens offline and runs nothing. The body is the sanitised
 * article HTML as the core made it; every other value is escaped text. Its own
 * Content-Security-Policy forbids scripts, frames, fonts, remote styles and remote images even
 * if something slipped through: opened later, the file makes no request at all (issue 12). The
 * extension embeds the images it can read as data: URLs and links the others
 * (src/content/embed-images.ts); elsewhere remote images stay blocked, showing their alt text.
 */
import type { Article } from '../article';
import { HTML_EXPORT_CSS } from './html-style';
import { ENGLISH_WORDS, fill, publishedIn, savedAtIn, type ExportWords } from './words';

export const HTML_EXPORT_CSP =
  "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export interface HtmlExportOptions {
  /** When the file was saved, shown at its foot; left out when not given. */
  savedAt?: Date;
  /** Clearpage's own words, in the UI's language (default English). */
  words?: ExportWords;
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

/** Clearpage's word around the article's value: the word in the UI's language, the value isolated. */
function labelled(template: string, valueHtml: string, lang: string | null): string {
  const langAttr = lang ? ` lang="${escapeHtml(lang)}"` : '';
  return escapeHtml(fill(template, '\ue001')).replace(
    '\ue001',
    `<bdi${langAttr}>${valueHtml}</bdi>`,
  );
}

/** Clearpage's lines are in the UI's language and direction, whatever the article's. */
const uiAttrs = (words: ExportWords) => ` lang="${escapeHtml(words.lang)}" dir="${words.dir}"`;

function header(article: Article, words: ExportWords): string {
  const lines: string[] = [];
  if (article.siteName) lines.push(`<p class="site">${escapeHtml(article.siteName)}</p>`);
  lines.push(`<h1>${escapeHtml(article.title)}</h1>`);
  const meta: string[] = [];
  if (article.byline) {
    const name = labelled(words.byline, escapeHtml(article.byline), article.lang);
    meta.push(`<span class="byline">${name}</span>`);
  }
  const date = publishedIn(words, article.publishedTime);
  if (date && article.publishedTime) {
    meta.push(`<time datetime="${escapeHtml(article.publishedTime)}">${escapeHtml(date)}</time>`);
  }
  meta.push(`<span>${escapeHtml(fill(words.minutesRead, article.readingMinutes))}</span>`);
  lines.push(`<p class="meta"${uiAttrs(words)}>${meta.join(' · ')}</p>`);
  const source = webUrl(article.url);
  if (source) {
    const href = escapeHtml(source);
    lines.push(
      `<p class="source"${uiAttrs(words)}>${escapeHtml(words.source)} <a href="${href}">${href}</a></p>`,
    );
  }
  return `<header>\n${lines.join('\n')}\n</header>`;
}

function footer(options: HtmlExportOptions, words: ExportWords): string {
  if (!options.savedAt) return '';
  const iso = options.savedAt.toISOString();
  const when = `<time datetime="${iso}">${escapeHtml(savedAtIn(words, options.savedAt))}</time>`;
  const text = escapeHtml(fill(words.savedWith, '\ue001')).replace('\ue001', when);
  return `\n<footer${uiAttrs(words)}><p>${text}</p></footer>`;
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
${header(article, options.words ?? ENGLISH_WORDS)}
<div class="body">
${article.html}
</div>
</article>${footer(options, options.words ?? ENGLISH_WORDS)}
</body>
</html>
`;
}
