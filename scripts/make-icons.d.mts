// Types of scripts/make-icons.mjs for the unit test that imports it.
export const TILE: number[];
export const RIM: number[];
export const SIZES: number[];
export function artworkShare(size: number): number;
export function iconPixels(size: number): Uint8Array;
export function promoPixels(width?: number, height?: number): Uint8Array;
