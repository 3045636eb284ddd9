// Types of scripts/png.mjs for the unit test that imports it.
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer;
