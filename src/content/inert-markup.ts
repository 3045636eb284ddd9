/**
 * The article reaches the reader as markup, never as nodes that were ever the page's (issue 12).
 *
 * A copy of a page node can carry what no sanitiser sees: a closed shadow root that is also
 * clonable (copied by every `cloneNode`/`importNode`, while DOMPurify only reaches roots through
 * `element.shadowRoot`, null for closed ones), a customized built-in made with
 * `createElement('p', { is })` (no `is=` attribute to drop), or, in Chromium, the page's inline
 * handler as a main-world listener. Serialising the sanitised article drops all of these
 * (`innerHTML` writes no shadow root, no is-value, no listener), and parsing the string again
 * with the content script's own DOMParser builds brand-new nodes in a document that has no
 * browsing context: no script, no custom-element registry, no image loads, no declarative shadow
 * DOM (`parseFromString` never attaches `<template shadowrootmode>`).
 */

/** The markup of `fragment`'s children; moves them (a fragment is emptied when it is used). */
export function serializeFragment(fragment: DocumentFragment): string {
  const doc = fragment.ownerDocument;
  const holder = doc.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}

/** `html` as new nodes of an inert document, ready to be inserted into the reader. */
export function parseInert(html: string): DocumentFragment {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const fragment = doc.createDocumentFragment();
  fragment.append(...Array.from(doc.body.childNodes));
  return fragment;
}
