// Metadata: titles, bylines, dates, language and direction, URLs.
import { describe, expect, it } from 'vitest';
import { formatPublished, toIsoDate } from '../../src/core/metadata/dates';
import { cleanByline, cleanTitle, textDirection } from '../../src/core/metadata/metadata';
import { normalizeLang, readPageMetadata } from '../../src/core/metadata/page-metadata';

function page(head: string, htmlAttrs = '', body = ''): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

describe('cleanTitle', () => {
  it('drops the site name as a suffix or prefix', () => {
    expect(cleanTitle('Barrier approved | The Northbay Herald', 'The Northbay Herald', null)).toBe(
      'Barrier approved',
    );
    expect(cleanTitle('Barrier approved - Northbay Herald', 'The Northbay Herald', null)).toBe(
      'Barrier approved - Northbay Herald',
    );
    expect(cleanTitle('Vuelven los linces – Diario del Sur', 'Diario del Sur', null)).toBe(
      'Vuelven los linces',
    );
    expect(cleanTitle('Field Notes | How we cut start-up time', 'Field Notes', null)).toBe(
      'How we cut start-up time',
    );
  });
  it('recognises the site from the URL’s host when no site name is given', () => {
    expect(
      cleanTitle('Storm hits coast | Al Arabiya', null, 'https://english.alarabiya.net/x'),
    ).toBe('Storm hits coast');
  });
  it('keeps separators that are part of the headline', () => {
    expect(cleanTitle('Iran’s role in the war: Malley', 'Al Arabiya', null)).toBe(
      'Iran’s role in the war: Malley',
    );
    expect(cleanTitle('Lessons learned - Part 2', 'Field Notes', null)).toBe(
      'Lessons learned - Part 2',
    );
    expect(cleanTitle('  Spaced \n title ', null, null)).toBe('Spaced title');
  });
  it('keeps the part that is the page’s main heading', () => {
    expect(cleanTitle('Flood | Valley News', null, null, 'Flood')).toBe('Flood');
    expect(cleanTitle('Flood | Valley News', null, null, 'Storm')).toBe('Flood | Valley News');
  });
});

describe('cleanByline', () => {
  it('drops "By" and its translations', () => {
    expect(cleanByline('By Jane Doe', null)).toBe('Jane Doe');
    expect(cleanByline('BY: Jane Doe and Ali Khan', null)).toBe('Jane Doe and Ali Khan');
    expect(cleanByline('Por Lucía Fernández', null)).toBe('Lucía Fernández');
    expect(cleanByline('بقلم سارة الحربي', null)).toBe('سارة الحربي');
  });
  it('keeps names that merely start like a prefix', () => {
    expect(cleanByline('Byron Walsh', null)).toBe('Byron Walsh');
    expect(cleanByline('Dianne Parr', null)).toBe('Dianne Parr');
  });
  it('gives null for empty, implausibly long or site-name bylines', () => {
    expect(cleanByline('  ', null)).toBeNull();
    expect(cleanByline(undefined, null)).toBeNull();
    expect(cleanByline('x '.repeat(100), null)).toBeNull();
    expect(cleanByline('Al Arabiya English', 'Al Arabiya English')).toBeNull();
  });
});

describe('toIsoDate', () => {
  it('keeps ISO 8601 as the page wrote it, tidied', () => {
    expect(toIsoDate('2022-10-19T15:50:00Z')).toBe('2022-10-19T15:50:00Z');
    expect(toIsoDate('2022-10-19 19:50:00+0400')).toBe('2022-10-19T19:50:00+04:00');
    expect(toIsoDate('2022-10-19T19:50+04')).toBe('2022-10-19T19:50+04:00');
    expect(toIsoDate('2024-05-21')).toBe('2024-05-21');
  });
  it('converts other readable dates to UTC and rejects the rest', () => {
    expect(toIsoDate('Wed, 19 Oct 2022 15:50:00 GMT')).toBe('2022-10-19T15:50:00.000Z');
    expect(toIsoDate('19 October ,2022: 07:50 PM GST')).toBeNull();
    expect(toIsoDate('')).toBeNull();
    expect(toIsoDate(null)).toBeNull();
  });
});

