// The rules added for issue 3's worst pages, each on a snippet it must change and one it must
// leave alone. Snippets sit between paragraphs of prose, as Readability's output would have them.
import { describe, expect, it } from 'vitest';
import { articleText } from '../../src/core/text/article-text';
import { stripChrome, type ChromeHints } from '../../src/core/strip/strip-chrome';

const PROSE = [
  'The river rose by two metres overnight, and by morning the lower streets of the town were under water that reached the windowsills of the terraces.',
  'Volunteers from the rowing club ferried residents to the school hall, where the council had opened an emergency shelter with blankets and hot food.',
  'Engineers will inspect the bridge on Monday before deciding whether it can reopen to traffic, a spokesperson for the highways department said.',
];
const P = (i: number) => `<p>${PROSE[i]}</p>`;
const BODY = PROSE.join('\n\n');

function strip(html: string, hints?: ChromeHints) {
  const root = document.createElement('div');
  root.innerHTML = html;
  const removed = stripChrome(root, hints);
  return { removed, text: articleText(root), root };
}

/** `snippet` where `where` says: removed with `kind`, and the body's prose intact. */
function expectRemoved(snippet: string, kind: string, where: 'middle' | 'end' = 'end') {
  const html =
    where === 'end' ? `${P(0)}${P(1)}${P(2)}${snippet}` : `${P(0)}${P(1)}${snippet}${P(2)}`;
  const { removed, text } = strip(html);
  expect(removed.map((r) => r.kind)).toContain(kind);
  expect(text).toBe(BODY);
}

function expectKept(snippet: string, where: 'middle' | 'end' = 'end', hints?: ChromeHints) {
  const html =
    where === 'end' ? `${P(0)}${P(1)}${P(2)}${snippet}` : `${P(0)}${P(1)}${snippet}${P(2)}`;
  const { removed, root } = strip(html, hints);
  expect(removed).toEqual([]);
  expect(root.innerHTML).toBe(html);
}

describe('hover-card', () => {
  const card =
    '<span><a href="/people/ana-ruiz">Ana Ruiz</a> <a href="/s/1">Council backs the new flood barrier plan</a> <a href="/s/2">Ruiz asks for an inquiry into the ferry contract</a> <a href="/people/ana-ruiz">MORE</a></span>';
  it('removes the card inside a sentence and keeps the name and the sentence', () => {
    const { removed, text } = strip(
      `${P(0)}<p>The plan was backed by Rep. <span><a href="/people/ana-ruiz">Ana Ruiz</a>${card}</span> (D-Ore.), who spoke on Monday.</p>${P(1)}`,
    );
    expect(removed.map((r) => r.kind)).toEqual(['hover-card']);
    expect(text).toBe(
      `${PROSE[0]}\n\nThe plan was backed by Rep. Ana Ruiz (D-Ore.), who spoke on Monday.\n\n${PROSE[1]}`,
    );
  });
  it('keeps a sentence that links several stories with words between them', () => {
    expectKept(
      '<p>See <a href="/s/1">the council’s flood barrier plan</a> and <a href="/s/2">the inquiry into the ferry contract</a>, both published <a href="/s/3">on Monday morning</a>.</p>',
      'middle',
    );
  });
});

describe('related: capitals teasers, teaser cards, closing links, empty rails', () => {
  it('removes a linked headline in capitals between paragraphs', () => {
    expectRemoved(
      '<p><strong><a href="/ent/star-quits-show">STAR QUITS SHOW AFTER SECOND WEEK OF FILMING</a></strong></p>',
      'related',
      'middle',
    );
  });
  it('keeps a linked line in capitals that points to the story’s own material', () => {
    expectKept('<p><a href="/results.pdf">CLICK FOR FULL STATE SWIM RESULTS</a></p>', 'middle');
    expectKept('<p><a href="/s/1">Star quits show after second week of filming</a></p>', 'middle');
  });
  const card = (n: number) =>
    `<article><h2><a href="/s/${n}">Teaser headline number ${n} about something else</a></h2><p>A one-line summary of another story that the site would like you to read next, number ${n}.</p></article>`;
  it('removes a grid of teaser cards after the story', () => {
    expectRemoved(`<section>${card(1)}${card(2)}${card(3)}</section>`, 'related');
  });
  it('keeps linked subheads with sections of prose under them', () => {
    const section = (n: number) =>
      `<h2><a href="/s/${n}">Linked subhead number ${n} of this story</a></h2>${P(0)}${P(1)}${P(2)}`;
    const html = `<div>${section(1)}${section(2)}${section(3)}</div>`;
    const { removed } = strip(html);
    expect(removed).toEqual([]);
  });
  it('removes a closing paragraph that is one long link and a box holding only a rail label', () => {
    expectRemoved(
      '<p><a href="/promos/pro">Get access to the fastest growing subscription service for as little as 5 a month</a></p>',
      'related',
    );
    expectRemoved('<div><p><h2>related news</h2></p></div>', 'related', 'middle');
  });
  it('keeps a closing sentence with a link in it and a "Related" subheading over prose', () => {
    expectKept(
      '<p>The full report is on <a href="/r">the council’s website</a>, with maps of every street affected.</p>',
    );
    expectKept(`<h2>Related</h2>${P(0)}`, 'middle');
  });
});

