// @vitest-environment node
// `npm run clearpage` as outside checks run it: scripts/clearpage.mjs builds dist/cli when it is
// missing or stale (printing nothing on stdout), then runs the built CLI in a real process.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures/cli');

function launch(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['scripts/clearpage.mjs', ...args],
      { cwd: ROOT },
      (error, out, err) => {
        resolve({ code: error ? Number(error.code) : 0, out, err });
      },
    );
  });
}

describe('scripts/clearpage.mjs', () => {
  it('prints only JSON lines on stdout and exits 3 when a page has no article', async () => {
    const files = ['article.html', 'no-article.html'].map((f) => join(FIXTURES, f));
    const { code, out, err } = await launch(['--format', 'json', ...files]);
    expect(code).toBe(3);
    const records = out
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { ok: boolean });
    expect(records.map((r) => r.ok)).toEqual([true, false]);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
  }, 60_000);

  it('reports a bad flag in one line without a stack trace', async () => {
    const { code, out, err } = await launch(['--nope', join(FIXTURES, 'article.html')]);
    expect({ code, out, err }).toEqual({
      code: 2,
      out: '',
      err: "clearpage: unknown option '--nope' (try --help)\n",
    });
  }, 60_000);
});
