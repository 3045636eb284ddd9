/**
 * `npm run bench -- [--corpora DIR | --corpus DIR…] [--gates a,b] [--json FILE] [-j N]
 * [--no-defuddle] [--no-ablation]`: Clearpage, plain Readability and Defuddle on every corpus
 * of ../shared/bench with each corpus's own metric, the held-back fifth of wcxb-dev, extraction
 * time, the per-rule table and issue 8's bars. Exit 1 when a gated bar fails, 2 on bad usage.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  CORPORA,
  corpusOf,
  CorpusError,
  loadPages,
  type BenchPage,
  type CorpusName,
} from './corpora';
import { checkGates, GATE_NAMES } from './gates';
import { runPages } from './pool';
import { aebSection } from './report-aeb';
import { readabilitySection } from './report-readability';
import { rulesSection } from './report-rules';
import { timeSection } from './report-time';
import { wcxbSection } from './report-wcxb';
import { scorePage, type ScoredPage } from './score';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEFAULT_CORPORA = resolve(ROOT, '../shared/bench');

const USAGE = `Usage: npm run bench -- [options]
  --corpora DIR   the folder holding aeb-dev/, wcxb-dev/, readability-pages/ (default ../shared/bench)
  --corpus DIR    one corpus folder instead (repeatable); its name says which
  --gates a,b     exit 1 when a named bar fails: ${GATE_NAMES.join(', ')} (or all)
  --json FILE     write per-page results (texts, scores, times, removals) to FILE
  -j N            worker threads (default: the number of cores)
  --no-defuddle   leave Defuddle out (it is the slowest of the three)
  --no-ablation   leave out the re-runs the per-rule table needs`;

class UsageError extends Error {}

interface BenchOptions {
  corpora: [CorpusName, string][];
  gates: Set<string>;
  json?: string;
  jobs: number;
  defuddle: boolean;
  ablate: boolean;
}

function corporaOf(values: { corpora?: string; corpus?: string[] }): [CorpusName, string][] {
  if (values.corpus?.length) {
    return values.corpus.map((dir) => {
      const name = corpusOf(dir);
      if (!name) throw new UsageError(`${dir}: not one of ${CORPORA.join(', ')}`);
      if (!existsSync(dir)) throw new UsageError(`no corpus at ${dir}`);
      return [name, dir];
    });
  }
  const root = values.corpora ?? DEFAULT_CORPORA;
  const found = CORPORA.map((name): [CorpusName, string] => [name, join(root, name)]).filter(
    ([, dir]) => existsSync(dir),
  );
  if (!found.length) throw new UsageError(`no corpus under ${root}; pass --corpora DIR`);
  return found;
}

function gatesOf(list: string | undefined): Set<string> {
  if (!list) return new Set();
  const names = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.includes('all')) return new Set(GATE_NAMES);
  const unknown = names.find((n) => !GATE_NAMES.includes(n));
  if (unknown) throw new UsageError(`unknown gate '${unknown}' (known: ${GATE_NAMES.join(', ')})`);
  return new Set(names);
}

function options(argv: string[]): BenchOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        corpora: { type: 'string' },
        corpus: { type: 'string', multiple: true },
        gates: { type: 'string' },
        json: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        'no-defuddle': { type: 'boolean' },
        'no-ablation': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values;
  if (v.help) return 'help';
  const jobs = v.jobs === undefined ? availableParallelism() : Number(v.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('-j needs a whole number ≥ 1');
  return {
    corpora: corporaOf(v),
    gates: gatesOf(v.gates),
    ...(v.json ? { json: v.json } : {}),
    jobs,
    defuddle: !v['no-defuddle'],
    ablate: !v['no-ablation'],
  };
}

function workerUrl(): URL | undefined {
  const url = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

function jsonOf(scored: readonly ScoredPage[]) {
  return scored.map(({ page, outcome, shingle, bag, f1Without }) => ({
    corpus: page.corpus,
    id: page.id,
    url: page.url,
    site: page.site,
    ...(page.pageType ? { pageType: page.pageType, heldBack: page.heldBack } : {}),
    ...(shingle ? { shingle } : {}),
    ...(bag ? { bag } : {}),
    ...(f1Without ? { f1Without } : {}),
    ...outcome,
  }));
}

async function bench(opts: BenchOptions): Promise<number> {
  const started = performance.now();
  const pages: BenchPage[] = opts.corpora.flatMap(([name, dir]) => loadPages(name, dir));
  const outcomes = await runPages(pages, opts, opts.jobs, workerUrl());
  const scored = pages.map((page, i) => scorePage(page, outcomes[i]!));
  const by = (name: CorpusName) => scored.filter((p) => p.page.corpus === name);
  const corpora: Partial<Record<CorpusName, ScoredPage[]>> = {};
  for (const [name] of opts.corpora) corpora[name] = by(name);
  const errors = scored.filter((p) => p.outcome.error);
  const sections: string[][] = [
    [
      `Clearpage bench: ${pages.length} pages from ${opts.corpora.map(([, d]) => d).join(', ')}` +
        ` (-j ${opts.jobs}; linkedom; pages decoded as the CLI decodes them)`,
    ],
    ...(corpora['aeb-dev'] ? [aebSection(corpora['aeb-dev'])] : []),
    ...(corpora['wcxb-dev'] ? [wcxbSection(corpora['wcxb-dev'])] : []),
    ...(corpora['readability-pages'] ? [readabilitySection(corpora['readability-pages'])] : []),
    timeSection([
      ...opts.corpora.map(([n]): [string, ScoredPage[]] => [n, by(n)]),
      ['all pages', scored],
    ]),
    ...(opts.ablate ? [rulesSection(scored)] : []),
    ...(errors.length
      ? [
          [
            `pages that could not be read: ${errors.length}`,
            ...errors.map((p) => `  ${p.page.corpus}/${p.page.id}: ${p.outcome.error}`),
          ],
        ]
      : []),
  ];
  const gates = checkGates(corpora, opts.gates);
  sections.push(gates.lines);
  sections.push([`wall time ${((performance.now() - started) / 1000).toFixed(0)} s`]);
  console.log(sections.map((s) => s.join('\n')).join('\n\n'));
  if (opts.json) {
    writeFileSync(opts.json, `${JSON.stringify(jsonOf(scored))}\n`);
    console.log(`per-page results written to ${opts.json}`);
  }
  return gates.ok ? 0 : 1;
}

async function main(argv: string[]): Promise<number> {
  try {
    const opts = options(argv);
    if (opts === 'help') {
      console.log(USAGE);
      return 0;
    }
    return await bench(opts);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof CorpusError)) throw error;
    console.error(`bench: ${error.message}`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
