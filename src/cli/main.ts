/**
 * `clearpage` — the Node host of Clearpage's core. Pages are handled one at a time and written
 * out as soon as they are done, so a corpus of hundreds of pages never sits in memory at once.
 */
import type { Readable, Writable } from 'node:stream';
import type { Article } from '../core/article';
import { version } from '../../package.json';
import { parseArgs, UsageError, USAGE, type CliOptions } from './args';
import { extractPage } from './extract-page';
import { InputError, readHtml } from './input';
import { jsonFailure, jsonRecord, renderArticle } from './render';

export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** Exit statuses of the contract, plus 1 for a bug; the worst one seen wins. */
const EXIT = { ok: 0, internal: 1, usage: 2, noArticle: 3 } as const;
const SEVERITY: readonly number[] = [EXIT.ok, EXIT.noArticle, EXIT.internal, EXIT.usage];

type Outcome = { ok: true; article: Article } | { ok: false; status: number; error: string };

function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once('drain', resolve);
  });
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

async function extractFile(file: string, options: CliOptions, io: Io): Promise<Outcome> {
  let html: string;
  try {
    html = await readHtml(file, io.stdin);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { ok: false, status: EXIT.usage, error: `cannot read: ${error.message}` };
  }
  try {
    const result = extractPage(html, options.url);
    return result.ok ? result : { ok: false, status: EXIT.noArticle, error: result.message };
  } catch (error) {
    return { ok: false, status: EXIT.internal, error: `internal error: ${messageOf(error)}` };
  }
}

async function run(options: CliOptions, io: Io): Promise<number> {
  let status: number = EXIT.ok;
  let printed = 0;
  const several = options.files.length > 1;
  for (const file of options.files) {
    const outcome = await extractFile(file, options, io);
    const name = file === '-' ? '<stdin>' : file;
    if (!outcome.ok) {
      if (SEVERITY.indexOf(outcome.status) > SEVERITY.indexOf(status)) status = outcome.status;
      await write(io.stderr, `clearpage: ${name}: ${outcome.error}\n`);
    }
    if (options.format === 'json') {
      const record = outcome.ok
        ? jsonRecord(file, outcome.article, options.removed)
        : jsonFailure(file, outcome.error, options.removed);
      await write(io.stdout, `${JSON.stringify(record)}\n`);
    } else if (outcome.ok) {
      const header = several ? `${printed > 0 ? '\n' : ''}==> ${name} <==\n` : '';
      await write(io.stdout, header + renderArticle(options.format, outcome.article));
      printed++;
    }
  }
  return status;
}

/** Never throws and never prints a stack trace: every failure is one line on stderr. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const options = parseArgs(argv);
    if (options.help) await write(io.stdout, `${USAGE}\n`);
    else if (options.version) await write(io.stdout, `clearpage ${version}\n`);
    else return await run(options, io);
    return EXIT.ok;
  } catch (error) {
    const usage = error instanceof UsageError;
    await write(io.stderr, `clearpage: ${usage ? '' : 'internal error: '}${messageOf(error)}\n`);
    return usage ? EXIT.usage : EXIT.internal;
  }
}
