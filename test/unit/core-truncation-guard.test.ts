// The truncation guard (src/core/extract/truncation-guard.ts): each fallback step on a page that needs
// it, and no fallback on a page that does not.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core';
import { guardedStrip, tooShortForPage } from '../../src/core/extract/truncation-guard';

const SENTENCE =
  'The harbour board met on Tuesday to discuss the tidal barrier, and residents filled the hall to hear the engineers explain how the gates would work. ';
const para = (n: number) => `<p>${SENTENCE.repeat(n)}</p>`;

function root(html: string): Element {
  const el = document.createElement('div');
  el.innerHTML = html;
  return el;
}

function teaserBox(): string {
  const link = (i: number) =>
    `<li><a href="/s/${i}">Another story about the harbour and its gates, part ${i}</a></li>`;
  return `<div class="related-posts"><ul>${Array.from({ length: 12 }, (_, i) => link(i)).join('')}</ul></div>`;
}

describe('guardedStrip', () => {
  it('strips with every rule when the result is plausible', () => {
    const el = root(`${para(3)}${para(3)}<div class="ad-slot"><span>Advertisement</span></div>`);
    const { removed, fallback } = guardedStrip(el, {});
    expect(removed.map((r) => r.kind)).toEqual(['advertisement']);
    expect(fallback).toBeUndefined();
  });

  it('falls back to the specific rules when the broad ones would gut the article', () => {
    const el = root(
      `${para(1)}${teaserBox()}<div class="ad-slot"><span>Advertisement</span></div>`,
    );
    const { removed, fallback } = guardedStrip(el, {});
    expect(fallback?.step).toBe('fewer-rules');
    expect(fallback?.reason).toMatch(/^stripping would (?:remove|leave) \d+/);
    // The teaser box is back, the ad label still goes.
    expect(removed.map((r) => r.kind)).toEqual(['advertisement']);
    expect(el.querySelector('.related-posts')).not.toBeNull();
    expect(el.querySelector('template')).not.toBeNull(); // the ad's marker, for "show removed"
  });

  it('falls back to Readability alone when even the specific rules would gut it', () => {
    // Three notices, none holding most of the text (that element is never removed).
    const notice = `<div role="dialog"><p>We use cookies. ${'Cookies help us run the site. '.repeat(8)}</p></div>`;
    const el = root(`<p>Short story.</p>${notice}${notice}${notice}`);
    const before = el.innerHTML;
    const { removed, fallback } = guardedStrip(el, {});
    expect(fallback?.step).toBe('readability');
    expect(removed).toEqual([]);
    expect(el.innerHTML).toBe(before);
  });
});

describe('tooShortForPage', () => {
  it('flags a short article on a page with far more paragraph text, and nothing else', () => {
    expect(tooShortForPage(600, 5000)).toMatch(/kept 600 characters of a page with 5000/);
    expect(tooShortForPage(600, 1500)).toBe('');
    expect(tooShortForPage(2500, 20000)).toBe('');
    expect(tooShortForPage(600, 1000)).toBe('');
  });
});

describe('extractArticle with the guard', () => {
  const page = (body: string) =>
    new DOMParser().parseFromString(
      `<!doctype html><html lang="en"><head><title>Barrier</title></head><body>${body}</body></html>`,
      'text/html',
    );

  it('reads the page again with Readability relaxed when it picked a tiny block', () => {
    // The story sits in a box Readability first discards as an "unlikely candidate".
    const story = Array.from({ length: 14 }, () => para(1)).join('');
    const decoy = `<article><p>${'A short notice about opening hours at the harbour office this week. '.repeat(8)}</p></article>`;
    const result = extractArticle(page(`${decoy}<div class="comment-thread">${story}</div>`));
    if (!result.ok) throw new Error(result.message);
    expect(result.article.fallback?.step).toBe('relaxed-readability');
    expect(result.article.text).toContain(SENTENCE.trim());
  });

  it('gives no fallback on an ordinary article', () => {
    const result = extractArticle(page(`<article><h1>Barrier</h1>${para(3)}${para(3)}</article>`));
    if (!result.ok) throw new Error(result.message);
    expect(result.article.fallback).toBeUndefined();
    expect('fallback' in result.article).toBe(false);
  });
});
