/**
 * `npm run bench -- [--corpus DIR] [--json FILE] [--min-f1 X] [--runs N] [--worst N]`
 * Scores Clearpage's core and plain Readability on the same pages with the benchmark's metric
 * and times both (issue 3). Exit 1 when Clearpage's F1 is below --min-f1, 2 on bad usage.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorpusError, loadCorpus } from './corpus';
import { report, summarise } from './report';
import { benchPage, warmUp, type PageResult } from './run';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEFAULT_CORPUS = resolve(ROOT, '../shared/bench/aeb-dev');
const WARM_UP_PAGES = 10;

const USAGE = `Usage: npm run bench -- [--corpus DIR] [--json FILE] [--min-f1 X] [--runs N] [--worst N]
  --corpus DIR  html/<id>.html.gz + ground-truth.json (default ../shared/bench/aeb-dev)
  --json FILE   write per-page results (scores, times, texts) to FILE
  --min-f1 X    exit 1 when Clearpage's F1 is below X
  --runs N      timed runs per page, the median is kept (default 1)
  --worst N     how many worst pages to show (default 10)`;

interface BenchOptions {
  corpus: string;
  json?: string;
  minF1?: number;
  runs: number;
  worst: number;
}

class UsageError extends Error {}

function number(name: string, value: string | undefined, min: number): number {
  const n = Number(value);
  if (value === undefined || !Number.isFinite(n) || n < min) {
    throw new UsageError(`${name} needs a number ≥ ${min}`);
  }
  return n;
}

function parseArgs(argv: readonly string[]): BenchOptions | 'help' {
  const options: BenchOptions = { corpus: DEFAULT_CORPUS, runs: 1, worst: 10 };
  for (let i = 0; i < argv.length; i++) {
    const [name = '', inline] = (argv[i] ?? '').split(/=(.*)/s);
    const value = () => inline ?? argv[++i];
    if (name === '--help' || name === '-h') return 'help';
    else if (name === '--corpus') options.corpus = value() ?? '';
    else if (name === '--json') options.json = value();
    else if (name === '--min-f1') options.minF1 = number(name, value(), 0);
    else if (name === '--runs') options.runs = Math.round(number(name, value(), 1));
    else if (name === '--worst') options.worst = Math.round(number(name, value(), 0));
    else throw new UsageError(`unknown argument '${name}' (try --help)`);
  }
  if (!options.corpus || !existsSync(options.corpus)) {
    throw new UsageError(
      `no corpus at ${options.corpus || '(empty)'}; pass --corpus DIR (html/<id>.html.gz + ground-truth.json)`,
    );
  }
  return options;
}

function progress(done: number, total: number): void {
  if (process.stderr.isTTY) process.stderr.write(`\r  ${done}/${total} pages`);
}

function bench(options: BenchOptions): number {
  const pages = loadCorpus(options.corpus);
  warmUp(pages, WARM_UP_PAGES);
  const results: PageResult[] = pages.map((page, i) => {
    progress(i + 1, pages.length);
    return benchPage(page, i, options.runs);
  });
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  console.log(
    `Clearpage quality bench: ${pages.length} pages from ${options.corpus}\n` +
      `(same linkedom parse for both, fresh per extraction; ${WARM_UP_PAGES}-page warm-up; ` +
      `${options.runs} timed run(s) per page)\n`,
  );
  console.log(report(results, options.worst));
  if (options.json) {
    writeFileSync(options.json, `${JSON.stringify(results, null, 1)}\n`);
    console.log(`\nper-page results written to ${options.json}`);
  }
  const f1 = summarise(results, 'clearpage').f1;
  if (options.minF1 !== undefined && f1 < options.minF1) {
    console.log(`\nFAIL: Clearpage F1 ${f1.toFixed(4)} is below --min-f1 ${options.minF1}`);
    return 1;
  }
  return 0;
}

function main(argv: readonly string[]): number {
  try {
    const options = parseArgs(argv);
    if (options === 'help') {
      console.log(USAGE);
      return 0;
    }
    return bench(options);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof CorpusError)) throw error;
    console.error(`bench: ${error.message}`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
