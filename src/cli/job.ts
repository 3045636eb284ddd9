/**
 * One input file, start to finish except the writing: read, check it is HTML, extract, render.
 * Runs in the main thread (-j 1, stdin) or in a worker (worker.ts); the result is plain data.
 */
import type { Readable } from 'node:stream';
import { articleFilename, type SaveFormat } from '../core/export/filename';
import type { Format } from './args';
import { extractPage } from './extract-page';
import { InputError, readHtml } from './input';
import { jsonFailure, jsonRecord, renderArticle } from './render';
import { cliWords, type UiLang } from './words';

/** Exit statuses of the contract, plus 1 for a bug; the worst one seen wins. */
export const EXIT = { ok: 0, internal: 1, usage: 2, noArticle: 3 } as const;

/** What a job needs to know: all of it can cross to a worker thread. */
export interface JobOptions {
  format: Format;
  url: string | undefined;
  removed: boolean;
  lang: UiLang;
  /** Set when the output is saved to a file (--out-dir): files say when they were saved. */
  savedAt: string | undefined;
}

export interface JobResult {
  file: string;
  status: number;
  /** One line for stderr when the file gave no article. */
  error?: string;
  /** What to print or save; for json also on failure. */
  output?: string;
  /** The name the extension would save it under (<title-slug>.<ext>). */
  filename?: string;
}

const EXT: Record<Format, SaveFormat | 'json'> = {
  text: 'txt',
  markdown: 'md',
  html: 'html',
  json: 'json',
};

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

function failure(file: string, options: JobOptions, status: number, error: string): JobResult {
  const output =
    options.format === 'json'
      ? `${JSON.stringify(jsonFailure(file, error, options.removed))}\n`
      : undefined;
  return { file, status, error, ...(output ? { output } : {}) };
}

export async function runJob(
  file: string,
  options: JobOptions,
  stdin: Readable,
): Promise<JobResult> {
  let html: string;
  try {
    html = await readHtml(file, stdin);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return failure(file, options, EXIT.usage, `cannot read: ${error.message}`);
  }
  try {
    const result = extractPage(html, options.url);
    if (!result.ok) return failure(file, options, EXIT.noArticle, result.message);
    const { article } = result;
    const ext = EXT[options.format];
    const filename =
      ext === 'json'
        ? articleFilename(article, 'txt').replace(/\.txt$/, '.json')
        : articleFilename(article, ext);
    const output =
      options.format === 'json'
        ? `${JSON.stringify(jsonRecord(file, article, options.removed))}\n`
        : renderArticle(options.format, article, {
            words: cliWords(options.lang),
            ...(options.savedAt ? { savedAt: new Date(options.savedAt) } : {}),
          });
    return { file, status: EXIT.ok, output, filename };
  } catch (error) {
    return failure(file, options, EXIT.internal, `internal error: ${messageOf(error)}`);
  }
}
