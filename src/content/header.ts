/** The article's header in the reader: site, title, then byline · date · reading time. */
import type { Article } from '../core/article';
import { formatPublished } from '../core/dates';
import { h } from './h';

/**
 * The date first shows as the page's calendar day (2025-10-14) and is put into words once the
 * article is on screen: the first Intl formatter in a fresh content script loads locale data,
 * which cost tens of milliseconds on the click path.
 */
function publishedTime(article: Article, signal: AbortSignal): HTMLTimeElement | null {
  const iso = article.publishedTime;
  const day = iso && /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0];
  if (!iso || !day) return null;
  const time = h('time', { datetime: iso }, day);
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (!signal.aborted) time.textContent = formatPublished(iso, article.lang) ?? day;
    }),
  );
  return time;
}

export function articleHeader(article: Article, signal: AbortSignal): HTMLElement {
  const meta: (Node | string)[] = [];
  const add = (node: Node | string) => {
    if (meta.length) meta.push(h('span', { class: 'sep', 'aria-hidden': 'true' }, ' · '));
    meta.push(node);
  };
  if (article.byline) add(h('span', { class: 'byline' }, article.byline));
  const time = publishedTime(article, signal);
  if (time) add(time);
  add(h('span', { class: 'reading-time' }, `${article.readingMinutes} min read`));

  const header = h('header', { class: 'header' });
  if (article.siteName) header.append(h('p', { class: 'site' }, article.siteName));
  header.append(h('h1', { class: 'title' }, article.title), h('p', { class: 'meta' }, ...meta));
  return header;
}
