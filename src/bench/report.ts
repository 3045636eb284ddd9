/** The bench's printed report: scores and times side by side, then the worst pages. */
import { corpusScore } from './metric';
import { median, type PageResult, type Scored } from './run';

type Side = 'clearpage' | 'readability';
const NAMES: Record<Side, string> = { clearpage: 'Clearpage', readability: 'Readability' };

/** Pages where Clearpage's recall falls more than this below Readability's (issue 3's bar). */
export const RECALL_DROP = 0.05;

const f = (n: number, digits = 4) => n.toFixed(digits);
const pad = (s: string, n: number) => s.padEnd(n);

export function summarise(results: readonly PageResult[], side: Side) {
  const scored: Scored[] = results.map((r) => r[side]);
  const times = scored.map((s) => s.ms);
  const totalMs = times.reduce((a, b) => a + b, 0);
  return {
    cpuMs: scored.reduce((a, s) => a + s.cpuMs, 0),
    ...corpusScore(scored),
    totalMs,
    meanMs: results.length ? totalMs / results.length : 0,
    medianMs: median(times),
    noArticle: scored.filter((s) => !s.ok).length,
  };
}

function scoreLines(results: readonly PageResult[]): string[] {
  const header = `${pad('extractor', 13)}${pad('F1', 8)}${pad('P', 8)}${pad('R', 8)}`;
  const lines = [`${header}total ms  mean ms  median ms  no article`];
  for (const side of ['clearpage', 'readability'] as const) {
    const s = summarise(results, side);
    lines.push(
      `${pad(NAMES[side], 13)}${pad(f(s.f1), 8)}${pad(f(s.precision), 8)}${pad(f(s.recall), 8)}` +
        `${pad(f(s.totalMs, 1), 10)}${pad(f(s.meanMs, 2), 9)}${pad(f(s.medianMs, 2), 11)}${s.noArticle}`,
    );
  }
  return lines;
}

function timeLines(results: readonly PageResult[]): string[] {
  const cp = summarise(results, 'clearpage');
  const rd = summarise(results, 'readability');
  const parse = results.reduce((a, r) => a + r.parseMs, 0);
  return [
    `time ratio Clearpage/Readability: ${f(cp.totalMs / rd.totalMs, 2)}× total, ` +
      `${f(cp.medianMs / rd.medianMs, 2)}× median page (extraction only; linkedom parse ` +
      `${f(parse, 1)} ms total, not counted)`,
    `CPU time (process.cpuUsage, less affected by other load): Clearpage ${f(cp.cpuMs, 0)} ms, ` +
      `Readability ${f(rd.cpuMs, 0)} ms, ratio ${f(cp.cpuMs / rd.cpuMs, 2)}×`,
  ];
}

function recallDropLines(results: readonly PageResult[]): string[] {
  const drops = results.filter((r) => r.clearpage.recall < r.readability.recall - RECALL_DROP);
  const ids = drops.map(
    (r) => `${r.id.slice(0, 12)} (${f(r.clearpage.recall, 3)} vs ${f(r.readability.recall, 3)})`,
  );
  return [
    `pages where Clearpage's recall is more than ${RECALL_DROP} below Readability's: ${drops.length}` +
      (ids.length ? ` — ${ids.join(', ')}` : ''),
  ];
}

function hostOf(url: string | null): string {
  if (!url || !URL.canParse(url)) return '';
  return new URL(url).host;
}

function worstLines(results: readonly PageResult[], count: number): string[] {
  if (count === 0) return [];
  const worst = [...results].sort((a, b) => a.clearpage.f1 - b.clearpage.f1).slice(0, count);
  const lines = [`${worst.length} worst pages by Clearpage F1:`];
  worst.forEach((r, i) => {
    const { clearpage: cp, readability: rd } = r;
    lines.push(
      `${String(i + 1).padStart(2)}. ${r.id.slice(0, 12)}  F1 ${f(cp.f1, 3)} (P ${f(cp.precision, 3)} ` +
        `R ${f(cp.recall, 3)}; Readability F1 ${f(rd.f1, 3)})  ${hostOf(r.url)}`,
    );
    for (const text of r.extra) lines.push(`      extra:   ${JSON.stringify(text)}`);
    for (const text of r.missing) lines.push(`      missing: ${JSON.stringify(text)}`);
  });
  return lines;
}

export function report(results: readonly PageResult[], worst: number): string {
  return [
    ...scoreLines(results),
    '',
    ...timeLines(results),
    ...recallDropLines(results),
    '',
    ...worstLines(results, worst),
  ].join('\n');
}
