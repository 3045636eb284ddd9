/** Command-line parsing for `clearpage`, with node:util's parseArgs; errors in our own words. */
import { availableParallelism } from 'node:os';
import { parseArgs as parse } from 'node:util';
import { UI_LANGS, type UiLang } from './words';

export const FORMATS = ['text', 'markdown', 'html', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  format: Format;
  url: string | undefined;
  removed: boolean;
  /** The language of Clearpage's own words in the outputs ("By", "Source:"…). */
  lang: UiLang;
  /** Write one file per input here instead of printing. */
  outDir: string | undefined;
  /** Worker threads; 1 extracts in this thread. */
  jobs: number;
  files: string[];
  help: boolean;
  version: boolean;
}

/** Bad usage: main prints the message on one line and exits 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: clearpage [--format text|markdown|html|json] [--url URL] [--removed] [--lang LANG]
                 [--out-dir DIR] [-j N] FILE...

Extracts the article from saved web pages. FILE is a .html or .html.gz file, or - for stdin.

  --format text      the clean text "Save as text" saves: title, byline, source, date, body (default)
  --format markdown  the extension's saved Markdown: YAML front matter, then the article
  --format html      the extension's saved HTML: one standalone sanitised file (no scripts)
  --format json      one JSON object per file, one per line:
                     {file, ok, title, byline, siteName, lang, dir, publishedTime, excerpt, text, error?}
  --url URL          the page's address, for relative links and the source line
  --removed          with --format json, also list what was removed: removed: [{kind, reason, text}]
  --lang LANG        the language of Clearpage's own words ("By", "Source:", dates): ${UI_LANGS.join(', ')}
                     (default en); the article's words stay as they are
  --out-dir DIR      write one file per input into DIR, named as the extension saves them
                     (<title-slug>.txt|md|html|json, "name (1).txt" when taken); prints each path
  -j, --jobs N       worker threads (default: the number of cores); output keeps the input order
  -h, --help         show this help
  -V, --version      show the version

With several files, text, markdown and html outputs are each preceded by a line
"==> FILE <==" and separated by a blank line (as head(1) does). A file that is not HTML
(binary data, plain text, Markdown) is an unreadable input.

Exit status: 0 every file gave an article; 3 some page had none; 2 bad usage or unreadable
input; 1 internal error. Each failure is reported on one line of stderr.`;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  url: { type: 'string' },
  removed: { type: 'boolean' },
  lang: { type: 'string' },
  'out-dir': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

function parseFormat(value = 'text'): Format {
  const format = FORMATS.find((f) => f === value);
  if (!format) throw new UsageError(`unknown format '${value}' (expected ${FORMATS.join(', ')})`);
  return format;
}

function parseUrl(value: string | undefined): string | undefined {
  if (value !== undefined && !URL.canParse(value))
    throw new UsageError(`--url needs an absolute URL, got '${value}'`);
  return value;
}

/** "fr", "fr-CA" and "FR" all mean French; a language Clearpage has no words for is an error. */
function parseLang(value = 'en'): UiLang {
  const base = value.toLowerCase().split(/[-_]/)[0];
  const lang = UI_LANGS.find((l) => l === base);
  if (!lang) throw new UsageError(`unknown language '${value}' (expected ${UI_LANGS.join(', ')})`);
  return lang;
}

function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)
    throw new UsageError(`--jobs needs a whole number from 1 to 256, got '${value}'`);
  return jobs;
}

/** parseArgs' errors, said the way the rest of the CLI says them. */
function usageError(error: NodeJS.ErrnoException): UsageError {
  const option = /'(-[^'\s,]*)/.exec(error.message)?.[1] ?? '';
  const long = /--[\w-]+/.exec(error.message)?.[0] ?? option;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return new UsageError(`unknown option '${option}' (try --help)`);
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return new UsageError(
      /argument missing/.test(error.message) ? `${long} needs a value` : `${long} takes no value`,
    );
  return new UsageError(error.message);
}

/** `--name value`, `--name=value`; a lone `-` is stdin and `--` ends the options. */
export function parseArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parse({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(error as NodeJS.ErrnoException);
  }
  const { values, positionals } = parsed;
  const options: CliOptions = {
    format: parseFormat(values.format),
    url: parseUrl(values.url),
    removed: values.removed ?? false,
    lang: parseLang(values.lang),
    outDir: values['out-dir'],
    jobs: parseJobs(values.jobs),
    files: positionals,
    help: values.help ?? false,
    version: values.version ?? false,
  };
  if (!options.help && !options.version && options.files.length === 0) {
    throw new UsageError('no input files (give FILE... or - for stdin; try --help)');
  }
  return options;
}
