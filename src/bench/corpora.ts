/**
 * The three corpora of ../shared/bench (README there), as one list of page descriptors: small
 * plain objects a worker thread can be sent, each naming its file and what it is scored against.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isHeldBack, siteOf } from './holdout';

export type CorpusName = 'aeb-dev' | 'wcxb-dev' | 'readability-pages';
export const CORPORA: readonly CorpusName[] = ['aeb-dev', 'wcxb-dev', 'readability-pages'];

export interface BenchPage {
  corpus: CorpusName;
  id: string;
  /** The page: `.html.gz` (aeb, wcxb) or `source.html` (readability-pages). */
  file: string;
  url: string;
  /** Who the page's rules-evidence counts for: the host (readability-pages: the case name). */
  site: string;
  /** aeb: articleBody; wcxb: main_content; readability-pages: '' (expected.html is read later). */
  truth: string;
  pageType?: string;
  heldBack?: boolean;
  with?: string[];
  without?: string[];
  /** readability-pages: Readability's own article for the page. */
  expectedFile?: string;
}

/** A corpus is missing or malformed: the bench says so in one line and exits 2. */
export class CorpusError extends Error {}

/** Upstream's harness reads every readability-pages case at this address. */
export const FAKEHOST_URL = 'http://fakehost/test/page.html';

function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    throw new CorpusError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

/** Ids of `html/<id>.html.gz`, sorted, each with an entry in ground-truth.json. */
function gzIds(dir: string, truth: Record<string, unknown>): string[] {
  const htmlDir = join(dir, 'html');
  if (!existsSync(htmlDir)) throw new CorpusError(`${dir} has no html/ folder`);
  const ids = readdirSync(htmlDir)
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.slice(0, -'.html.gz'.length))
    .sort();
  const missing = ids.filter((id) => !(id in truth));
  if (missing.length) throw new CorpusError(`${dir}: no ground truth for ${missing[0]}`);
  if (!ids.length) throw new CorpusError(`${htmlDir} holds no .html.gz pages`);
  return ids;
}

interface AebEntry {
  articleBody?: string;
  url?: string;
}

function loadAeb(dir: string): BenchPage[] {
  const truth = readJson<Record<string, AebEntry>>(join(dir, 'ground-truth.json'));
  return gzIds(dir, truth).map((id) => {
    const url = truth[id]?.url ?? '';
    const file = join(dir, 'html', `${id}.html.gz`);
    return {
      corpus: 'aeb-dev',
      id,
      file,
      url,
      site: siteOf(url),
      truth: truth[id]?.articleBody ?? '',
    };
  });
}

interface WcxbEntry {
  page_type?: string;
  url?: string;
  main_content?: string;
  with?: string[];
  without?: string[];
}

function loadWcxb(dir: string): BenchPage[] {
  const truth = readJson<Record<string, WcxbEntry>>(join(dir, 'ground-truth.json'));
  return gzIds(dir, truth).map((id) => {
    const t = truth[id] ?? {};
    const url = t.url ?? '';
    return {
      corpus: 'wcxb-dev',
      id,
      file: join(dir, 'html', `${id}.html.gz`),
      url,
      site: siteOf(url),
      truth: t.main_content ?? '',
      pageType: t.page_type ?? 'unknown',
      heldBack: isHeldBack(url),
      with: t.with ?? [],
      without: t.without ?? [],
    };
  });
}

function loadReadabilityPages(dir: string): BenchPage[] {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
  if (!names.length) throw new CorpusError(`${dir} holds no <name>/source.html cases`);
  return names.map((name) => ({
    corpus: 'readability-pages',
    id: name,
    file: join(dir, name, 'source.html'),
    url: FAKEHOST_URL,
    // Every case is at fakehost; each is a different real site, so the case counts as one.
    site: `readability-pages/${name}`,
    truth: '',
    expectedFile: join(dir, name, 'expected.html'),
  }));
}

const LOADERS: Record<CorpusName, (dir: string) => BenchPage[]> = {
  'aeb-dev': loadAeb,
  'wcxb-dev': loadWcxb,
  'readability-pages': loadReadabilityPages,
};

/** The corpus a folder holds, by its name (`.../aeb-dev`), or undefined. */
export function corpusOf(dir: string): CorpusName | undefined {
  return CORPORA.find((name) => dir.replace(/\/+$/, '').endsWith(name));
}

export function loadPages(corpus: CorpusName, dir: string): BenchPage[] {
  return LOADERS[corpus](dir);
}
