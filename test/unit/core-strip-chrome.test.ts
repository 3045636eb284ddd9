// Each chrome rule on a snippet it must change and on one it must leave alone. Snippets sit
// between paragraphs of prose, as Readability's output would have them.
import { describe, expect, it } from 'vitest';
import { articleText } from '../../src/core/text/article-text';
import { looksLikeByline } from '../../src/core/strip/rules/ui';
import { stripChrome, type ChromeHints } from '../../src/core/strip/strip-chrome';

const PROSE = [
  'The river rose by two metres overnight, and by morning the lower streets of the town were under water that reached the windowsills of the terraces.',
  'Volunteers from the rowing club ferried residents to the school hall, where the council had opened an emergency shelter with blankets and hot food.',
  'Engineers will inspect the bridge on Monday before deciding whether it can reopen to traffic, a spokesperson for the highways department said.',
];
const P = (i: number) => `<p>${PROSE[i]}</p>`;

function strip(html: string, hints?: ChromeHints) {
  const root = document.createElement('div');
  root.innerHTML = html;
  const removed = stripChrome(root, hints);
  return { removed, text: articleText(root), root };
}

/** The snippet in the middle of the body: removed, with the kind given. */
function expectRemoved(snippet: string, kind: string, hints?: ChromeHints) {
  const { removed, text } = strip(`${P(0)}${P(1)}${snippet}${P(2)}`, hints);
  expect(removed.map((r) => r.kind)).toContain(kind);
  expect(text).toBe(PROSE.join('\n\n'));
}

/** The snippet at the end of the body (after the last paragraph). */
function expectRemovedAtEnd(snippet: string, kind: string) {
  const { removed, text } = strip(`${P(0)}${P(1)}${P(2)}${snippet}`);
  expect(removed.map((r) => r.kind)).toContain(kind);
  expect(text).toBe(PROSE.join('\n\n'));
}

function expectKept(snippet: string, where: 'middle' | 'end' = 'middle') {
  const html = where === 'end' ? `${P(0)}${P(1)}${P(2)}${snippet}` : `${P(0)}${snippet}${P(1)}`;
  const { removed, root } = strip(html);
  expect(removed).toEqual([]);
  expect(root.innerHTML).toBe(html);
}

describe('follow-promo', () => {
  it('removes an in-body promo paragraph that points to a platform', () => {
    expectRemoved(
      '<p><strong><em>For the latest headlines, follow our <a href="https://news.google.com/publications/X">Google News channel</a> online or via the app.</em></strong></p>',
      'follow-promo',
    );
    expectRemoved('<p>Follow us on Twitter for live updates.</p>', 'follow-promo');
    expectRemoved('<p>تابعونا على قناة واتساب لمتابعة آخر الأخبار.</p>', 'follow-promo');
    expectRemoved(
      '<div>Follow us <a href="https://x.com/a">X</a> <a href="https://facebook.com/a">Facebook</a></div>',
      'follow-promo',
    );
  });
  it('keeps "follow us" in reported speech and "follow" in a sentence', () => {
    expectKept(
      '<p>“Follow us,” the officer shouted, and the crowd waded after him to the church steps.</p>',
    );
    expectKept(
      '<p>Follow us, the officer shouted at the crowd as the water kept rising behind them.</p>',
    );
    expectKept('<p>Follow the money, says the treasurer, and the closure makes little sense.</p>');
    expectKept(
      '<p>“Follow us on Instagram,” reads a handwritten sign taped to the ticket office.</p>',
    );
  });
});

describe('trending', () => {
  it('removes a "Most read" rail: label and its list of links', () => {
    expectRemoved(
      '<h3>Most read</h3><ol><li><a href="/a">Ferry timetable changes for summer</a></li><li><a href="/b">Cup run ends in penalty heartbreak</a></li></ol>',
      'trending',
    );
    expectRemovedAtEnd('<div><h2>Top Content</h2><span>Trending</span></div>', 'trending');
    expectRemoved(
      '<section><h3>الأكثر قراءة</h3><ul><li><a href="/a">الفريق المحلي يحسم الديربي</a></li><li><a href="/b">أمطار غزيرة متوقعة</a></li></ul></section>',
      'trending',
    );
  });
  it('keeps a sentence about something trending and a subheading that is not a label', () => {
    expectKept(
      '<p>The hashtag was trending for two days after the council announced the closure.</p>',
    );
    expectKept(
      '<h2>Trending</h2><p>Why some stories spread faster than others is still debated.</p>',
    );
    expectKept('<h2>Most popular pool in the county</h2>');
  });
});

