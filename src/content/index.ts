/**
 * Content script, injected into one tab when the reader is asked for (never declared in the
 * manifest). Injected again, it finds the reader it already set up in this isolated world and
 * toggles it instead of building a second one. "Read the selection" leaves its request in
 * `clearpageSource` (a script injected just before, in the same isolated world): then the
 * reader opens on the selection, replacing a reader already open.
 */
import { createReader, type Reader, type ReaderSource } from './reader';

declare global {
  var clearpageReader: Reader | undefined;
  var clearpageSource: ReaderSource | undefined;
}

// An XML or SVG document (a feed, a drawing open in a tab) makes its elements outside the HTML
// namespace, where no shadow root can be attached: there is no reader to show, and the popup
// says why (src/popup/index.ts) instead of this script throwing.
const canHostReader = document.createElement('div') instanceof HTMLElement;

function start(): void {
  const source = globalThis.clearpageSource;
  globalThis.clearpageSource = undefined;

  if (source === 'selection') {
    globalThis.clearpageReader ??= createReader();
    globalThis.clearpageReader.close();
    globalThis.clearpageReader.open('selection');
  } else if (globalThis.clearpageReader) {
    globalThis.clearpageReader.toggle();
  } else {
    globalThis.clearpageReader = createReader();
    globalThis.clearpageReader.open();
  }
}

if (canHostReader) start();
