// js-yaml ships no types; the tests use only `load` (to read front matter back).
declare module 'js-yaml' {
  export function load(text: string, options?: { json?: boolean }): unknown;
}
