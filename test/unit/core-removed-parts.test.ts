// "Show removed parts": each removal's sanitised HTML, and contentWithRemoved with every
// removed block back in place — while content, html, text and the exports stay as they were.
import { describe, expect, it } from 'vitest';
import { articleToMarkdown, articleToText, extractArticle, type Article } from '../../src/core';

const PROSE = [
  'The harbour board met on Tuesday to discuss the tidal barrier, and residents filled the hall to hear the engineers explain how the gates would work.',
  'Volunteers from the rowing club ferried residents to the school hall, where the council had opened an emergency shelter with blankets and hot food.',
  'Engineers will inspect the bridge on Monday before deciding whether it can reopen to traffic, a spokesperson for the highways department said.',
];

const PAGE = `<!doctype html><html lang="en"><head><title>Barrier</title></head><body><article>
<h1>Barrier</h1>
<p>${PROSE[0]}</p>
<div class="ad-slot"><span>Advertisement</span><img src="https://x.test/a.png" onerror="alert(1)"></div>
<p>${PROSE[1]}</p>
<p><strong>Read more:</strong></p><p><a href="/a" onclick="steal()">Storm surge floods the old town as the river breaches the quay</a></p>
<p>${PROSE[2]}</p>
<p>${PROSE[0]}</p>
</article></body></html>`;

function extract(): Article {
  const doc = new DOMParser().parseFromString(PAGE, 'text/html');
  const result = extractArticle(doc, { url: 'https://news.example/barrier' });
  if (!result.ok) throw new Error(result.message);
  return result.article;
}

function wrappers(fragment: DocumentFragment): Element[] {
  return Array.from(fragment.querySelectorAll('[data-clearpage-removed]'));
}

describe('removal records', () => {
  it('carry kind, rule, reason, text and sanitised html (not part of their JSON)', () => {
    const { removed } = extract();
    expect(removed.map((r) => r.kind)).toEqual(['advertisement', 'related']);
    const [ad, related] = removed;
    expect(ad?.html).toContain('Advertisement');
    expect(ad?.html).toContain('<img src="https://x.test/a.png">');
    expect(related?.html).toContain('Storm surge floods');
    for (const r of removed) expect(r.html).not.toMatch(/onerror|onclick|<script/i);
    expect(JSON.parse(JSON.stringify(ad))).toEqual({
      kind: 'advertisement',
      rule: 'advertisement',
      reason: 'advertisement label',
      text: 'Advertisement',
    });
  });
});

describe('contentWithRemoved', () => {
  it('puts each removed block back where it was, wrapped with its index and kind', () => {
    const article = extract();
    const withRemoved = article.contentWithRemoved;
    if (!withRemoved) throw new Error('no contentWithRemoved');
    const found = wrappers(withRemoved);
    expect(
      found.map((w) => [w.getAttribute('data-clearpage-removed'), w.getAttribute('data-kind')]),
    ).toEqual([
      ['0', 'advertisement'],
      ['1', 'related'],
    ]);
    // In place: the ad between the first and second paragraphs, the list after the second.
    const blocks = Array.from(withRemoved.querySelectorAll('p, [data-clearpage-removed]')).filter(
      (el) => !el.parentElement?.closest('[data-clearpage-removed]'),
    );
    const labels = blocks.map((el) =>
      el.hasAttribute('data-clearpage-removed')
        ? `removed ${el.getAttribute('data-kind')}`
        : el.textContent?.slice(0, 20),
    );
    expect(labels).toEqual([
      PROSE[0]?.slice(0, 20),
      'removed advertisement',
      PROSE[1]?.slice(0, 20),
      'removed related',
      PROSE[2]?.slice(0, 20),
      PROSE[0]?.slice(0, 20),
    ]);
    const html = found.map((w) => w.outerHTML).join('');
    expect(html).not.toMatch(/onerror|onclick|<script|<template/i);
    expect(html).not.toMatch(/id="clearpage-removed/);
  });

  it('leaves content, html, text and the exports exactly as they are without it', () => {
    const plain = extract();
    const shown = extract();
    void shown.contentWithRemoved; // read first, before content
    expect(shown.html).toBe(plain.html);
    expect(shown.text).toBe(plain.text);
    expect(articleToText(shown)).toBe(articleToText(plain));
    expect(articleToMarkdown(shown)).toBe(articleToMarkdown(plain));
    expect(plain.html).not.toMatch(/data-clearpage-removed|<template|Advertisement|Storm surge/);
    // Read after content too: still complete.
    expect(wrappers(plain.contentWithRemoved ?? new DocumentFragment())).toHaveLength(2);
    expect(plain.contentWithRemoved).toBe(plain.contentWithRemoved);
  });
});
