// Fixes kept for a site, applied by the core (issue 11, item 3): a 'remove' fix takes its block
// out as a removal that "Show removed" can bring back, a 'keep' fix stops a chrome rule, a fix
// that finds nothing is skipped and reported, and a page with no fixes reads exactly as before.
import { describe, expect, it } from 'vitest';
import { articleToText, extractArticle, type ExtractOptions } from '../../src/core';
import { structuralSelector } from '../../src/core/fixes/selector';

const PROSE = [
  'The harbour board met on Tuesday to discuss the tidal barrier, and residents filled the hall to hear the engineers explain how the gates would work.',
  'Volunteers from the rowing club ferried residents to the school hall, where the council had opened an emergency shelter with blankets and hot food.',
  'Engineers will inspect the bridge on Monday before deciding whether it can reopen to traffic, a spokesperson for the highways department said.',
  'The mayor thanked the volunteers and promised that the barrier would be finished before the winter storms arrive on the coast this year.',
];
const BOX = 'Our sister paper covers the harbour too, with weekly columns from the quay.';

const PAGE = `<!doctype html><html lang="en"><head><title>Barrier</title></head><body>
<main><article><h1>Barrier</h1>
<p>${PROSE[0]}</p>
<p>${PROSE[1]}</p>
<div class="sister-box"><p>${BOX}</p></div>
<p>${PROSE[2]}</p>
<div class="ad-slot"><span>Advertisement</span></div>
<p>${PROSE[3]}</p>
</article></main></body></html>`;

const parse = () => new DOMParser().parseFromString(PAGE, 'text/html');
function read(options: ExtractOptions = {}) {
  const extraction = extractArticle(parse(), { url: 'https://news.example/a', ...options });
  if (!extraction.ok) throw new Error('no article');
  return extraction.article;
}

describe('fixes kept for a site', () => {
  it('change nothing when there are none', () => {
    const plain = read();
    const none = read({ fixes: [] });
    expect(none.text).toBe(plain.text);
    expect(none.html).toBe(plain.html);
    expect(none.removed).toEqual(plain.removed);
    expect(none.fixes).toBeUndefined();
    expect(plain.text).toContain(BOX);
  });

  it('a removal takes its block out, as a part "Show removed" can bring back', () => {
    const doc = parse();
    const selector = structuralSelector(doc.querySelector('.sister-box')!);
    expect(selector).toBe('body > main > article > div.sister-box');
    const article = read({ fixes: [{ kind: 'remove', selector }] });
    expect(article.text).not.toContain(BOX);
    expect(articleToText(article)).not.toContain(BOX);
    for (const prose of PROSE) expect(article.text).toContain(prose);
    const record = article.removed.find((r) => r.rule === 'site-fix');
    expect(record).toMatchObject({ kind: 'other', text: BOX });
    expect(record?.html).toContain(BOX);
    const back = document.createElement('div');
    back.append(article.contentWithRemoved!);
    const index = article.removed.indexOf(record!);
    expect(back.querySelector(`[data-clearpage-removed="${index}"]`)?.textContent).toContain(BOX);
    expect(article.fixes).toEqual({ applied: [{ kind: 'remove', selector }], skipped: [] });
    expect(article.html).not.toContain('data-clearpage-fix');
  });

  it('a kept part is left by the chrome rules', () => {
    const plain = read();
    expect(plain.removed.map((r) => r.rule)).toContain('advertisement');
    const selector = 'body > main > article > div.ad-slot';
    const article = read({ fixes: [{ kind: 'keep', selector }] });
    expect(article.removed.map((r) => r.rule)).not.toContain('advertisement');
    expect(article.html).toContain('Advertisement');
    expect(article.fixes?.applied).toEqual([{ kind: 'keep', selector }]);
  });

  it('skips and reports a fix that finds nothing, or would take the article', () => {
    const fixes = [
      { kind: 'remove', selector: 'body > aside.promo' },
      { kind: 'remove', selector: 'body > main' },
      { kind: 'remove', selector: 'body' },
      { kind: 'keep', selector: 'a[href]' },
      { kind: 'pick', selector: 'body > main' },
    ] as const;
    const article = read({ fixes });
    expect(article.text).toBe(read().text);
    expect(article.fixes).toEqual({
      applied: [],
      skipped: fixes.filter((f) => f.kind !== 'pick').map((f) => ({ ...f })),
    });
  });
});
