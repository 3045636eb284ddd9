// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeHtml, sniffCharset } from '../../src/cli/input';

const bytes = (text: string, encoding: BufferEncoding = 'utf8') => Buffer.from(text, encoding);

describe('sniffCharset', () => {
  it('defaults to UTF-8', () => {
    expect(sniffCharset(bytes('<html><p>plain</p>'))).toBe('utf-8');
  });

  it('reads <meta charset> and http-equiv content', () => {
    expect(sniffCharset(bytes('<meta charset="Windows-1252">'))).toBe('windows-1252');
    expect(
      sniffCharset(
        bytes('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'),
      ),
    ).toBe('shift_jis');
  });

  it('lets a byte-order mark win and treats a declared UTF-16 as UTF-8', () => {
    expect(sniffCharset(Buffer.from([0xef, 0xbb, 0xbf, 0x3c]))).toBe('utf-8');
    expect(sniffCharset(Buffer.from([0xff, 0xfe, 0x3c, 0]))).toBe('utf-16le');
    expect(sniffCharset(bytes('<meta charset="utf-16">'))).toBe('utf-8');
  });
});

describe('decodeHtml', () => {
  it('decodes a legacy single-byte page by its declared charset', () => {
    const page = Buffer.concat([
      bytes('<meta charset="windows-1252"><p>caf'),
      Buffer.from([0xe9, 0x93]),
      bytes('</p>'),
    ]);
    expect(decodeHtml(page)).toContain('café“');
  });

  it('reads valid UTF-8 as UTF-8 even under a wrong single-byte declaration', () => {
    const page = bytes('<meta charset="iso-8859-1"><p>Zürich — “quoted”</p>');
    expect(sniffCharset(page)).toBe('utf-8');
    expect(decodeHtml(page)).toContain('<p>Zürich — “quoted”</p>');
  });

  it('reads undeclared bytes that are not UTF-8 as windows-1252, as browsers do', () => {
    const page = Buffer.concat([
      bytes('<p>na'),
      Buffer.from([0xef, 0x76, 0x65, 0x93]),
      bytes('</p>'),
    ]);
    expect(sniffCharset(page)).toBe('windows-1252');
    expect(decodeHtml(page)).toContain('<p>naïve“</p>');
  });

  it('decodes a declared multi-byte legacy charset', () => {
    const page = Buffer.concat([
      bytes('<meta charset="shift_jis"><p>'),
      Buffer.from([0x82, 0xa0]),
      bytes('</p>'),
    ]);
    expect(decodeHtml(page)).toContain('<p>あ</p>');
  });

  it('falls back to UTF-8 for an unknown label and drops the BOM', () => {
    expect(decodeHtml(bytes('<meta charset="no-such-charset"><p>é</p>'))).toContain('<p>é</p>');
    expect(decodeHtml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes('<p>x</p>')]))).toBe(
      '<p>x</p>',
    );
  });
});
