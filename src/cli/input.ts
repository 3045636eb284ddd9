/** Reading one input: a file or stdin, plain or gzip-compressed, decoded by its declared charset. */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { Readable } from 'node:stream';

/** The file could not be read or decoded: main reports it on one line and exits 2. */
export class InputError extends Error {}

const GZIP_MAGIC = [0x1f, 0x8b];
/** Browsers look for `<meta charset>` in the first 1024 bytes; saved pages sometimes push it later. */
const SNIFF_BYTES = 4096;

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

/** The byte-order mark wins, then `<meta charset>` / `http-equiv` content, then UTF-8. */
export function sniffCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1');
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1]?.toLowerCase();
  // A page that declares UTF-16 in ASCII-compatible bytes cannot be UTF-16 (HTML spec, §13.2.3.2).
  return !label || label.startsWith('utf-16') ? 'utf-8' : label;
}

// windows-1252's 0x80–0x9F (WHATWG Encoding); 0x81, 0x8D, 0x8F, 0x90, 0x9D map to themselves.
const CP1252_HIGH =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

/** Node 20.18.3+ decodes windows-1252 as ISO-8859-1, losing curly quotes (nodejs/node#56542, #60888). */
function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function decoderFor(label: string): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch {
    // An unknown label is the page's mistake; UTF-8 is what the web mostly means by then.
    return new TextDecoder('utf-8');
  }
}

export function decodeHtml(bytes: Uint8Array): string {
  const decoder = decoderFor(sniffCharset(bytes));
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
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
