/**
 * The bars of issue 8's acceptance. Every bar is printed with PASS or FAIL on every run;
 * `--gates a,b` makes the run exit 1 when a named one fails (or could not be measured).
 */
import { fixed } from './format';
import { shingleScores } from './report-aeb';
import { ownLosses, wrongNoArticle } from './report-readability';
import { timeRatio } from './report-time';
import { articleGap, wcxbSummary } from './report-wcxb';
import type { ScoredPage } from './score';
import type { CorpusName } from './corpora';

type ByCorpus = Partial<Record<CorpusName, readonly ScoredPage[]>>;

export interface Gate {
  name: string;
  bar: string;
  /** The measured value in words, or undefined when its corpus did not run. */
  measure(corpora: ByCorpus): { value: string; pass: boolean } | undefined;
}

function wcxbBar(type: string, min: number): Gate {
  return {
    name: `wcxb-${type}`,
    bar: `wcxb-dev ${type} F1 ≥ ${min}`,
    measure: ({ 'wcxb-dev': pages }) => {
      if (!pages) return undefined;
      const f1 = wcxbSummary(pages, 'clearpage', type, 'all').f1;
      return { value: fixed(f1, 4), pass: f1 >= min };
    },
  };
}

function aebBar(name: string, key: 'f1' | 'precision', min: number): Gate {
  return {
    name,
    bar: `aeb-dev ${key === 'f1' ? 'F1' : 'P'} ≥ ${min}`,
    measure: ({ 'aeb-dev': pages }) => {
      const score = pages && shingleScores(pages).clearpage;
      return score && { value: fixed(score[key], 4), pass: score[key] >= min };
    },
  };
}

export const MAX_HELD_GAP = 0.01;
export const MAX_TIME_RATIO = 1.3;

export const GATES: readonly Gate[] = [
  aebBar('aeb-f1', 'f1', 0.985),
  aebBar('aeb-p', 'precision', 0.98),
  wcxbBar('article', 0.955),
  wcxbBar('documentation', 0.95),
  wcxbBar('forum', 0.8),
  {
    name: 'held-back-gap',
    bar: `held-back article F1 ≥ the rest's − ${MAX_HELD_GAP}`,
    measure: ({ 'wcxb-dev': pages }) => {
      if (!pages) return undefined;
      const gap = articleGap(pages, 'clearpage');
      return { value: `${fixed(gap, 4)}`, pass: gap >= -MAX_HELD_GAP };
    },
  },
  {
    name: 'own-loss',
    bar: 'readability-pages: no own loss',
    measure: ({ 'readability-pages': pages }) => {
      if (!pages) return undefined;
      const n = ownLosses(pages);
      return { value: `${n} blocks`, pass: n === 0 };
    },
  },
  {
    name: 'no-article',
    bar: 'readability-pages: no "no article" where Readability reads (front pages apart)',
    measure: ({ 'readability-pages': pages }) => {
      if (!pages) return undefined;
      const n = wrongNoArticle(pages).length;
      return { value: `${n} pages`, pass: n === 0 };
    },
  },
  {
    name: 'time',
    bar: `extraction time ≤ ${MAX_TIME_RATIO}× Readability's (total, all pages)`,
    measure: (corpora) => {
      const pages = Object.values(corpora).flat();
      if (!pages.length) return undefined;
      const ratio = timeRatio(pages, 'clearpage', 'readability').total;
      return { value: `${fixed(ratio, 2)}×`, pass: ratio <= MAX_TIME_RATIO };
    },
  },
];

export const GATE_NAMES = GATES.map((g) => g.name);

/** The bars' lines and whether every gated one passed. */
export function checkGates(corpora: ByCorpus, gated: ReadonlySet<string>) {
  let ok = true;
  const lines = ['bars (issue 8; * = gated in this run):'];
  for (const gate of GATES) {
    const result = gate.measure(corpora);
    const verdict = result ? (result.pass ? 'PASS' : 'FAIL') : 'n/a';
    if (gated.has(gate.name) && !result?.pass) ok = false;
    const mark = gated.has(gate.name) ? '*' : ' ';
    lines.push(
      `  ${mark} ${verdict.padEnd(5)} ${gate.name.padEnd(19)}${gate.bar}: ${result?.value ?? '—'}`,
    );
  }
  return { ok, lines };
}
