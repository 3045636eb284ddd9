import type { Article } from '../../../src/core/article';

/** The body every made article has unless a test gives its own. */
export const ARTICLE_HTML = '<p>The harbour board met on Tuesday.</p>';

/**
 * A hand-built Article for tests: `html` parsed into `content` (a fresh fragment each call),
 * invented metadata, and `overrides` on top.
 */
export function makeArticle(html = ARTICLE_HTML, overrides: Partial<Article> = {}): Article {
  const template = document.createElement('template');
  template.innerHTML = html;
  return {
    title: 'Harbour board approves tidal barrier',
    byline: 'Maya Okafor',
    siteName: 'The Northbay Herald',
    publishedTime: '2024-03-14T23:30:00-05:00',
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    url: 'https://example.com/story',
    leadImage: null,
    content: template.content,
    html,
    text: template.content.textContent ?? '',
    wordCount: 6,
    readingMinutes: 1,
    removed: [],
    ...overrides,
  };
}