describe('formatPublished', () => {
  it('formats the page’s own calendar day in the article’s language', () => {
    expect(formatPublished('2024-03-14T23:30:00-05:00', 'en')).toBe('March 14, 2024');
    expect(formatPublished('2024-06-03', 'fr')).toBe('3 juin 2024');
    expect(formatPublished('2024-06-03', 'not a language!')).toBe('June 3, 2024');
    expect(formatPublished(null, 'en')).toBeNull();
    expect(formatPublished('soon', 'en')).toBeNull();
  });
});

describe('language and direction', () => {
  it('normalises language tags and rejects invalid ones', () => {
    expect(normalizeLang('en_us')).toBe('en-US');
    expect(normalizeLang(' AR ')).toBe('ar');
    expect(normalizeLang('not a tag')).toBeNull();
    expect(normalizeLang('')).toBeNull();
  });
  it('takes the page’s dir, else the article’s, else the language’s, else the script’s', () => {
    expect(textDirection('ltr', 'rtl', 'ar', '')).toBe('ltr');
    expect(textDirection(null, 'rtl', 'en', '')).toBe('rtl');
    for (const lang of ['ar', 'he', 'fa-IR', 'ur'])
      expect(textDirection(null, null, lang, '')).toBe('rtl');
    expect(textDirection(null, null, 'en-GB', 'مرحبا')).toBe('ltr');
    expect(textDirection(null, null, null, 'שלום עולם, hello')).toBe('rtl');
    expect(textDirection(null, null, null, 'Hello world')).toBe('ltr');
  });
});

describe('readPageMetadata', () => {
  it('prefers the canonical link, then og:url (both on the page’s own host), then the given URL, then the document’s', () => {
    const both =
      '<link rel="canonical" href="/story"><meta property="og:url" content="https://b.example/og">';
    expect(readPageMetadata(page(both), 'https://a.example/x').url).toBe('https://a.example/story');
    const og = page('<meta property="og:url" content="/og">');
    expect(readPageMetadata(og).url).toBe(new URL('/og', og.URL).href);
    // A canonical or og:url on another host is not the page's own (issue 12): the saved files'
    // "Source:" would send the reader elsewhere.
    const foreign =
      '<link rel="canonical" href="https://evil.example/a"><meta property="og:url" content="https://b.example/og">';
    expect(readPageMetadata(page(foreign), 'https://c.example/x').url).toBe('https://c.example/x');
    const www = '<link rel="canonical" href="https://a.example/story">';
    expect(readPageMetadata(page(www), 'https://www.a.example/x').url).toBe(
      'https://a.example/story',
    );
    expect(readPageMetadata(page(''), 'https://c.example/given').url).toBe(
      'https://c.example/given',
    );
    // A javascript: canonical is ignored; the document's own http(s) URL is the last resort.
    const hostile = page('<link rel="canonical" href="javascript:alert(1)">');
    expect(hostile.URL).toMatch(/^https?:/);
    expect(readPageMetadata(hostile).url).toBe(hostile.URL);
  });
  it('reads lang and dir from <html>, og:locale when lang is missing', () => {
    const meta = readPageMetadata(page('', 'lang="ar" dir="rtl"'));
    expect([meta.lang, meta.dir]).toEqual(['ar', 'rtl']);
    expect(readPageMetadata(page('<meta property="og:locale" content="pt_BR">')).lang).toBe(
      'pt-BR',
    );
    expect(readPageMetadata(page('', 'dir="auto"')).dir).toBeNull();
  });
  it('finds the date in meta tags, itemprop or the first <time datetime>', () => {
    const meta = '<meta property="article:published_time" content="2024-01-02T03:04:05Z">';
    expect(readPageMetadata(page(meta)).publishedTime).toBe('2024-01-02T03:04:05Z');
    const time = '<article><time datetime="2023-11-06T09:15:00+03:00">6 نوفمبر</time></article>';
    expect(readPageMetadata(page('', '', time)).publishedTime).toBe('2023-11-06T09:15:00+03:00');
    expect(readPageMetadata(page('')).publishedTime).toBeNull();
  });
  it('reads the lead image as an absolute URL and the site name', () => {
    const head =
      '<meta property="og:image" content="/i/lead.jpg"><meta property="og:site_name" content="Site">';
    const meta = readPageMetadata(page(head), 'https://a.example/story');
    expect([meta.leadImage, meta.siteName]).toEqual(['https://a.example/i/lead.jpg', 'Site']);
  });
});
