// @vitest-environment node
// The CLI in-process: main() with in-memory streams, on the pages in test/fixtures/cli/.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { TOO_LARGE_MESSAGE } from '../../src/core/extract/limits';

const FIXTURES = join(import.meta.dirname, '../fixtures/cli');
const ARTICLE = join(FIXTURES, 'article.html');
const ARABIC = join(FIXTURES, 'article-ar.html');
const HOME = join(FIXTURES, 'no-article.html');
const JSON_KEYS = [
  'file',
  'ok',
  'title',
  'byline',
  'siteName',
  'lang',
  'dir',
  'publishedTime',
  'excerpt',
  'text',
];

function sink(): Writable & { text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString('utf8') });
}

async function cli(argv: string[], stdin: Buffer | string = '') {
  const stdout = sink();
  const stderr = sink();
  const code = await main(argv, { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr });
  return { code, out: stdout.text(), err: stderr.text() };
}

const jsonLines = (out: string) =>
  out
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('clearpage --format json', () => {
  it('prints one object per file with the contract fields, body-only text', async () => {
    const { code, out, err } = await cli(['--format', 'json', ARTICLE]);
    expect(code).toBe(0);
    expect(err).toBe('');
    const [record, ...rest] = jsonLines(out);
    expect(rest).toEqual([]);
    expect(Object.keys(record ?? {})).toEqual(JSON_KEYS);
    expect(record).toMatchObject({ file: ARTICLE, ok: true, lang: 'en', dir: 'ltr' });
    expect(record?.title).toBe('Harbour town opens its first tidal power station');
    const text = String(record?.text);
    expect(text.startsWith('Turbines anchored beneath the old ferry pier')).toBe(true);
    expect(text).toContain("\n\nThe station's six turbines");
    expect(text).toContain('Six turbines, each rated at 250 kilowatts');
    expect(text).toContain('children released paper boats into the outgoing tide.');
    expect(text).not.toContain('window.tracker');
    expect(text).not.toContain('Privacy');
  });

  it('reports right-to-left pages', async () => {
    const [record] = jsonLines((await cli(['--format=json', ARABIC])).out);
    expect(record).toMatchObject({ ok: true, lang: 'ar', dir: 'rtl' });
    expect(String(record?.text)).toContain('افتتحت البلدية صباح اليوم');
  });

  it('adds removed blocks with --removed', async () => {
    const [record] = jsonLines((await cli(['--format', 'json', '--removed', ARTICLE])).out);
    expect(Array.isArray(record?.removed)).toBe(true);
    for (const removal of record?.removed as Record<string, unknown>[]) {
      expect(Object.keys(removal)).toEqual(['kind', 'rule', 'reason', 'text']);
    }
  });

  it('exits 3 with ok:false and an error when a page has no article', async () => {
    const { code, out, err } = await cli(['--format', 'json', ARTICLE, HOME]);
    expect(code).toBe(3);
    const [good, none] = jsonLines(out);
    expect(good?.ok).toBe(true);
    expect(none).toMatchObject({ file: HOME, ok: false, text: '' });
    expect(String(none?.error)).toMatch(/article/i);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toContain(HOME);
  });

  it('exits 2 on an unreadable file but still reports every file', async () => {
    const missing = join(FIXTURES, 'does-not-exist.html');
    const { code, out, err } = await cli(['--format', 'json', missing, ARTICLE]);
    expect(code).toBe(2);
    expect(jsonLines(out).map((r) => r.ok)).toEqual([false, true]);
    expect(err).toBe(`clearpage: ${missing}: cannot read: no such file\n`);
  });
});

