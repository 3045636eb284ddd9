// Outside check on the page Clearpage was founded on: the CLI's clean text (what "Save as text"
// saves) must hold every paragraph of the expected article and none of the page's chrome.
// Usage: node scripts/check-seed.mjs [SEED_DIR]   (default ../shared/seed)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = resolve(process.argv[2] ?? '../shared/seed');
const expected = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8'));
const text = execFileSync('node', ['scripts/clearpage.mjs', `${dir}/page.html`], {
  encoding: 'utf8',
});

const missing = expected.paragraphs.filter((p) => !text.includes(p));
const chrome = expected.mustNotContain.filter((s) => text.includes(s));
console.log(
  `seed: ${expected.paragraphs.length - missing.length}/${expected.paragraphs.length} paragraphs kept, ` +
    `${chrome.length}/${expected.mustNotContain.length} chrome strings left`,
);
for (const p of missing) console.log(`  missing: ${p.slice(0, 90)}`);
for (const s of chrome) console.log(`  chrome left: ${s}`);
process.exit(missing.length || chrome.length ? 1 : 0);
