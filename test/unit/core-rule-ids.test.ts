// Every chrome rule has a stable id; removal records name it, and skipRules switches rules off
// (the bench's per-rule ablation, issue 8 item 4).
import { describe, expect, it } from 'vitest';
import { extractArticle, RULE_IDS } from '../../src/core';
import { stripChrome } from '../../src/core/strip/strip-chrome';

const PROSE = [
  'The harbour board met on Tuesday to discuss the tidal barrier, and residents filled the hall to hear the engineers explain how the gates would work.',
  'Volunteers from the rowing club ferried residents to the school hall, where the council had opened an emergency shelter with blankets and hot food.',
  'Engineers will inspect the bridge on Monday before deciding whether it can reopen to traffic, a spokesperson for the highways department said.',
];
const AD = '<div class="ad-slot"><span>Advertisement</span></div>';
const BODY = `<p>${PROSE[0]}</p>${AD}<p>${PROSE[1]}</p><p>${PROSE[2]}</p><p>${PROSE[0]}</p>`;

function root(): Element {
  const el = document.createElement('div');
  el.innerHTML = BODY;
  return el;
}

describe('rule ids', () => {
  it('are unique kebab-case names', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const id of RULE_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(RULE_IDS).toContain('hover-cards');
  });

  it('are carried by every removal record', () => {
    const removed = stripChrome(root());
    expect(removed.map((r) => r.rule)).toEqual(['advertisement']);
    for (const r of removed) expect(RULE_IDS).toContain(r.rule);
  });

  it('name rules that skipRules leaves out, in stripChrome and in extractArticle', () => {
    const kept = root();
    expect(stripChrome(kept, {}, { skipRules: new Set(['advertisement']) })).toEqual([]);
    expect(kept.textContent).toContain('Advertisement');

    const page = `<!doctype html><html><head><title>Barrier</title></head><body><article><h1>Barrier</h1>${BODY}</article></body></html>`;
    const read = (skipRules?: ReadonlySet<string>) => {
      const doc = new DOMParser().parseFromString(page, 'text/html');
      const result = extractArticle(doc, { url: 'https://news.example/a', skipRules });
      if (!result.ok) throw new Error(result.message);
      return result.article;
    };
    expect(read().removed.map((r) => r.rule)).toEqual(['advertisement']);
    const skipped = read(new Set(['advertisement']));
    expect(skipped.removed).toEqual([]);
    expect(skipped.text).toContain('Advertisement');
  });
});
