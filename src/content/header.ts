/** The article's header in the reader: site, title, then byline · date · reading time. */
import type { Article } from '../core/article';
import { h } from './h';

function formatDate(iso: string, lang: string | null): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(lang ?? undefined, { dateStyle: 'long' }).format(date);
  } catch {
    // An invalid language tag from the page must not cost the reader its date.
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(date);
  }
}

export function articleHeader(article: Article): HTMLElement {
  const meta: (Node | string)[] = [];
  const add = (node: Node | string) => {
    if (meta.length) meta.push(h('span', { class: 'sep', 'aria-hidden': 'true' }, ' · '));
    meta.push(node);
  };
  if (article.byline) add(h('span', { class: 'byline' }, article.byline));
  if (article.publishedTime) {
    const text = formatDate(article.publishedTime, article.lang);
    if (text) add(h('time', { datetime: article.publishedTime }, text));
  }
  add(h('span', { class: 'reading-time' }, `${article.readingMinutes} min read`));

  const header = h('header', { class: 'header' });
  if (article.siteName) header.append(h('p', { class: 'site' }, article.siteName));
  header.append(h('h1', { class: 'title' }, article.title), h('p', { class: 'meta' }, ...meta));
  return header;
}
