/**
 * Content script, injected into one tab when the reader is asked for (never declared in the
 * manifest). Injected again, it finds the reader it already set up in this isolated world and
 * toggles it instead of building a second one.
 */
import { createReader, type Reader } from './reader';

declare global {
  var clearpageReader: Reader | undefined;
}

if (globalThis.clearpageReader) {
  globalThis.clearpageReader.toggle();
} else {
  globalThis.clearpageReader = createReader();
  globalThis.clearpageReader.open();
}
