// Regenerates the golden pages' expectations from the current core, for review with `git diff`:
// expected.txt (the exact article.text) and the metadata fields of expected.json. The hand-written
// mustContain / mustNotContain lists are kept as they are, and checked here too.
// Usage: node scripts/update-golden.mjs [SLUG...]   (default: every folder in test/fixtures/pages)
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { createServer } from 'vite';

const PAGES = resolve('test/fixtures/pages');
// The same address the golden test gives each page, so relative links resolve the same way.
const FIXTURE_ORIGIN = 'https://fixtures.clearpage.test';
const META = ['ok', 'title', 'byline', 'siteName', 'lang', 'dir', 'publishedTime'];

const server = await createServer({
  configFile: false,
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
});
const core = await server.ssrLoadModule('/src/core/index.ts');

const slugs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(PAGES, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);

let problems = 0;
for (const slug of slugs.sort()) {
  const dir = join(PAGES, slug);
  const html = readFileSync(join(dir, 'source.html'), 'utf8');
  const { window } = new JSDOM(html, {
    url: `${FIXTURE_ORIGIN}/${slug}/`,
    virtualConsole: new VirtualConsole(),
  });
  const result = core.extractArticle(window.document);
  const jsonPath = join(dir, 'expected.json');
  const previous = existsSync(jsonPath) ? JSON.parse(readFileSync(jsonPath, 'utf8')) : {};
  const article = result.ok ? result.article : null;
  const meta = Object.fromEntries(
    META.map((k) => [k, k === 'ok' ? result.ok : (article?.[k] ?? null)]),
  );
  const expected = {
    ...meta,
    mustContain: previous.mustContain ?? [],
    mustNotContain: previous.mustNotContain ?? [],
  };
  writeFileSync(jsonPath, `${JSON.stringify(expected, null, 2)}\n`);
  writeFileSync(join(dir, 'expected.txt'), article ? `${article.text}\n` : '');

  const text = article?.text ?? '';
  const missing = expected.mustContain.filter((s) => !text.includes(s));
  const leaked = expected.mustNotContain.filter((s) => text.includes(s));
  problems += missing.length + leaked.length;
  console.log(
    `${slug}: ok=${result.ok} words=${article?.wordCount ?? 0} removed=${article?.removed.length ?? 0}`,
  );
  for (const r of article?.removed ?? []) {
    console.log(`  - ${r.kind}: ${r.reason} — ${r.text.replace(/\n/g, ' / ').slice(0, 100)}`);
  }
  for (const s of missing) console.log(`  MISSING: ${s}`);
  for (const s of leaked) console.log(`  LEAKED: ${s}`);
  window.close();
}
await server.close();
process.exit(problems ? 1 : 0);
