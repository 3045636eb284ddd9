/** Whole-word matching of class and id attributes against the hints in chrome-phrases.ts. */
import type { ClassHint } from '../phrases/chrome-phrases';

export interface ClassWords {
  /** Every word of every class and the id: `shareBar__link` → share, bar, link. */
  words: Set<string>;
  /** Whole class names and their BEM parts, `_` read as `-`: `a__read-more` → a, read-more. */
  names: Set<string>;
}

const CAMEL = /([a-z0-9])([A-Z])/g;
const NON_WORD = /[^\p{L}\p{N}]+/u;

export function classWords(el: Element): ClassWords {
  const words = new Set<string>();
  const names = new Set<string>();
  // Attribute nodes, not getAttribute('class'): linkedom builds a classList for the latter.
  const cls = el.getAttributeNode('class')?.value ?? '';
  const raw = `${cls} ${el.getAttributeNode('id')?.value ?? ''}`.trim();
  if (!raw) return { words, names };
  for (const token of raw.split(/\s+/)) {
    for (const word of token.replace(CAMEL, '$1 $2').toLowerCase().split(NON_WORD)) {
      if (word) words.add(word);
    }
    const lower = token.toLowerCase();
    names.add(lower.replace(/_/g, '-'));
    for (const part of lower.split(/__|--/)) if (part) names.add(part.replace(/_/g, '-'));
  }
  return { words, names };
}

export interface CompiledHint {
  words: readonly string[];
  names: readonly string[];
}

export function compileHint(hint: ClassHint): CompiledHint {
  const split = (list: string) => list.split('|').filter(Boolean);
  return { words: split(hint.words), names: split(hint.names) };
}

export function matchesHint(cw: ClassWords, hint: CompiledHint): boolean {
  if (!cw.words.size) return false;
  return hint.words.some((w) => cw.words.has(w)) || hint.names.some((n) => cw.names.has(n));
}