describe('author-bio', () => {
  it('removes a bio line, a contact line and a bio box naming the author', () => {
    expectRemoved('<p>Jane Moss is a reporter for the Northbay Herald.</p>', 'author-bio');
    expectRemoved(
      '<p><i>Have a tip? Jane Moss may be reached at <a href="mailto:j@x.test">j@x.test</a>. Follow her on Twitter <a href="https://twitter.com/x">@jm</a>.</i></p>',
      'author-bio',
    );
    const box =
      '<div class="post-author"><h5><a rel="author" href="/author/jm">Jane</a></h5><p>Jane grew up by the sea and now lives inland with two cats and a boat she never sails.</p></div>';
    const { removed, text } = strip(`${P(0)}${P(1)}${P(2)}${box}`);
    expect(removed.map((r) => r.kind)).toEqual(['author-bio']);
    expect(text).toBe(BODY);
  });
  it('keeps a closing paragraph that quotes what someone does', () => {
    expectKept(
      '<p>Residents were warned again on Tuesday. The river level, which is a reporter’s favourite statistic, kept rising, and the council said it would publish new figures, maps and advice for every street by the end of the week.</p>',
    );
    expectKept(
      '<p>Ms Moss, 41, said she is a writer and had lived by the quay for twenty years.</p>',
      'middle',
    );
  });
});

describe('boilerplate', () => {
  it('removes an "About" section that describes a company, and one after a rule', () => {
    expectRemoved(
      '<h3>About Northwave</h3><p>Northwave is a leading provider of flood sensors, headquartered in Leeds, with offices in 12 countries.</p>',
      'boilerplate',
    );
    expectRemoved(
      '<hr><div><p>Northwave is a global maker of flood sensors. The company is headquartered in Leeds and employs 1,300 people.</p></div>',
      'boilerplate',
    );
  });
  it('keeps an "About" subheading over the story’s own prose, and a company sentence mid-story', () => {
    expectKept(`<h3>About the barrier</h3>${P(0)}`, 'middle');
    expectKept(
      '<p>Northwave, which is headquartered in Leeds and employs 1,300 people, won the contract.</p>',
      'middle',
    );
  });
});

describe('byline-dateline: wire credits', () => {
  it('removes "(Reporting by …; Editing by …)" at the end', () => {
    expectRemoved(
      '<p>(<em>Reporting by Ana Ruiz; Editing by Tom Brown</em>)</p>',
      'byline-dateline',
    );
    expectRemoved('<p>SOURCE: <span>News agencies</span></p>', 'byline-dateline');
  });
  it('keeps a sentence that opens with a source', () => {
    expectKept('<p>Sources close to the council said the vote would be close.</p>');
  });
});

describe('advertisement: disclosures', () => {
  it('removes an affiliate disclosure above the story', () => {
    const { removed, text } = strip(
      `<p><em>This post may contain affiliate links. Please see my <a href="/d">disclosure page</a>.</em></p>${P(0)}${P(1)}`,
    );
    expect(removed.map((r) => r.kind)).toEqual(['advertisement']);
    expect(text).toBe(`${PROSE[0]}\n\n${PROSE[1]}`);
  });
  it('keeps a sentence about affiliate links in the middle of the story', () => {
    expectKept('<p>The regulator said affiliate links must be labelled.</p>', 'middle');
  });
});

