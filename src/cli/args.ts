/** Command-line parsing for `clearpage`; the contract is issue 2's, so the flags are few and fixed. */

export const FORMATS = ['text', 'markdown', 'html', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  format: Format;
  url: string | undefined;
  removed: boolean;
  files: string[];
  help: boolean;
  version: boolean;
}

/** Bad usage: main prints the message on one line and exits 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: clearpage [--format text|markdown|html|json] [--url URL] [--removed] FILE...

Extracts the article from saved web pages. FILE is a .html or .html.gz file, or - for stdin.

  --format text      the clean text "Save as text" saves: title, byline, source, date, body (default)
  --format markdown  the article as Markdown
  --format html      a standalone sanitised HTML document (no scripts)
  --format json      one JSON object per file, one per line:
                     {file, ok, title, byline, siteName, lang, dir, publishedTime, excerpt, text, error?}
  --url URL          the page's address, for relative links and the source line
  --removed          with --format json, also list what was removed: removed: [{kind, reason, text}]
  -h, --help         show this help
  -V, --version      show the version

With several files, text, markdown and html outputs are each preceded by a line
"==> FILE <==" and separated by a blank line (as head(1) does).

Exit status: 0 every file gave an article; 3 some page had none; 2 bad usage or unreadable
input; 1 internal error. Each failure is reported on one line of stderr.`;

function parseFormat(value: string): Format {
  const format = FORMATS.find((f) => f === value);
  if (!format) throw new UsageError(`unknown format '${value}' (expected ${FORMATS.join(', ')})`);
  return format;
}

function parseUrl(value: string): string {
  if (!URL.canParse(value)) throw new UsageError(`--url needs an absolute URL, got '${value}'`);
  return value;
}

/** `--name value`, `--name=value`; a lone `-` is stdin and `--` ends the options. */
export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    format: 'text',
    url: undefined,
    removed: false,
    files: [],
    help: false,
    version: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      options.files.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      options.files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${name} needs a value`);
      return next;
    };
    const flag = (): true => {
      if (inline !== undefined) throw new UsageError(`${name} takes no value`);
      return true;
    };
    if (name === '--format' || name === '-f') options.format = parseFormat(value());
    else if (name === '--url') options.url = parseUrl(value());
    else if (name === '--removed') options.removed = flag();
    else if (name === '--help' || name === '-h') options.help = flag();
    else if (name === '--version' || name === '-V') options.version = flag();
    else throw new UsageError(`unknown option '${name}' (try --help)`);
  }
  if (!options.help && !options.version && options.files.length === 0) {
    throw new UsageError('no input files (give FILE... or - for stdin; try --help)');
  }
  return options;
}
