/**
 * Save and copy in every format, for the reader's save features and the popup's messages (which
 * features/save-menu.ts answers). Text is made here; Markdown and HTML by the exporter chunk,
 * loaded on first use (chunks.ts).
 */
import type { Article } from '../core/article';
import { articleToText } from '../core/export/text';
import { articleFilename, type SaveFormat } from '../core/export/filename';
import type { ExportFormat } from '../shared/messages';
import { exportWords } from '../shared/export-words';
import { loadChunk } from './chunks';
import { downloadText } from './save';

const FILES: Record<ExportFormat, { ext: SaveFormat; type: string }> = {
  text: { ext: 'txt', type: 'text/plain' },
  markdown: { ext: 'md', type: 'text/markdown' },
  html: { ext: 'html', type: 'text/html' },
};

export interface ExportActions {
  /** Downloads the article; false when there is none. */
  save(format: ExportFormat): Promise<boolean>;
  /** What copying in `format` puts on the clipboard, or null when there is no article. */
  copyable(format: ExportFormat): Promise<string | null>;
  /** Starts loading the exporter ahead of a likely save (the menu opened). */
  prepare(): void;
}

async function fileContent(article: Article, format: ExportFormat): Promise<string> {
  const words = exportWords();
  if (format === 'text') return articleToText(article, words);
  const exporter = await loadChunk('export');
  const now = new Date();
  return format === 'html'
    ? exporter.htmlFile(article, now, words)
    : exporter.markdownFile(article, now, words);
}

/** `getArticle` answers for the reader as it is now (null when closed or without an article). */
export function exportActions(getArticle: () => Article | null): ExportActions {
  return {
    async save(format) {
      const article = getArticle();
      if (!article) return false;
      const { ext, type } = FILES[format];
      downloadText(await fileContent(article, format), articleFilename(article, ext), type);
      return true;
    },
    async copyable(format) {
      const article = getArticle();
      if (!article) return null;
      const words = exportWords();
      if (format === 'text') return articleToText(article, words);
      const exporter = await loadChunk('export');
      return format === 'markdown'
        ? exporter.markdown(article, words)
        : exporter.htmlFile(article, new Date(), words);
    },
    prepare() {
      if (getArticle()) void loadChunk('export').catch(() => undefined);
    },
  };
}
