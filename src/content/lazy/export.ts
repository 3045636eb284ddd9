/**
 * chunks/export.js: the Markdown and HTML exporters (Turndown included) and the HTML file's
 * embedded images, injected on first use next to content.js by the background (see
 * ../chunks.ts). It only registers itself.
 */
import type { Article } from '../../core/article';
import { articleToHtml } from '../../core/export/html';
import { articleToMarkdown, markdownDocument } from '../../core/export/markdown';
import type { ExportWords } from '../../core/export/words';
import { registerChunk } from '../chunk-slot';
import { embedImages } from './embed-images';

export interface Exporter {
  /** The saved .md file: YAML front matter, then the article. */
  markdownFile(article: Article, savedAt: Date, words: ExportWords): string;
  /** What "Copy as Markdown" copies: the article without front matter. */
  markdown(article: Article, words: ExportWords): string;
  /** The saved standalone .html file, its images embedded (embed-images.ts). */
  htmlFile(article: Article, savedAt: Date, words: ExportWords): Promise<string>;
}

/** The article whose `html` has its images embedded; the rest as it is. */
async function withEmbeddedImages(article: Article): Promise<Article> {
  const html = await embedImages(article.html, article.url);
  return Object.create(article, { html: { value: html, enumerable: true } }) as Article;
}

registerChunk('export', {
  markdownFile: (article, savedAt, words) => markdownDocument(article, { savedAt, words }),
  markdown: (article, words) => articleToMarkdown(article, words),
  htmlFile: async (article, savedAt, words) =>
    articleToHtml(await withEmbeddedImages(article), { savedAt, words }),
});
