// Structural selectors for fixes per site (issue 11, item 3): where an element is, never what
// it says; each one built finds exactly its element again, and the grammar refuses anything else.
import { describe, expect, it } from 'vitest';
import {
  isStableName,
  isStructuralSelector,
  MAX_SELECTOR_LENGTH,
  structuralSelector,
} from '../../src/core/fixes/selector';

const page = (body: string) =>
  new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');

/** Every element of the page: its selector is in the grammar and finds it, and only it. */
function expectRoundTrip(doc: Document) {
  for (const el of doc.body.querySelectorAll('*')) {
    const selector = structuralSelector(el);
    expect(isStructuralSelector(selector), selector).toBe(true);
    expect([...doc.querySelectorAll(selector)], selector).toEqual([el]);
  }
}

describe('structuralSelector', () => {
  it('walks from body with tags, and :nth-of-type only where siblings share a tag', () => {
    const doc = page('<main><article><h1>T</h1><p>a</p><p>b</p><p>c</p></article></main>');
    const third = doc.querySelectorAll('p')[2]!;
    expect(structuralSelector(third)).toBe('body > main > article > p:nth-of-type(3)');
    expect(structuralSelector(doc.querySelector('h1')!)).toBe('body > main > article > h1');
    expectRoundTrip(doc);
  });

  it('starts from the nearest stable unique id, and ignores generated or repeated ones', () => {
    const doc = page(
      '<div id="story-body"><p>a</p><div id="post-48213"><p>b</p><p>c</p></div></div>' +
        '<div id="twice"><p>x</p></div><div id="twice"><p>y</p></div>',
    );
    const c = doc.querySelectorAll('#post-48213 p')[1]!;
    expect(structuralSelector(c)).toBe('#story-body > div > p:nth-of-type(2)');
    const y = doc.querySelectorAll('p')[4]!;
    expect(structuralSelector(y)).toBe('body > div:nth-of-type(3) > p');
    expectRoundTrip(doc);
  });

  it('uses a stable class when it tells an element from its siblings', () => {
    const doc = page(
      '<article><div class="para">a</div><div class="newsletter-box is-open css-1q2w3e">b</div>' +
        '<div class="para">c</div></article>',
    );
    const box = doc.querySelector('.newsletter-box')!;
    expect(structuralSelector(box)).toBe('body > article > div.newsletter-box');
    // Two alike: the index, not the class.
    expect(structuralSelector(doc.querySelectorAll('.para')[1]!)).toBe(
      'body > article > div:nth-of-type(3)',
    );
    expectRoundTrip(doc);
  });

  it('holds no text of the page, and stays short on deep or oddly named pages', () => {
    const secret = 'Private words of the article';
    const deep = '<section class="wrap">'.repeat(60) + `<p>${secret}</p>` + '</section>'.repeat(60);
    const doc = page(
      `${deep}<svg><g><text>${secret}</text></g></svg><div class="${'x'.repeat(39)} ${'y'.repeat(39)}">a</div>`,
    );
    for (const el of doc.body.querySelectorAll('*')) {
      const selector = structuralSelector(el);
      expect(selector).not.toContain('Private');
      expect(selector.length).toBeLessThanOrEqual(MAX_SELECTOR_LENGTH);
      expect(isStructuralSelector(selector), selector).toBe(true);
      expect(doc.querySelectorAll(selector)).toContain(el);
    }
  });

  it('gives body for body itself', () => {
    const doc = page('<p>a</p>');
    expect(structuralSelector(doc.body)).toBe('body');
  });
});

describe('the structural grammar', () => {
  it('accepts paths of tags, ids, classes and :nth-of-type joined by " > "', () => {
    for (const ok of [
      'body',
      'body > main > p:nth-of-type(3)',
      '#story-body > div.newsletter-box',
      'div.a.b > section#main > aside:nth-of-type(12)',
    ]) {
      expect(isStructuralSelector(ok), ok).toBe(true);
    }
  });

  it('refuses anything else: attributes, text, other combinators, pseudo-classes, escapes', () => {
    for (const bad of [
      '',
      ' ',
      'p:contains("secret")',
      'a[href^="https://bank"]',
      'body p',
      'body>p',
      'p, div',
      'p ~ div',
      'p + div',
      'div:has(> p)',
      'p:nth-of-type(0)',
      'p:nth-child(2)',
      '#\\31 23',
      'body > ',
      ' > p',
      'P',
      '*',
      `div${'.a'.repeat(4)}`,
      'div:nth-of-type(1).a',
      `body${' > div'.repeat(100)}`,
      7,
      null,
    ]) {
      expect(isStructuralSelector(bad), String(bad)).toBe(false);
    }
  });

  it('calls words stable, counters, hashes and states not', () => {
    for (const name of ['story-body', 'newsletter', 'article_text']) {
      expect(isStableName(name), name).toBe(true);
    }
    for (const name of ['post-48213', 'css-1q2w3e', 'ember512', 'is-open', 'active', 'x', '1a']) {
      expect(isStableName(name), name).toBe(false);
    }
  });
});
