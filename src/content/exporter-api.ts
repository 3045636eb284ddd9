/**
 * The Markdown and HTML exporters live in export.js, a second bundle with Turndown in it. The
 * background injects it into this frame's isolated world on the first save or copy that needs
 * it (or when the save menu opens), so opening the reader never loads or parses it. Both
 * scripts share the isolated world's globals: export.js registers itself here.
 */
import type { Article } from '../core/article';
import type { ExportWords } from '../core/export/words';
import { sendToBackground } from '../shared/messages';
import { getShared } from './world';

export interface Exporter {
  /** The saved .md file: YAML front matter, then the article. */
  markdownFile(article: Article, savedAt: Date, words: ExportWords): string;
  /** What "Copy as Markdown" copies: the article without front matter. */
  markdown(article: Article, words: ExportWords): string;
  /** The saved standalone .html file. */
  htmlFile(article: Article, savedAt: Date, words: ExportWords): string;
}

let loading: Promise<Exporter> | null = null;

async function inject(): Promise<Exporter> {
  const { ok } = await sendToBackground('load-exporter');
  const exporter = getShared('exporter');
  if (!ok || !exporter) throw new Error('Clearpage could not load its exporter');
  return exporter;
}

/** The exporter, injected once per frame; a failed load is tried again on the next call. */
export function loadExporter(): Promise<Exporter> {
  const exporter = getShared('exporter');
  if (exporter) return Promise.resolve(exporter);
  loading ??= inject().finally(() => (loading = null));
  return loading;
}
