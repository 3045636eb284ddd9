/**
 * YAML front matter for the saved Markdown file (Obsidian, Jekyll, Hugo and GitHub read it).
 *
 * Every text value is a double-quoted scalar, so no title can start a list (`- `), a comment
 * (`#`), an alias (`*`), a mapping (`: `) or a second document (`---`): only `\` and `"` need
 * escaping inside, plus line breaks and other invisible characters, written as escapes
 * (https://yaml.org/spec/1.2.2/#57-escaped-characters). Unicode text is kept as it is.
 * `<` is written `\x3C` too: a Markdown viewer that does not know front matter shows it as a
 * paragraph, where a literal `<img onerror=…>` in a page's title would be live HTML.
 */
import type { Article } from '../article';

/** Line breaks, controls, bidi/BOM and lone surrogates: each is an escape in the output. */
const NEEDS_ESCAPE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff<]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SHORT: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '\0': '\\0' };

/** A double-quoted YAML scalar that reads back as exactly `text` (lone surrogates become U+FFFD). */
export function yamlString(text: string): string {
  const body = text.replace(/[\\"]/g, '\\$&').replace(NEEDS_ESCAPE, (c) => {
    if (SHORT[c]) return SHORT[c];
    if (c.length === 1 && c >= '\ud800' && c <= '\udfff') return '\\uFFFD';
    const hex = c.charCodeAt(0).toString(16).toUpperCase();
    return c.charCodeAt(0) <= 0xff ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
  });
  return `"${body}"`;
}

/** A date the core normalised to ISO 8601 is a plain YAML timestamp; anything else a string. */
const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
const yamlDate = (value: string) => (ISO.test(value) ? value : yamlString(value));

export interface FrontMatterOptions {
  /** When the file is saved; left out when not given (the CLI prints, it does not save). */
  savedAt?: Date;
}

/**
 * `---`, one `key: value` line for each known fact (title, source, author, published, saved,
 * site, language), `---`, and a newline.
 * @example '---\ntitle: "Harbour: a wall"\nsource: "https://example.com/a"\nsaved: 2025-01-02T03:04:05.000Z\n---\n'
 */
export function frontMatter(article: Article, options: FrontMatterOptions = {}): string {
  const fields: [string, string | null][] = [
    ['title', yamlString(article.title)],
    ['source', article.url && yamlString(article.url)],
    ['author', article.byline && yamlString(article.byline)],
    ['published', article.publishedTime && yamlDate(article.publishedTime)],
    ['saved', options.savedAt ? options.savedAt.toISOString() : null],
    ['site', article.siteName && yamlString(article.siteName)],
    ['language', article.lang && yamlString(article.lang)],
  ];
  const lines = fields.filter(([, value]) => value).map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n`;
}
