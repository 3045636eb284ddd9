// "Save as text" and the Markdown export.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article';
import { articleToMarkdown, markdownDocument } from '../../src/core/export/markdown';
import { frontMatter } from '../../src/core/export/front-matter';
import { articleToText } from '../../src/core/export/text';
import { makeArticle as baseArticle } from './support/article';

function makeArticle(html: string, overrides: Partial<Article> = {}): Article {
  return baseArticle(html, {
    text: 'First paragraph.\n\nSecond paragraph.',
    wordCount: 4,
    ...overrides,
  });
}

describe('articleToText', () => {
  it('writes title, byline, URL and the page’s own calendar date, a blank line, then the body', () => {
    expect(articleToText(makeArticle(''))).toBe(
      'Harbour board approves tidal barrier\nBy Maya Okafor\nhttps://example.com/story\nMarch 14, 2024\n\nFirst paragraph.\n\nSecond paragraph.\n',
    );
  });

  it('leaves out what is unknown and ends with exactly one newline', () => {
    const article = makeArticle('', {
      byline: null,
      url: null,
      publishedTime: null,
      text: 'Only body.\n\n',
    });
    expect(articleToText(article)).toBe('Harbour board approves tidal barrier\n\nOnly body.\n');
  });

  it('formats the date in the UI’s language (English by default), not the article’s', () => {
    const text = articleToText(makeArticle('', { lang: 'fr', publishedTime: '2024-06-03' }));
    expect(text.split('\n')[3]).toBe('June 3, 2024');
  });
});

describe('articleToMarkdown', () => {
  const body =
    '<h2>How it works</h2><p>Gates <strong>rise</strong> with <a href="https://example.com/a">air</a>.</p>' +
    '<ul><li>One</li><li>Two</li></ul><ol start="4"><li>Four<ul><li>Sub</li></ul></li><li>Five</li></ol><pre><code class="language-js">const a = 1;\nrun(a);</code></pre>' +
    '<table><tr><th>Town</th><th>Homes</th></tr><tr><td>Fore | Street</td><td>300</td></tr></table>' +
    '<figure><img src="https://example.com/i.jpg" alt="Gate"><figcaption>The gate</figcaption></figure>';

  it('writes the title, a metadata line, the source, then the body as Markdown', () => {
    expect(articleToMarkdown(makeArticle(body))).toBe(
      [
        '# Harbour board approves tidal barrier',
        '_By Maya Okafor · The Northbay Herald · March 14, 2024_',
        'Source: <https://example.com/story>',
        '## How it works',
        'Gates **rise** with [air](https://example.com/a).',
        '- One\n- Two',
        '4. Four\n   - Sub\n5. Five',
        '```js\nconst a = 1;\nrun(a);\n```',
        '| Town | Homes |\n| --- | --- |\n| Fore \\| Street | 300 |',
        '![Gate](https://example.com/i.jpg)',
        '*The gate*',
      ].join('\n\n') + '\n',
    );
  });

  it('escapes text that reads like a tag, so no Markdown renderer turns it into HTML', () => {
    const template = document.createElement('template');
    template.innerHTML =
      '<p>The payload was <code>&lt;b&gt;</code> then &lt;img onerror=x&gt; and 1 &lt; 2.</p>';
    const markdown = articleToMarkdown(makeArticle(template.innerHTML));
    expect(markdown).toContain('The payload was `<b>` then &lt;img onerror=x> and 1 < 2.');
  });

  it('shows markup in the title, byline and site name as text', () => {
    const article = makeArticle('<p>Body.</p>', {
      title: '<img src=x onerror=alert(1)> *bold*',
      byline: '<script>alert(2)</script>',
      siteName: 'Site_name',
      publishedTime: null,
    });
    expect(articleToMarkdown(article).split('\n\n').slice(0, 2)).toEqual([
      '# &lt;img src=x onerror=alert(1)> \\*bold\\*',
      '_By &lt;script>alert(2)&lt;/script> · Site\\_name_',
    ]);
  });

  it('still works after the reader moved the content fragment into the page', () => {
    const article = makeArticle('<p>Moved <em>away</em>.</p>');
    document.body.append(article.content);
    expect(article.content.hasChildNodes()).toBe(false);
    expect(articleToMarkdown(article)).toContain('Moved _away_.');
  });

  it('makes links and images absolute against the article URL', () => {
    const markdown = articleToMarkdown(
      makeArticle('<p><a href="/news/b">Next</a> <img src="img/c.png" alt="C"></p>', {
        url: 'https://example.com/news/a',
      }),
    );
    expect(markdown).toContain('[Next](https://example.com/news/b)');
    expect(markdown).toContain('![C](https://example.com/news/img/c.png)');
  });

  it('fences every code block with more backticks than the code holds', () => {
    const markdown = articleToMarkdown(
      makeArticle('<pre>line one\n  indented</pre><pre><code>a ``` b</code></pre>'),
    );
    expect(markdown).toContain('```\nline one\n  indented\n```');
    expect(markdown).toContain('````\na ``` b\n````');
  });

  it('keeps each table row on one line, with the cells’ links and breaks', () => {
    const markdown = articleToMarkdown(
      makeArticle(
        '<table><tr><th>Town</th><th>Note</th></tr><tr><td><a href="https://example.com/t">Fore</a></td><td>a<br>b | c</td></tr></table>',
      ),
    );
    expect(markdown).toContain(
      '| Town | Note |\n| --- | --- |\n| [Fore](https://example.com/t) | a b \\| c |',
    );
  });

  it('writes a caption as one italic line, emphasis inside kept', () => {
    const markdown = articleToMarkdown(
      makeArticle('<figure><figcaption>Line one<br>line <em>two</em></figcaption></figure>'),
    );
    expect(markdown).toContain('\n\n*Line one line _two_*\n');
  });
});

describe('markdownDocument', () => {
  it('is the front matter, a blank line, then the same Markdown', () => {
    const article = makeArticle('<p>Body.</p>');
    const savedAt = new Date('2025-01-02T03:04:05Z');
    const file = markdownDocument(article, { savedAt });
    expect(file).toBe(`${frontMatter(article, { savedAt })}\n${articleToMarkdown(article)}`);
    expect(file.startsWith('---\ntitle: "Harbour board approves tidal barrier"\n')).toBe(true);
    expect(file).toContain('\nsaved: 2025-01-02T03:04:05.000Z\n');
  });
});
