/** File names for saved articles: safe on Windows, macOS and Linux, readable in any script. */
import type { Article } from './article';

const MAX_LENGTH = 80;
/** Windows refuses these as names, with or without an extension. */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * A slug of `title`: letters and digits of any script kept (an Arabic title stays Arabic),
 * everything else — separators, control and bidi characters, punctuation — becomes single
 * hyphens; lower-cased, at most ~80 characters cut at a word boundary; "article" when empty.
 */
export function slugify(title: string): string {
  const words = title
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’ʼ]/g, '')
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (Array.from(next).length > MAX_LENGTH) {
      if (!slug) slug = Array.from(word).slice(0, MAX_LENGTH).join('');
      break;
    }
    slug = next;
  }
  slug = slug.replace(/^\p{M}+/u, '');
  if (!slug) return 'article';
  return RESERVED.test(slug) ? `${slug}-article` : slug;
}

export function articleFilename(
  article: Pick<Article, 'title'>,
  ext: 'txt' | 'md' | 'html',
): string {
  return `${slugify(article.title)}.${ext}`;
}
