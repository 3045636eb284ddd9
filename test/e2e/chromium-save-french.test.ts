// A French UI saves in French (issue 10): in Chromium started with --lang=fr, "Enregistrer en
// texte" downloads a file whose own words are French ("Par", the date in French), and "Autres
// formats" → "Enregistrer en Markdown" / "Enregistrer en HTML" say "Source :" and "Enregistré
// avec Clearpage le …"; the English article's words stay English.
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { gotoSettled, launchChromium, type ChromiumSession } from './harness/chromium';
import { builtExtension, DEMO_EXPECTED as EXPECTED } from './harness/expected';
import { clickInReader, inReader, openReader } from './harness/reader-chromium';
import { serveStatic, type StaticServer } from './harness/server';

const fr = JSON.parse(
  readFileSync(join(builtExtension('chrome'), '_locales/fr/messages.json'), 'utf8'),
) as Record<string, { message: string }>;
const label = (key: string) => fr[key]!.message;

let server: StaticServer;
let chromium: ChromiumSession;
let visits = 0;

beforeAll(async () => {
  server = await serveStatic();
  chromium = await launchChromium({ extensionDirs: [builtExtension('chrome')], lang: 'fr' });
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

async function openArticle(): Promise<Page> {
  const page = await chromium.context.newPage();
  await gotoSettled(page, server.url(`/pages/demo-news.html?visit=${++visits}`));
  await openReader(chromium, page);
  return page;
}

async function save(page: Page, ...labels: string[]): Promise<string> {
  const download = page.waitForEvent('download');
  for (const name of labels) await clickInReader(page, name);
  const file: Download = await download;
  return (await readFile(await file.path(), 'utf8')).replace(/\r\n/g, '\n');
}

describe('a French UI', () => {
  test('the reader’s meta line is French: "Par", the date, "min de lecture"', async () => {
    const page = await openArticle();
    const meta = await inReader(page, (root) => root.querySelector('.meta')?.textContent ?? '');
    expect(meta).toContain(`Par ${EXPECTED.byline}`);
    expect(meta).toMatch(/14 octobre 2025/);
    expect(meta).toMatch(/min de lecture/);
    expect(meta).not.toMatch(/\bBy\b|min read|October/);
    await page.close();
  });

  test('"Enregistrer en texte": "Par" and the date in French, the article in English', async () => {
    const page = await openArticle();
    const text = await save(page, label('saveText'));
    const header = text.split('\n\n')[0]!.split('\n');
    expect(header[0]).toBe(EXPECTED.title);
    expect(header).toContain(`Par ${EXPECTED.byline}`);
    expect(header).toContain('14 octobre 2025');
    expect(text).toContain(EXPECTED.paragraphs[0]!.slice(0, 60));
    expect(text).not.toMatch(/^By /m);
    await page.close();
  });

  test('Markdown and HTML: "Source :", "Par" and "Enregistré avec Clearpage le"', async () => {
    const page = await openArticle();
    const md = await save(page, label('moreFormats'), label('saveMarkdown'));
    expect(md).toContain(`_Par ${EXPECTED.byline} · `);
    expect(md).toContain(`Source : <${server.url('/pages/demo-news.html')}`);
    const html = await save(page, label('moreFormats'), label('saveHtml'));
    expect(html).toContain(`Par <bdi lang="en">${EXPECTED.byline}</bdi>`);
    expect(html).toMatch(/<footer lang="fr" dir="ltr"><p>Enregistré avec Clearpage le <time/);
    expect(html).toMatch(/min de lecture/);
    expect(html).not.toMatch(/Saved with Clearpage|min read|>By /);
    await page.close();
  });
});
