// @vitest-environment node
// The CLI as a corpus tool (issue 10): input that is not HTML is refused with exit 2, --out-dir
// writes one file per input named like the extension's saves, a progress line only on a
// terminal, -j N worker threads keeping the input order, --lang for Clearpage's own words,
// Markdown and HTML exactly as the extension saves them, no empty links from heading anchors.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { HTML_EXPORT_CSP } from '../../src/core/export/html';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures/cli');
const ARTICLE = join(FIXTURES, 'article.html');
const ARABIC = join(FIXTURES, 'article-ar.html');
const HOME = join(FIXTURES, 'no-article.html');
const SLUG = 'harbour-town-opens-its-first-tidal-power-station';
const tmp = mkdtempSync(join(tmpdir(), 'clearpage-cli-'));

function sink(isTTY = false): Writable & { text: () => string; isTTY: boolean } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return Object.assign(stream, { isTTY, text: () => Buffer.concat(chunks).toString('utf8') });
}

async function cli(argv: string[], { tty = false } = {}) {
  const stdout = sink();
  const stderr = sink(tty);
  const code = await main(argv, { stdin: Readable.from([]), stdout, stderr });
  return { code, out: stdout.text(), err: stderr.text() };
}

function file(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

/** The built CLI in a real process (scripts/clearpage.mjs builds dist/cli when stale). */
function launch(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['scripts/clearpage.mjs', ...args],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (error, out, err) => resolve({ code: error ? Number(error.code) : 0, out, err }),
    );
  });
}

describe('input that is not HTML', () => {
  it.each([
    ['binary data', 'photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0, 1])],
    ['plain text', 'notes.txt', 'Harbour notes\n\nThe board met on Tuesday and voted.\n'],
    ['Markdown', 'story.md', '# Harbour\n\nThe board *met* on [Tuesday](https://example.com).\n'],
  ])('%s: exit 2 and one line on stderr, nothing on stdout', async (_kind, name, content) => {
    const path = file(name, content);
    const { code, out, err } = await cli([path]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(new RegExp(`^clearpage: ${path}: cannot read: not HTML: [^\\n]+\\n$`));
  });

  it('a body-only fragment is still HTML', async () => {
    const body = readFileSync(ARTICLE, 'utf8').replace(
      /^[\s\S]*<article>|<\/article>[\s\S]*$/g,
      '',
    );
    const { code } = await cli([file('fragment.html', body)]);
    expect(code).toBe(0);
  });
});

describe('--out-dir', () => {
  it('writes one file per input, named as the extension saves them, never overwriting', async () => {
    const dir = join(tmp, 'out-text');
    const { code, out, err } = await cli(['--out-dir', dir, ARTICLE, HOME, ARTICLE]);
    expect(code).toBe(3);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    const paths = [join(dir, `${SLUG}.txt`), join(dir, `${SLUG} (1).txt`)];
    expect(out).toBe(`${paths.join('\n')}\n`);
    expect(readdirSync(dir).sort()).toEqual([`${SLUG} (1).txt`, `${SLUG}.txt`]);
    const printed = (await cli([ARTICLE])).out;
    expect(readFileSync(paths[0]!, 'utf8')).toBe(printed);
  });

  it('saved Markdown carries the saved date in its front matter, like the extension’s', async () => {
    const dir = join(tmp, 'out-md');
    await cli(['--format', 'markdown', '--out-dir', dir, ARTICLE]);
    const md = readFileSync(join(dir, `${SLUG}.md`), 'utf8');
    expect(md).toMatch(/^---\ntitle: "Harbour town opens its first tidal power station"\n/);
    expect(md).toMatch(/^saved: \d{4}-\d{2}-\d{2}T/m);
  });
});

describe('formats, as the extension saves them', () => {
  it('--format markdown: the same front matter, then the article', async () => {
    const { out } = await cli(['--format', 'markdown', ARTICLE]);
    expect(out).toMatch(/^---\ntitle: .*\nauthor: "Maya Ellison"\n/);
    expect(out).toMatch(/^published: 2024-03-14T09:30:00Z$/m);
    expect(out).not.toMatch(/^saved:/m); // printed, not saved
    expect(out).toContain('\n---\n\n# Harbour town opens its first tidal power station\n');
  });

  it('--format html: the same template, with its Content-Security-Policy', async () => {
    const { out } = await cli(['--format', 'html', ARTICLE]);
    expect(out).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${HTML_EXPORT_CSP}">`,
    );
    expect(out).toContain('<span class="byline">By <bdi lang="en">Maya Ellison</bdi></span>');
  });

  it('heading anchors never become empty links', async () => {
    const html = readFileSync(ARTICLE, 'utf8').replace(
      '<h2>Ten years in the making</h2>',
      '<h2 id="ten"><a class="anchor" href="#ten" aria-hidden="true"></a>Ten years in the making</h2>',
    );
    const { out } = await cli(['--format', 'markdown', file('anchors.html', html)]);
    expect(out).toMatch(/^## Ten years in the making$/m);
    expect(out).not.toMatch(/\[\s*\]\(/);
  });

  it('--lang fr: Clearpage’s words in French, the article’s in English', async () => {
    const { out } = await cli(['--lang', 'fr', ARTICLE]);
    expect(out.split('\n').slice(1, 3)).toEqual(['Par Maya Ellison', '14 mars 2024']);
    expect(out).toContain('Turbines anchored beneath the old ferry pier');
  });
});

describe('argument parsing (node:util parseArgs)', () => {
  it.each([
    [['--lang', 'de', ARTICLE], "clearpage: unknown language 'de' (expected en, ar, es, fr)\n"],
    [['-j', '0', ARTICLE], "clearpage: --jobs needs a whole number from 1 to 256, got '0'\n"],
    [['--removed=yes', ARTICLE], 'clearpage: --removed takes no value\n'],
    [['-j'], 'clearpage: --jobs needs a value\n'],
  ])('exits 2 on %j with one line', async (argv, message) => {
    expect(await cli(argv)).toEqual({ code: 2, out: '', err: message });
  });

  it('takes --name=value, short flags, - and --', async () => {
    const { code, out } = await cli(['-f', 'json', '--lang=es-MX', '--', ARTICLE]);
    expect(code).toBe(0);
    expect(JSON.parse(out).ok).toBe(true);
  });
});

describe('progress on stderr', () => {
  const many = Array.from({ length: 20 }, () => ARTICLE);

  it('shows "N/M files" on a terminal for many files, and clears it at the end', async () => {
    const { code, err } = await cli(['--format', 'json', ...many], { tty: true });
    expect(code).toBe(0);
    expect(err).toContain('clearpage: 20/20 files (100 %)');
    expect(err.endsWith('\r\x1b[2K')).toBe(true);
  }, 60_000);

  it('writes nothing when stderr is not a terminal, or for few files', async () => {
    expect((await cli(['--format', 'json', ...many])).err).toBe('');
    expect((await cli(['--format', 'json', ARTICLE, ARTICLE], { tty: true })).err).toBe('');
  }, 60_000);
});

describe('-j N worker threads (the built CLI)', () => {
  it('gives the same lines in the same order as -j 1', async () => {
    const files = [ARTICLE, HOME, ARABIC, ARTICLE, file('x.txt', 'plain'), ARABIC, ARTICLE];
    const one = await launch(['-j', '1', '--format', 'json', ...files]);
    const two = await launch(['-j', '3', '--format', 'json', ...files]);
    expect(two.code).toBe(2);
    expect(two).toEqual(one);
    const order = two.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l).file as string);
    expect(order).toEqual(files);
  }, 120_000);
});
