// One read of what the reader shows, taken inside its shadow root (see inReader). Kept free of
// closures: it is serialised into the page.

export interface ReaderView {
  dialogLabel: string | null;
  /** Everything the article shows before its first body paragraph: title and header line. */
  intro: string;
  /** Text of each paragraph, list item, quote and heading, white space collapsed. */
  blocks: string[];
  /** The reader's rendered text (innerText: only what is displayed). */
  text: string;
  /** Computed font size of the body paragraph that starts with the probe, e.g. "20px". */
  bodyFontSize: string | null;
  hasArticleElement: boolean;
  /** Images in the article: alt text and whether they loaded. */
  images: { alt: string; loaded: boolean }[];
  captions: string[];
}

/** `probe` is the start of the article's first body paragraph. */
export function readerView(root: ShadowRoot, probe: string): ReaderView {
  const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const dialog = root.querySelector('[role="dialog"]');
  const article = root.querySelector('article');
  const paragraphs = [...(article?.querySelectorAll('p') ?? [])];
  const first = paragraphs.find((p) => squash(p.textContent).startsWith(probe));
  let intro = '';
  if (article && first) {
    const range = document.createRange();
    range.setStart(article, 0);
    range.setEndBefore(first);
    intro = squash(range.toString());
  }
  const blocks = [...(article?.querySelectorAll('p, li, blockquote, h1, h2, h3, h4') ?? [])];
  return {
    dialogLabel: dialog?.getAttribute('aria-label') ?? null,
    intro,
    blocks: blocks.map((b) => squash(b.textContent)),
    text: squash(dialog instanceof HTMLElement ? dialog.innerText : dialog?.textContent),
    bodyFontSize: first ? getComputedStyle(first).fontSize : null,
    hasArticleElement: article !== null,
    images: [...(article?.querySelectorAll('img') ?? [])].map((img) => ({
      alt: img.alt,
      loaded: img.complete && img.naturalWidth > 0,
    })),
    captions: [...(article?.querySelectorAll('figcaption') ?? [])].map((c) =>
      squash(c.textContent),
    ),
  };
}
