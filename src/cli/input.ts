/** Reading one input: a file or stdin, plain or gzip-compressed, decoded as a browser would. */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { Readable } from 'node:stream';
import { getBOMEncoding, legacyHookDecode } from '@exodus/bytes/encoding.js';
import sniffHtmlEncoding from 'html-encoding-sniffer';

/** The file could not be read or decoded: main reports it on one line and exits 2. */
export class InputError extends Error {}

const GZIP_MAGIC = [0x1f, 0x8b];
async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** Sniffs gzip by its magic bytes, so a compressed page read from stdin works too. */
function gunzipIfNeeded(bytes: Buffer): Buffer {
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) return bytes;
  try {
    return gunzipSync(bytes);
  } catch (error) {
    throw new InputError(`not valid gzip: ${describe(error)}`);
  }
}

/** Does `bytes` hold non-ASCII text that is well-formed UTF-8? (Pure ASCII reads the same anyway.) */
function isUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The encoding a browser would use, by the HTML Standard's sniffing algorithm
 * (`html-encoding-sniffer`: byte-order mark, then `<meta charset>` / `http-equiv` in the first
 * 1024 bytes), with one change the benchmarks ask for: bytes that are valid UTF-8 are read as
 * UTF-8 even when the page declares a single-byte charset (a template's stale declaration), and
 * so is an undeclared page. Only bytes that are not UTF-8 fall back to windows-1252.
 */
export function sniffCharset(bytes: Uint8Array): string {
  const bom = getBOMEncoding(bytes);
  if (bom) return bom;
  if (isUtf8(bytes)) return 'utf-8';
  const sniffed = sniffHtmlEncoding(bytes, { defaultEncoding: 'utf-8' });
  if (sniffed.toLowerCase() !== 'utf-8' || !bytes.some((b) => b >= 0x80))
    return sniffed.toLowerCase();
  // Non-ASCII bytes that are not UTF-8: declared UTF-8 stays UTF-8, undeclared is windows-1252.
  return sniffHtmlEncoding(bytes, { defaultEncoding: 'windows-1252' }).toLowerCase();
}

/** Decodes by `sniffCharset` with the WHATWG decoders (Node's own ICU lacks some legacy ones). */
export function decodeHtml(bytes: Uint8Array): string {
  return legacyHookDecode(bytes, sniffCharset(bytes));
}

/** How far into a file the HTML check looks: a saved page names a tag long before this. */
const CHECK_CHARS = 65_536;
/** A start tag of an element a page's markup has (body-only fragments included). */
const HTML_TAG =
  /<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|main|article|section|header|footer|nav|aside|div|span|p|h[1-6]|a|img|picture|figure|ul|ol|li|table|br|em|strong|b|i|blockquote|pre|code|time)(?=[\s>/])/i;

/**
 * The decoded input is a web page, or an InputError saying what it is instead: binary data (a
 * NUL, or many replacement and control characters, where text has none), or text with no HTML
 * tag (plain text, Markdown). Extracting either would print garbage with exit 0.
 */
export function checkHtml(text: string): void {
  const head = text.slice(0, CHECK_CHARS);
  // eslint-disable-next-line no-control-regex
  const odd = head.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (head.includes('\u0000') || odd > head.length / 20)
    throw new InputError('not HTML: binary data');
  if (!HTML_TAG.test(head))
    throw new InputError('not HTML: no HTML tags (plain text or Markdown?)');
}

/** `-` is stdin; anything else is a path. */
export async function readHtml(file: string, stdin: Readable): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = file === '-' ? await readAll(stdin) : await readFile(file);
  } catch (error) {
    throw new InputError(describe(error));
  }
  const html = decodeHtml(gunzipIfNeeded(bytes));
  checkHtml(html);
  return html;
}
