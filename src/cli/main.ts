/**
 * `clearpage` — the Node host of Clearpage's core. Pages are extracted in worker threads (-j)
 * and written out in the order given as soon as each one's turn comes, so a corpus of
 * thousands of pages never sits in memory at once.
 */
import type { Readable, Writable } from 'node:stream';
import { version } from '../../package.json';
import { parseArgs, UsageError, USAGE, type CliOptions } from './args';
import { EXIT, type JobOptions } from './job';
import { outDir } from './out-dir';
import { runJobs } from './pool';
import { progress } from './progress';

export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
  /** The built worker script (dist/cli/worker.js); without it -j runs everything here. */
  workerUrl?: URL;
}

const SEVERITY: readonly number[] = [EXIT.ok, EXIT.noArticle, EXIT.internal, EXIT.usage];

function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once('drain', resolve);
  });
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

async function run(options: CliOptions, io: Io): Promise<number> {
  const jobOptions: JobOptions = {
    format: options.format,
    url: options.url,
    removed: options.removed,
    lang: options.lang,
    savedAt: options.outDir ? new Date().toISOString() : undefined,
  };
  const saver = options.outDir ? outDir(options.outDir) : undefined;
  const shown = progress(io.stderr, options.files.length, write);
  const several = options.files.length > 1 && !saver;
  let status: number = EXIT.ok;
  let printed = 0;
  let done = 0;
  const jobs = runJobs(options.files, jobOptions, { ...io, jobs: options.jobs });
  for await (const result of jobs) {
    const name = result.file === '-' ? '<stdin>' : result.file;
    if (SEVERITY.indexOf(result.status) > SEVERITY.indexOf(status)) status = result.status;
    if (result.error) await shown.line(`clearpage: ${name}: ${result.error}\n`);
    if (saver && result.output && result.filename) {
      await write(io.stdout, `${await saver.save(result.filename, result.output)}\n`);
    } else if (options.format === 'json' && result.output) {
      await write(io.stdout, result.output);
    } else if (result.output) {
      const header = several ? `${printed > 0 ? '\n' : ''}==> ${name} <==\n` : '';
      await write(io.stdout, header + result.output);
      printed++;
    }
    shown.tick(++done);
  }
  shown.end();
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
