// Types of scripts/min-versions.mjs for the unit test that imports it.
export interface Requirement {
  version: number;
  because: string[];
}
export type Requirements = Record<'chrome' | 'firefox' | 'firefox_android', Requirement>;
export const WEB_FEATURES: string[];
export function extensionApis(dir?: string): string[];
export function manifestKeys(manifest: object): string[];
export function requiredVersions(paths: string[]): Requirements;
export function clearpageRequirements(): Requirements;
