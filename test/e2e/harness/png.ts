// Just enough PNG reading to check what a screenshot painted at one point.
import { inflateSync } from 'node:zlib';

/** RGB(A) of the first pixel; for the first pixel every PNG row filter is the identity. */
function firstPixel(png: Buffer): number[] {
  let offset = 8;
  let channels = 4;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') channels = body[9] === 2 ? 3 : 4; // colour type 2 = RGB, 6 = RGBA
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  return [...raw.subarray(1, 1 + channels)];
}

export const PNG = { firstPixel };