describe('clearpage inputs', () => {
  it('reads stdin for -', async () => {
    const { code, out } = await cli(['--format', 'json', '-'], readFileSync(ARTICLE));
    expect(code).toBe(0);
    expect(jsonLines(out)[0]).toMatchObject({ file: '-', ok: true });
  });

  it('reads .html.gz files and gzip on stdin the same as plain HTML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearpage-cli-'));
    const gz = join(dir, 'article.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(ARTICLE)));
    const plain = await cli([ARTICLE]);
    expect(await cli([gz])).toEqual(plain);
    expect(await cli(['-'], gzipSync(readFileSync(ARTICLE)))).toEqual(plain);
  });

  it('exits 3 with "too large" on a page linkedom cannot parse (a 200,000-word class)', async () => {
    const words = Array.from({ length: 200_000 }, (_, i) => `w${i}`).join(' ');
    const page = `<!doctype html><html><body><p class="${words}">x</p></body></html>`;
    const { code, out, err } = await cli(['-'], page);
    expect(code).toBe(3);
    expect(out).toBe('');
    expect(err).toBe(`clearpage: <stdin>: ${TOO_LARGE_MESSAGE}\n`);
  });

  it('reads a saved article body that has no <html>, <head> or <body>', async () => {
    const body = readFileSync(ARTICLE, 'utf8').replace(/^[\s\S]*<body[^>]*>|<\/body>[\s\S]*$/g, '');
    const { code, out } = await cli(['--format', 'json', '-'], body);
    expect(code).toBe(0);
    expect(jsonLines(out)[0]).toMatchObject({ ok: true });
  });

  it('exits 2 on corrupt gzip', async () => {
    const { code, err } = await cli(['-'], Buffer.from([0x1f, 0x8b, 1, 2, 3]));
    expect(code).toBe(2);
    expect(err).toMatch(/^clearpage: <stdin>: cannot read: not valid gzip/);
  });
});

describe('clearpage text, markdown and html', () => {
  it('prints the saved-text format by default', async () => {
    const { code, out, err } = await cli([ARTICLE]);
    expect([code, err]).toEqual([0, '']);
    expect(out.startsWith('Harbour town opens its first tidal power station\n')).toBe(true);
    expect(out).toContain('Maya Ellison');
    expect(out).toContain('Turbines anchored beneath the old ferry pier');
  });

  it('separates several files with ==> FILE <== headers', async () => {
    const { out } = await cli([ARTICLE, ARABIC]);
    expect(out.startsWith(`==> ${ARTICLE} <==\n`)).toBe(true);
    expect(out).toContain(`\n\n==> ${ARABIC} <==\n`);
  });

  it('prints Markdown', async () => {
    const { code, out } = await cli(['--format', 'markdown', ARTICLE]);
    expect(code).toBe(0);
    expect(out).toContain('Harbour town opens its first tidal power station');
    expect(out).toMatch(/^#+ Ten years in the making$/m);
    expect(out).toMatch(/^[*-] +Six turbines/m);
  });

  it('prints a standalone HTML document without scripts or handlers', async () => {
    const { code, out } = await cli(['--format', 'html', ARTICLE]);
    expect(code).toBe(0);
    expect(out.startsWith('<!doctype html>')).toBe(true);
    expect(out).toContain('<title>Harbour town opens its first tidal power station</title>');
    expect(out).toContain('<html lang="en" dir="ltr">');
    expect(out).toContain('Planning took six years');
    expect(out).not.toMatch(/<script|onerror|window\.tracker/i);
  });
});

describe('clearpage usage', () => {
  it.each([
    [['--bogus', ARTICLE], "clearpage: unknown option '--bogus' (try --help)\n"],
    [
      ['--format', 'pdf', ARTICLE],
      "clearpage: unknown format 'pdf' (expected text, markdown, html, json)\n",
    ],
    [['--url', 'not a url', ARTICLE], "clearpage: --url needs an absolute URL, got 'not a url'\n"],
    [['--format'], 'clearpage: --format needs a value\n'],
    [[], 'clearpage: no input files (give FILE... or - for stdin; try --help)\n'],
  ])('exits 2 on %j with one line and no stack trace', async (argv, message) => {
    const { code, out, err } = await cli(argv);
    expect({ code, out, err }).toEqual({ code: 2, out: '', err: message });
  });

  it('prints help and version', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: clearpage \[--format text\|markdown\|html\|json\]/);
    const version = await cli(['--version']);
    expect(version.out).toMatch(/^clearpage \d+\.\d+\.\d+\n$/);
  });

  it('uses --url for the article address', async () => {
    const url = 'https://ledger.example/news/tidal-power';
    const { out } = await cli(['--url', url, ARTICLE]);
    expect(out).toContain(url);
  });
});
