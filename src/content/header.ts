/** The article's header in the reader: site, title, then byline · date · reading time. */
import type { Article } from '../core/article';
import { formatPublished } from '../core/metadata/dates';
import { localize, t, uiLang } from '../shared/i18n';
import { h } from './h';
import { afterFirstFrame } from './first-frame';

const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

/** "October 14, 2025" without Intl, for an English UI. */
function englishDate(day: string, lang: string): string | null {
  if (!/^en\b/i.test(lang)) return null;
  const [year, month, date] = day.split('-').map(Number);
  const name = month ? MONTHS[month - 1] : undefined;
  return name && date && year ? `${name} ${date}, ${year}` : null;
}

/**
 * The date is Clearpage's line, so it is in the UI's language (issue 10), like "By" and
 * "min read"; the byline keeps the article's. Other languages first show the page's calendar
 * day (2025-10-14), put into words once the article is on screen: the first Intl date
 * formatter in a fresh content script builds its pattern generator, which took 50–140 ms in
 * headless Chromium here.
 */
function publishedTime(article: Article, signal: AbortSignal): HTMLTimeElement | null {
  const iso = article.publishedTime;
  const day = iso && /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0];
  if (!iso || !day) return null;
  const lang = uiLang();
  const english = englishDate(day, lang);
  const time = h('time', { datetime: iso }, english ?? day);
  if (english) return time;
  afterFirstFrame(() => (time.textContent = formatPublished(iso, lang) ?? day), signal);
  return time;
}

/**
 * "By <name>": the words are the UI's (its language and direction), the name keeps the
 * article's, isolated in a <bdi> so a name in another script cannot reorder the line.
 */
function byline(name: string, lang: string | null): HTMLElement {
  const [before = '', after = ''] = t('byline', '\ue000').split('\ue000');
  const span = h('span', { class: 'byline' }, before, h('bdi', { lang: lang ?? '' }, name), after);
  localize(span);
  return span;
}

export function articleHeader(article: Article, signal: AbortSignal): HTMLElement {
  const meta: (Node | string)[] = [];
  const add = (node: Node | string) => {
    if (meta.length) meta.push(h('span', { class: 'sep', 'aria-hidden': 'true' }, ' · '));
    meta.push(node);
  };
  if (article.byline) add(byline(article.byline, article.lang));
  const time = publishedTime(article, signal);
  if (time) add(time);
  // The reader's words inside the article's header: the UI's language and direction.
  const readingTime = h(
    'span',
    { class: 'reading-time' },
    t('minutesRead', article.readingMinutes),
  );
  localize(readingTime);
  add(readingTime);

  const header = h('header', { class: 'header' });
  if (article.siteName) header.append(h('p', { class: 'site' }, article.siteName));
  // Every word of the meta line is Clearpage's (the name is isolated in its <bdi>): the line is
  // in the UI's language and direction, so it reads in order (an Arabic UI's starts at the right).
  const line = h('p', { class: 'meta' }, ...meta);
  localize(line);
  header.append(h('h1', { class: 'title' }, article.title), line);
  return header;
}