describe('newsletter and follow-promo at the edges', () => {
  it('removes a sign-up paragraph at the end and a "Follow X on …" sign-off', () => {
    expectRemoved(
      '<p><strong>There’s plenty more where that came from. Sign up for The Daily Tide to get the free daily newsletter.</strong></p>',
      'newsletter',
    );
    expectRemoved(
      '<p><i>Follow Newsbeat on </i><a href="https://www.instagram.com/x">Instagram</a>, <a href="https://facebook.com/x">Facebook</a>.</p>',
      'follow-promo',
    );
  });
  it('keeps a sentence about a newsletter in the middle and "follow" in prose', () => {
    expectKept('<p>Readers who sign up for the newsletter get the tide tables.</p>', 'middle');
    expectKept('<p>Follow-up checks on Twitter accounts found nothing.</p>', 'middle');
  });
});

describe('other: shortcodes and "click here" promos', () => {
  it('removes an unexpanded shortcode and a "click here" line at the end', () => {
    expectRemoved(
      '<p>[button link=”https://x.test/submit” type=”big”] Send us YOUR review[/button]</p>',
      'other',
      'middle',
    );
    expectRemoved(
      '<p>Get the magazine delivered every month. 12 issues for £11.99. <a href="/sub">Click here</a> for more information.</p>',
      'other',
    );
  });
  it('keeps brackets in prose', () => {
    expectKept('<p>The [sic] in the letter was the council’s own, the clerk said.</p>', 'middle');
  });
});

describe('captions are marked, not removed', () => {
  it('marks a credit line under an image and text beside a figure image', () => {
    const { removed, root, text } = strip(
      `${P(0)}<div><div><img src="a.jpg" alt=""></div><p><span>Crews load sandbags.</span><span> (AP Photo/Ana Ruiz)</span></p></div>${P(1)}<figure><img src="b.jpg" alt=""><span>Image copyright</span> <span>Agency</span></figure>${P(2)}`,
    );
    expect(removed).toEqual([]);
    expect(text).toBe(BODY);
    expect(root.querySelectorAll('[data-caption]').length).toBe(3);
  });
  it('keeps a paragraph after an image that is not a caption', () => {
    expectKept(`<p><img src="a.jpg" alt=""></p>${P(0)}`, 'middle');
  });
});

describe('paywall', () => {
  it('removes a subscriber gate, a "what is left" counter and a gate classed as such', () => {
    expectRemoved(
      '<p>Reserved for subscribers: log in or subscribe to keep reading.</p>',
      'paywall',
    );
    expectRemoved('<p>48 % of this article left</p>', 'paywall', 'middle');
    expectRemoved(
      '<div class="premium-gate"><p>Ce contenu est réservé aux abonnés.</p><p>Déjà abonné ? <a href="/login">Connexion</a></p></div>',
      'paywall',
    );
  });
  it('keeps a sentence about subscribers inside the story', () => {
    expectKept(
      '<p>The paper told readers its subscribers only learned of the sale on Monday, and that free articles left online would stay there.</p>',
      'middle',
    );
  });
});

describe('table-of-contents', () => {
  const toc = (label: string) =>
    `<div>${label}<ul><li><a href="#one">The route</a></li><li><a href="#two">Fares</a></li><li><a href="#three">Works</a></li></ul></div>`;
  it('removes a labelled list of links into the page, in any language', () => {
    expectRemoved(toc('<p>In this article</p>'), 'table-of-contents', 'middle');
    expectRemoved(toc('<p>Inhaltsverzeichnis</p>'), 'table-of-contents', 'middle');
  });
  it('keeps a list of links to other pages, and a labelled list of sources', () => {
    expectKept(
      '<ul><li><a href="https://example.org/report">The full report</a></li><li><a href="https://example.org/data">The data</a></li><li><a href="https://example.org/map">The map</a></li></ul>',
    );
    expectKept(
      '<div><p>Contents of the report</p><ul><li>Chapter one covers the route and the stops along the canal.</li><li>Chapter two covers the fares.</li><li>Chapter three covers the road works.</li></ul></div>',
      'middle',
    );
  });
});