describe('related', () => {
  const links =
    '<p><a href="/1">Storm surge floods old town as river breaches quay</a></p><p><a href="/2">Residents count the cost of the worst flooding</a></p>';
  it('removes a "Read more:" label and the links after it', () => {
    expectRemoved(`<p><strong>Read more:</strong></p>${links}`, 'related');
    expectRemoved(
      '<p><strong>Lire aussi :</strong> <a href="/x">Que faire des friches ?</a></p>',
      'related',
    );
    expectRemoved(`<h3>اقرأ أيضاً</h3>${links}`, 'related');
  });
  it('removes class-marked related blocks and teaser lists at the end, whole-word classes only', () => {
    expectRemoved(`<div class="related-posts">${links}</div>`, 'related');
    expectRemovedAtEnd(
      '<ul><li><a href="/a">Council faces budget gap as repair bills mount</a></li><li><a href="/b">Storm damage on the seafront: what we know</a></li><li><a href="/c">Ninety summers: a history of the lido in pictures</a></li></ul>',
      'related',
    );
  });
  it('keeps "read more" in a sentence, a linked sentence and a labelled source list', () => {
    expectKept(
      '<p>Read more about it in the <a href="/r">council report</a>, the leaflet urges.</p>',
    );
    expectKept('<p>Readers can read more about the plan in the report published on Monday.</p>');
    expectKept(
      '<h2>Sources</h2><ul><li><a href="/a">Environment Agency river level data for March</a></li><li><a href="/b">Council flood report, section four</a></li><li><a href="/c">Met Office rainfall records 1990–2024</a></li></ul>',
      'end',
    );
  });
  it('does not treat entry-content-read-more as a read-more class', () => {
    const html = `<div class="entry-content entry-content-read-more">${P(0)}${P(1)}${P(2)}</div>`;
    const { removed, root } = strip(html);
    expect(removed).toEqual([]);
    expect(root.innerHTML).toBe(html);
  });
});

describe('newsletter', () => {
  it('removes a sign-up box and a sign-up call', () => {
    expectRemoved(
      '<aside class="newsletter-signup"><h3>Sign up for the Morning Briefing</h3><p>The essential stories, in your inbox before 7am.</p></aside>',
      'newsletter',
    );
    expectRemoved(
      '<p>Suscríbete a nuestro boletín y recibe cada mañana las noticias.</p>',
      'newsletter',
    );
    expectRemovedAtEnd(
      '<div><h3>النشرة الإخبارية</h3><p>اشترك في النشرة الإخبارية اليومية.</p></div>',
      'newsletter',
    );
  });
  it('keeps sentences about subscribing to a newsletter', () => {
    expectKept(
      '<p>More than 4,000 people subscribe to the campaign’s weekly newsletter, which began as a photocopied sheet.</p>',
    );
    expectKept('<p>Subscribers are asked to bring one question to each meeting.</p>');
  });
});

describe('share and reader controls', () => {
  it('removes share bars and the site’s own reader tools', () => {
    expectRemoved(
      '<div><span>Share on Facebook</span> <span>Share on X</span> <span>Copy link</span></div>',
      'share',
    );
    expectRemoved(
      '<div><a href="https://www.facebook.com/sharer/sharer.php?u=1">Facebook</a> <a href="https://twitter.com/intent/tweet?url=1">Twitter</a></div>',
      'share',
    );
    expectRemoved(
      '<div><span>Enable Read mode</span><span>A-</span><span>100%</span><span>Font Size</span><span>A+</span></div>',
      'reader-controls',
    );
    expectRemoved('<div><span>حجم الخط</span> + -</div>', 'reader-controls');
  });
  it('keeps sentences that use share and font words', () => {
    expectKept('<p>Share prices fell 4% after the closure was announced.</p>');
    expectKept('<p>The font size on the ballot papers was too small for many voters to read.</p>');
    expectKept('<ul><li>Facebook</li><li>TikTok</li><li>X</li></ul>');
  });
});

describe('advertisement', () => {
  it('removes ad labels and empty ad slots', () => {
    expectRemoved('<div class="ad-slot"><span>Advertisement</span></div>', 'advertisement');
    expectRemoved('<div><span>Publicidad</span></div>', 'advertisement');
    expectRemoved('<div id="div-gpt-ad-123-0"></div>', 'advertisement');
  });
  it('keeps a sentence about an advertisement and empty non-ad blocks', () => {
    expectKept('<p>An advertisement for its opening summer still hangs in the café.</p>');
    expectKept('<div class="addendum"></div>');
  });
});

