// The clean text format: block by block, never glued, captions out.
import { describe, expect, it } from 'vitest';
import { articleText } from '../../src/core/text/article-text';
import { readingMinutes, wordCount } from '../../src/core/text/reading-time';

function text(html: string): string {
  const root = document.createElement('div');
  root.innerHTML = html;
  return articleText(root);
}

describe('articleText', () => {
  it('separates blocks by one blank line and never glues paragraphs', () => {
    expect(
      text('<p>First ends.</p><p>Next starts.</p><h2>Heading</h2><div>Loose div text</div>'),
    ).toBe('First ends.\n\nNext starts.\n\nHeading\n\nLoose div text');
  });

  it('collapses whitespace inside a block and keeps <br> as a newline', () => {
    expect(text('<p>  Spread \n  over\tlines <em>with</em>&nbsp;inline  </p>')).toBe(
      'Spread over lines with inline',
    );
    expect(text('<p>Line one<br>  Line two <br/>Line three</p>')).toBe(
      'Line one\nLine two\nLine three',
    );
  });

  it('keeps <pre> exactly, indentation included', () => {
    expect(text('<p>Code:</p><pre><code>if (x) {\n  run();\n}\n</code></pre>')).toBe(
      'Code:\n\nif (x) {\n  run();\n}',
    );
  });

  it('writes lists one item a line: "- " for ul, numbers for ol (start kept), nested indented', () => {
    expect(text('<ul><li>Apples</li><li>Pears <b>ripe</b></li></ul>')).toBe(
      '- Apples\n- Pears ripe',
    );
    expect(text('<ol start="3"><li>Three</li><li>Four<ul><li>Sub</li></ul></li></ol>')).toBe(
      '3. Three\n4. Four\n  - Sub',
    );
  });

  it('keeps list text that sits outside the <li> items, on its own line', () => {
    expect(text('<ul>Fruit:<li>Apples</li>loose words<li>Pears</li></ul>')).toBe(
      'Fruit:\n- Apples\nloose words\n- Pears',
    );
  });

  it('removes soft hyphens without splitting the word', () => {
    expect(text('<p>Donau\u00addampf\u00adschiff sails.</p>')).toBe('Donaudampfschiff sails.');
  });

  it('keeps <br> inside <pre> as a newline and the code lines apart', () => {
    expect(text('<pre><code>let a = 1;<br>let b = 2;<br/>  a + b</code></pre>')).toBe(
      'let a = 1;\nlet b = 2;\n  a + b',
    );
  });

  it('trims only the trailing whitespace of a <pre> full of whitespace runs', () => {
    const pre = `<pre>x${' \n'.repeat(50_000)}y${' '.repeat(50_000)}</pre>`;
    expect(text(pre)).toBe(`x${' \n'.repeat(50_000)}y`);
  });

  it('writes data tables as rows of cells joined by a tab, layout tables as blocks', () => {
    expect(
      text(
        '<table><caption>Times</caption><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>',
      ),
    ).toBe('Times\n\nA\tB\n1\t2');
    expect(text('<table><tr><td><p>Para one.</p><p>Para two.</p></td></tr></table>')).toBe(
      'Para one.\n\nPara two.',
    );
  });

  it('leaves out figure captions, credits and marked captions, keeps quotes and definitions', () => {
    expect(
      text(
        '<figure><img src="a.jpg" alt="x"><figcaption>Caption <span>Credit</span></figcaption></figure>' +
          '<p>Body.</p><div data-caption="">Photo: Agency</div>' +
          '<blockquote><p>Quoted.</p></blockquote><dl><dt>Term</dt><dd>Meaning</dd></dl>',
      ),
    ).toBe('Body.\n\nQuoted.\n\nTerm\n\nMeaning');
  });

  it("reads an element that carries the page's own data-embed, and leaves out Clearpage's mark", () => {
    expect(
      text(
        '<p>Before.</p><div data-embed="default"><p>The keeper saved twice in the last minute.</p></div>' +
          '<p data-clearpage-embed=""><a href="https://v.example/1">▶ Highlights</a></p>',
      ),
    ).toBe('Before.\n\nThe keeper saved twice in the last minute.');
  });

  it('skips scripts, styles and SVG text', () => {
    expect(
      text('<p>Kept.</p><script>x()</script><style>p{}</style><svg><text>chart</text></svg>'),
    ).toBe('Kept.');
  });
});

describe('word count and reading time', () => {
  it('counts words, with hyphenated and apostrophe words as one', () => {
    expect(wordCount("It's a Shahed-136 drone, isn't it?")).toBe(6);
    expect(wordCount('')).toBe(0);
  });

  it('counts each Chinese or Japanese character as a word', () => {
    expect(wordCount('北京天气')).toBe(4);
    expect(wordCount('東京 Tokyo')).toBe(3);
    expect(wordCount('مرحبا بالعالم')).toBe(2);
  });

  it('reads ~230 words or ~400 CJK characters a minute, at least one minute', () => {
    expect(readingMinutes('word')).toBe(1);
    expect(readingMinutes('word '.repeat(230 * 4))).toBe(4);
    expect(readingMinutes('字'.repeat(400 * 3))).toBe(3);
  });
});