describe('skip links and newsletter boxes judged by their opening call', () => {
  it('removes a "skip past" link into the page', () => {
    expectRemoved(
      '<p><a href="#after">Skip past newsletter promotion</a></p>',
      'navigation',
      'middle',
    );
  });
  it('removes a loose skip link that is a child of the body itself', () => {
    expectRemoved('<a href="#main-content">Skip to main content</a>', 'navigation', 'middle');
  });
  it('keeps a sentence that starts with "skip" and links elsewhere', () => {
    expectKept('<p>Skip the queue: <a href="/tickets">tickets</a> are sold online.</p>', 'middle');
  });
  it('removes a long newsletter box whose first line is the call to sign up, blurbs and all', () => {
    const blurb =
      '<p>Every weekday morning, the stories that matter for getting around the valley, with a short guide to the weather and the roads to avoid before you leave home.</p>';
    expectRemoved(
      `<div><h3>Sign up to our Morning Commute newsletter</h3>${blurb}${blurb}<p><a href="/newsletters">Sign up</a></p></div>`,
      'newsletter',
      'middle',
    );
  });
  it('keeps a section that opens with "sign up" but is not about a newsletter', () => {
    const text =
      '<p>Volunteers can register at the school hall, where the council keeps a list of the jobs that need doing this week and the tools that are available to borrow.</p>';
    expectKept(
      `<div><h3>Sign up to help with the clean-up</h3>${text}${text}${text}<p><a href="/volunteer">Register</a></p></div>`,
      'middle',
    );
  });
});

describe('page widgets: gallery, comments, rights', () => {
  it('removes a gallery counter and a comment counter', () => {
    expectRemoved('<p>Photo 3 of 12 · Next</p>', 'reader-controls', 'middle');
    expectRemoved('<p>Bild 4 von 9 – weiter</p>', 'reader-controls', 'middle');
    expectRemoved('<p>Join the conversation (14)</p>', 'comments');
    expectRemoved('<p>Noter : ★★★★☆ (31 votes)</p>', 'comments');
  });
  it('keeps sentences that use the same words', () => {
    expectKept('<p>Next year the gallery reopens with 3 of its 12 rooms restored.</p>', 'middle');
    expectKept('<p>Comments from residents filled 14 pages of the report.</p>');
  });
  it('removes a rights footer and keeps copyright news', () => {
    expectRemoved('<p>© 2025 Valley Media Ltd. All rights reserved.</p>', 'boilerplate');
    expectKept('<p>Copyright law changed in 2019, when the directive was passed.</p>');
  });
});

describe('threads: quotes of earlier posts', () => {
  // An invented board: three posts, each a div with its poster's line; prose from PROSE.
  const post = (who: string, body: string, extra = '') =>
    `<div class="post"><p class="author">${who} · 3 May 2026</p><div class="content">${body}</div>${extra}</div>`;
  const first = post('ana', `<p>${PROSE[0]}</p><p>${PROSE[1]}</p>`);
  const reply = 'Good news for the cyclists, if the engineers agree.';
  // The posters' lines go as datelines; these tests look at the thread rules only.
  const threadRules = (removed: { kind: string; rule: string }[]) =>
    removed
      .filter((r) => r.rule === 'quoted-post' || r.rule === 'signature')
      .map((r) => [r.kind, r.rule]);

  it('removes a reply’s quote of an earlier post and keeps the reply', () => {
    for (const quote of [
      `<blockquote><cite>ana wrote:</cite>${PROSE[1]}</blockquote>`,
      `<div class="bbquote"><div class="bbquote-title">ana said:</div><div class="bbquote-body">${PROSE[1]}</div><div><a role="button">Show more</a></div></div>`,
    ]) {
      const { removed, text } = strip(
        `${first}${post('ben', `<p>${PROSE[2]}</p>`)}${post('cy', `${quote}<p>${reply}</p>`)}`,
        { thread: true },
      );
      expect(threadRules(removed)).toEqual([['quoted-post', 'quoted-post']]);
      expect(text).toContain(reply);
      expect(text.split(PROSE[1]!).length).toBe(2); // once: in ana's post
    }
  });

  it('keeps a reply that quotes and then answers, and a quote of words not shown before', () => {
    // The block holds the quote and the reply: it is not only a quote.
    const both = post('cy', `<div class="bbquote">${PROSE[1]} <span>${reply}</span></div>`);
    const fresh = post('cy', `<blockquote>${PROSE[2]}</blockquote><p>${reply}</p>`);
    for (const html of [`${first}${both}`, `${first}${fresh}`]) {
      const { removed, text } = strip(html, { thread: true });
      expect(threadRules(removed)).toEqual([]);
      expect(text).toContain(PROSE[1]);
      expect(text).toContain(reply);
    }
  });

  it('keeps an article’s pull quote and repeated lines outside a thread', () => {
    expectKept(`<aside class="pull-quote"><p>${PROSE[0]}</p></aside>`, 'middle');
    expectKept(`<blockquote class="pullquote">${PROSE[1]}</blockquote>`, 'end');
    // Not a thread, not marked as a quote: a repeated block is the article's own.
    expectKept(`<div class="recap"><p>${PROSE[0]}</p></div>`, 'end');
  });
});