describe('cookie-notice and browser notices', () => {
  it('removes cookie banners and "enable JavaScript" notices', () => {
    expectRemoved(
      '<div role="dialog"><p>We use cookies to improve your experience.</p></div>',
      'cookie-notice',
    );
    expectRemoved('<p>We use cookies to personalise content and ads.</p>', 'cookie-notice');
    expectRemoved('<p>Please enable JavaScript to view the comments.</p>', 'other');
    expectRemovedAtEnd(
      '<p>We noticed that you are using an ad blocker. Our reporting is funded by advertising: please consider turning it off for this site.</p>',
      'other',
    );
  });
  it('keeps a sentence of the story that mentions an ad blocker or JavaScript', () => {
    const html = `${P(0)}<p>Like the other two services, this one comes with a built-in ad blocker, which stopped most pop-ups and video ads in our tests on news sites.</p>${P(1)}<p>Its settings page requires JavaScript, which some privacy-minded readers may turn off in their browser.</p>${P(2)}`;
    const { removed } = strip(html);
    expect(removed).toEqual([]);
  });
  it('keeps a sentence about cookies', () => {
    expectKept('<p>The café uses cookies from the bakery across the road.</p>');
    expectKept(
      '<p>The regulator fined the firm over how its website uses cookies to track visitors.</p>',
    );
  });
});

describe('byline-dateline and navigation above the article', () => {
  it('removes repeated dates, byline, site name and kicker links above the first paragraph', () => {
    const head =
      '<div><a href="/topics/flooding">Coastal flooding</a></div>' +
      '<p>By Maya Okafor</p>' +
      '<div>Published: <time datetime="2024-03-14">14 March 2024</time></div>' +
      '<p>The Northbay Herald</p>';
    const { removed, text } = strip(`${head}${P(0)}${P(1)}`, {
      byline: 'Maya Okafor',
      siteName: 'The Northbay Herald',
    });
    expect(removed.map((r) => r.kind)).toEqual([
      'navigation',
      'byline-dateline',
      'byline-dateline',
      'byline-dateline',
    ]);
    expect(text).toBe(`${PROSE[0]}\n\n${PROSE[1]}`);
  });
  it('keeps a standfirst, a dated sentence and a short line in the middle of the body', () => {
    const head =
      '<p><a href="https://autoracing.example">www.autoracing.example</a></p><p>Engineers say the gates could be closed by 2027.</p><p>Updated guidance on flood defences was issued in 2024.</p>';
    const { removed } = strip(`${head}${P(0)}<p>By Maya Okafor</p>${P(1)}`, {
      byline: 'Maya Okafor',
    });
    expect(removed).toEqual([]);
    expectKept(
      '<p>Updated figures were published on 3 May, showing a rise in claims across the county.</p>',
    );
  });
  it('removes a byline found only in the body, and no sentence that starts like one', () => {
    const { removed } = strip(`<p>Von Jonas Becker</p>${P(0)}${P(1)}`);
    expect(removed).toEqual([
      {
        kind: 'byline-dateline',
        rule: 'dateline',
        reason: 'byline above the article',
        text: 'Von Jonas Becker',
      },
    ]);
    expect(looksLikeByline('By Ana de la Cruz and Li Wei')).toBe(true);
    expect(looksLikeByline('بقلم سارة الحربي')).toBe(true);
    expect(looksLikeByline('By 2030 the port will be closed')).toBe(false);
    expect(looksLikeByline('Von Anfang an war klar')).toBe(false);
    expect(looksLikeByline('By the end of the week.')).toBe(false);
    const { removed: kept } = strip(`<p>By the river, at last.</p>${P(0)}${P(1)}`);
    expect(kept).toEqual([]);
  });
  it('removes breadcrumbs and tag lists', () => {
    expectRemoved('<nav><a href="/">Home</a> › <a href="/news">News</a></nav>', 'navigation');
    expectRemoved(
      '<p>Tags: <a href="/t/iran">Iran</a>, <a href="/t/russia">Russia</a></p>',
      'navigation',
    );
  });
});

describe('safety', () => {
  it('never removes the element holding most of the article, whatever its class', () => {
    const html = `<div class="related share newsletter">${P(0)}${P(1)}${P(2)}</div>`;
    const { removed, root } = strip(html);
    expect(removed).toEqual([]);
    expect(root.innerHTML).toBe(html);
  });
  it('keeps embedded posts and pull quotes (never enters blockquotes)', () => {
    expectKept(
      '<blockquote><p>Follow us on X</p><p><a href="https://x.com/a/status/1">March 3, 2024</a></p></blockquote>',
    );
  });
  it('records each removal with its kind, rule id, reason and text', () => {
    const { removed } = strip(
      `${P(0)}<div class="ad-slot"><span>Advertisement</span></div>${P(1)}`,
    );
    expect(removed).toEqual([
      {
        kind: 'advertisement',
        rule: 'advertisement',
        reason: 'advertisement label',
        text: 'Advertisement',
      },
    ]);
  });
});
