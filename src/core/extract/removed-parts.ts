/**
 * What "show removed parts" needs: each removed block's sanitised HTML, and the article with
 * every removed block back where it was, wrapped so the reader can dim it and bring it back.
 *
 * The stripper leaves a `<template data-clearpage-removed="i">` where block `i` was (templates
 * are never text, and the sanitiser drops them, so `content`, `html`, `text` and every export
 * are unchanged). Nothing here runs until the reader asks: the extraction only keeps the
 * detached nodes.
 */
import type { Removal } from '../article';
import { sanitizeArticle } from '../sanitize/sanitize';
import { REMOVED_MARKER, type RemovedPart } from '../strip/strip-chrome';

/** Removal records with `html` computed on first read (non-enumerable: JSON stays as it was). */
export function withHtml(removed: readonly Removal[], parts: readonly RemovedPart[], win: Window) {
  return removed.map((removal, i) => {
    let html: string | undefined;
    const record = { ...removal };
    Object.defineProperty(record, 'html', {
      enumerable: false,
      get: () => (html ??= sanitizedBlock(parts[i]?.nodes ?? [], win)),
    });
    return record as Removal;
  });
}

function sanitizedBlock(nodes: readonly Element[], win: Window): string {
  const first = nodes[0];
  if (!first) return '';
  const holder = first.ownerDocument.createElement('div');
  for (const node of nodes) holder.appendChild(node.cloneNode(true));
  return sanitizeArticle(holder, win).html;
}

/** Per extraction, so a page cannot forge a wrapper by giving its own element this id. */
function nonce(): string {
  return `clearpage-removed-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * The article with each removed block back in place, inside
 * `<div data-clearpage-removed="<index into removed>" data-kind="<kind>">`. `root` is the
 * stripped article with its markers; it is copied, never changed.
 */
export function contentWithRemoved(
  root: Element,
  removed: readonly Removal[],
  parts: readonly RemovedPart[],
  win: Window,
): DocumentFragment {
  const copy = root.cloneNode(true) as Element;
  const id = nonce();
  // One at a time: a block removed late (a whole box) may hold the marker of an earlier one.
  const selector = `template[${REMOVED_MARKER}]`;
  for (let marker = copy.querySelector(selector); marker; marker = copy.querySelector(selector)) {
    const index = Number(marker.getAttribute(REMOVED_MARKER));
    const part = parts[index];
    if (!part) {
      marker.remove();
      continue;
    }
    // The id survives the sanitiser (data attributes do not); it becomes data attributes after.
    const wrapper = copy.ownerDocument.createElement('div');
    wrapper.id = `${id}-${index}`;
    for (const node of part.nodes) wrapper.appendChild(node.cloneNode(true));
    marker.replaceWith(wrapper);
  }
  const { content } = sanitizeArticle(copy, win);
  for (const el of Array.from(content.querySelectorAll(`div[id^="${id}-"]`))) {
    const index = Number(el.id.slice(id.length + 1));
    el.removeAttribute('id');
    el.setAttribute(REMOVED_MARKER, String(index));
    el.setAttribute('data-kind', removed[index]?.kind ?? 'other');
  }
  return content;
}

/** Puts every removed block back at its marker (the truncation guard's undo). */
export function restoreRemoved(parts: readonly RemovedPart[]): void {
  // Last first: a block removed late may hold the marker of an earlier one.
  for (const { nodes, marker } of [...parts].reverse()) marker.replaceWith(...nodes);
}
