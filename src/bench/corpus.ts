/** A benchmark corpus in aeb-dev's layout: `html/<id>.html.gz` beside `ground-truth.json`. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface CorpusPage {
  id: string;
  url: string | null;
  truth: string;
  /** Read lazily, one page at a time. */
  html(): string;
}

/** The corpus is missing or malformed: the bench says so in one line and exits 2. */
export class CorpusError extends Error {}

interface TruthEntry {
  articleBody?: string;
  url?: string;
}

function readTruth(file: string): Record<string, TruthEntry> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, TruthEntry>;
  } catch (error) {
    throw new CorpusError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

/** Pages sorted by id, so every run visits them in the same order. */
export function loadCorpus(dir: string): CorpusPage[] {
  const htmlDir = join(dir, 'html');
  const truthFile = join(dir, 'ground-truth.json');
  if (!existsSync(htmlDir) || !existsSync(truthFile)) {
    throw new CorpusError(
      `${dir} is not a corpus (expected html/<id>.html.gz and ground-truth.json)`,
    );
  }
  const truth = readTruth(truthFile);
  const ids = readdirSync(htmlDir)
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.slice(0, -'.html.gz'.length))
    .sort();
  const missing = ids.filter((id) => !(id in truth));
  if (missing.length > 0) {
    throw new CorpusError(`${missing.length} page(s) have no ground truth, e.g. ${missing[0]}`);
  }
  if (ids.length === 0) throw new CorpusError(`${htmlDir} holds no .html.gz pages`);
  return ids.map((id) => ({
    id,
    url: truth[id]?.url ?? null,
    truth: truth[id]?.articleBody ?? '',
    html: () => gunzipSync(readFileSync(join(htmlDir, `${id}.html.gz`))).toString('utf8'),
  }));
}
