/**
 * Content script, injected into one tab when the reader is asked for (never declared in the
 * manifest). Injected again, it finds the reader it already set up in this isolated world and
 * toggles it instead of building a second one. "Read the selection" leaves its request in the
 * shared `source` slot (a script injected just before, in the same isolated world): then the
 * reader opens on the selection, replacing a reader already open; "Pick the article" leaves
 * 'pick' there, and the page becomes the picker (the reader, if open, gets out of the way). Both live under Symbol keys
 * (world.ts), where no page element's id can shadow them.
 */
import { createReader, type Reader } from './reader';
import { getShared, setShared } from './world';
import { markStage } from '../core/timing';

// An XML or SVG document (a feed, a drawing open in a tab) makes its elements outside the HTML
// namespace, where no shadow root can be attached: there is no reader to show, and the popup
// says why (src/popup/index.ts) instead of this script throwing.
const canHostReader = document.createElement('div') instanceof HTMLElement;

function reader(): Reader {
  let existing = getShared('reader');
  if (!existing) setShared('reader', (existing = createReader()));
  return existing;
}

function start(): void {
  const source = getShared('source');
  setShared('source', undefined);
  const existed = getShared('reader') !== undefined;

  if (source === 'pick') {
    reader().pick();
  } else if (source === 'selection') {
    reader().close();
    reader().open('selection');
  } else if (source === 'auto') {
    // Opening by itself never closes an open reader (open() does nothing then).
    reader().open('auto');
  } else if (existed) {
    reader().toggle();
  } else {
    reader().open();
  }
}

markStage('start');
if (canHostReader) start();
