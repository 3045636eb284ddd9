/**
 * The sentences of a block, and the mark on the one being read (part of chunks/read-aloud.js).
 *
 * The mark is a <mark class="cp-sentence"> around the sentence's text, inside the reader's closed
 * shadow root, taken off again at once. Not the CSS Custom Highlight API: its registry
 * (`CSS.highlights`) belongs to the document and is shared with the page's scripts, so a
 * Highlight there would hand the page a Range into the closed shadow root (seen in Chromium:
 * the page's `CSS.highlights.get(name)` returns the range, and its node's getRootNode() is the
 * reader's root). https://drafts.csswg.org/css-highlight-api-1/#highlight-registry
 */

export const SENTENCE_CLASS = 'cp-sentence';

export interface Sentence {
  /** Where it is in the block's textContent, white space around it left out. */
  start: number;
  end: number;
  /** What is said: its text with its white space collapsed. */
  text: string;
}

function segments(text: string, lang: string | null): { index: number; segment: string }[] {
  if (typeof Intl.Segmenter === 'function') {
    let segmenter: Intl.Segmenter;
    try {
      segmenter = new Intl.Segmenter(lang ?? undefined, { granularity: 'sentence' });
    } catch {
      segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
    return [...segmenter.segment(text)];
  }
  return [...text.matchAll(/[^.!?…。！？؟]+(?:[.!?…。！？؟]+|$)\s*/g)].map((m) => ({
    index: m.index,
    segment: m[0],
  }));
}

/** The block's text cut into sentences (by the article's language), blank ones left out. */
export function sentences(text: string, lang: string | null): Sentence[] {
  return (
    segments(text, lang)
      // The mark covers the sentence, not the space around it.
      .map(({ index, segment }) => ({
        start: index + segment.length - segment.trimStart().length,
        end: index + segment.trimEnd().length,
        text: segment.replace(/\s+/g, ' ').trim(),
      }))
      .filter((s) => s.text !== '')
  );
}

/** Wraps the text of `block` from `start` to `end` in marks; the returned function unwraps it. */
export function markSentence(block: HTMLElement, start: number, end: number): () => void {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const pieces: [Text, number, number][] = [];
  let at = 0;
  for (let node = walker.nextNode(); node && at < end; node = walker.nextNode()) {
    const text = node as Text;
    const from = Math.max(start - at, 0);
    const to = Math.min(end - at, text.length);
    if (from < to) pieces.push([text, from, to]);
    at += text.length;
  }
  // Cut after the walk, so the offsets above are those of the untouched text.
  const marks = pieces.map(([text, from, to]) => {
    if (to < text.length) text.splitText(to);
    const middle = from > 0 ? text.splitText(from) : text;
    const mark = doc.createElement('mark');
    mark.className = SENTENCE_CLASS;
    middle.replaceWith(mark);
    mark.append(middle);
    return mark;
  });
  return () => {
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      mark.replaceWith(...mark.childNodes);
      parent.normalize();
    }
  };
}
