// What the demo news page's clean article is, written by hand in pages/demo-news.expected.json,
// and the paths of the built extension the tests load.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface ExpectedArticle {
  title: string;
  byline: string;
  siteName: string;
  paragraphs: string[];
  mustContain: string[];
  mustNotContain: string[];
}

export const DEMO_EXPECTED = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../pages/demo-news.expected.json'), 'utf8'),
) as ExpectedArticle;

const DIST = resolve(import.meta.dirname, '../../../dist');

/** dist/<browser>, or a failure that says how to make it (the suite never skips). */
export function builtExtension(browser: 'chrome' | 'firefox'): string {
  const dir = resolve(DIST, browser);
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`${dir} is not built: run \`npm run build\` (npm run test:e2e does it)`);
  }
  return dir;
}

/** Collapses runs of white space, as rendered text and hand-written expectations differ there. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
