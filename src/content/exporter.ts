/**
 * export.js: the Markdown and HTML exporters (Turndown included), injected on demand next to
 * content.js by the background (see exporter-api.ts). It only registers itself.
 */
import { articleToHtml } from '../core/export/html';
import { articleToMarkdown, markdownDocument } from '../core/export/markdown';
import type { Exporter } from './exporter-api';
import { getShared, setShared } from './world';

const exporter: Exporter = {
  markdownFile: (article, savedAt, words) => markdownDocument(article, { savedAt, words }),
  markdown: (article, words) => articleToMarkdown(article, words),
  htmlFile: (article, savedAt, words) => articleToHtml(article, { savedAt, words }),
};

if (!getShared('exporter')) setShared('exporter', exporter);
