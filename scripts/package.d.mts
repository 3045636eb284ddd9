// Types of scripts/package.mjs for the unit test that imports it.
export const STAMP: Date;
export const SOURCE_PATHS: string[];
export function sourceFiles(base?: string, paths?: string[]): string[];
export function packageAll(): Promise<{ chrome: string; firefox: string; source: string }>;
