/**
 * readability-pages as a regression check (issue 8, item 1): every block of Readability's
 * expected.html that Clearpage's text lacks, with the reason. A block is lost when fewer than
 * half of its 4-token shingles (lower-cased) are in Clearpage's text; the reason is the removal
 * record, or the caption, that holds at least half of them — or, when plain Readability on the
 * same parse lacks the block too, the parser ("linkedom"): not Clearpage's doing, and not what
 * a browser would show. Anything else is Clearpage's own loss.
 */
import { shingles, tokenize } from './metric';
import type { RemovalRecord } from './extractors';

export const LOST_BELOW = 0.5;
export type LossReason = string;
/** The reasons that are not Clearpage's own loss besides chrome kinds. */
export const CAPTION = 'caption';
export const PARSER = 'linkedom';
export const OWN_LOSS = 'own loss';

export interface LostBlock {
  text: string;
  /** A chrome kind (with its rule), 'caption', 'linkedom' or 'own loss'. */
  reason: LossReason;
  rule?: string;
}

export interface LossInput {
  blocks: readonly string[];
  clearpage: string;
  removed: readonly RemovalRecord[];
  captions: readonly string[];
  readability: string;
}

function shingleSet(text: string): Set<string> {
  return new Set(shingles(tokenize(text.toLowerCase())));
}

/** The share of the block's shingles found in `within`. */
function coverage(block: readonly string[], within: Set<string>): number {
  if (!block.length) return 1;
  return block.filter((s) => within.has(s)).length / block.length;
}

function reasonFor(
  block: readonly string[],
  input: LossInput,
  sets: Sets,
): LostBlock['reason'] | RemovalRecord {
  let best: RemovalRecord | undefined;
  let bestShare = 0;
  input.removed.forEach((removal, i) => {
    const share = coverage(block, sets.removed[i] ?? new Set());
    if (share > bestShare) [best, bestShare] = [removal, share];
  });
  if (best && bestShare >= LOST_BELOW) return best;
  if (coverage(block, sets.captions) >= LOST_BELOW) return CAPTION;
  if (coverage(block, sets.readability) < LOST_BELOW) return PARSER;
  return OWN_LOSS;
}

interface Sets {
  removed: Set<string>[];
  captions: Set<string>;
  readability: Set<string>;
}

/**
 * A text's 4-token shingles, plus every run of 1–3 tokens: a block shorter than 4 tokens is one
 * short shingle ("Notes:"), which must be found inside the longer text too.
 */
function withShortRuns(text: string): Set<string> {
  const tokens = tokenize(text.toLowerCase());
  const set = new Set(shingles(tokens));
  for (let n = 1; n < 4; n++) {
    for (let i = 0; i + n <= tokens.length; i++) set.add(tokens.slice(i, i + n).join(' '));
  }
  return set;
}

export function lostBlocks(input: LossInput): LostBlock[] {
  const kept = withShortRuns(input.clearpage);
  const sets: Sets = {
    removed: input.removed.map((r) => withShortRuns(r.text)),
    captions: withShortRuns(input.captions.join('\n')),
    readability: withShortRuns(input.readability),
  };
  const lost: LostBlock[] = [];
  for (const text of input.blocks) {
    const block = [...shingleSet(text)];
    if (!block.length || coverage(block, kept) >= LOST_BELOW) continue;
    const why = reasonFor(block, input, sets);
    lost.push(
      typeof why === 'string' ? { text, reason: why } : { text, reason: why.kind, rule: why.rule },
    );
  }
  return lost;
}

/** True for reasons that are Clearpage's own losses (the gate's bar: none). */
export function isOwnLoss(block: LostBlock): boolean {
  return block.reason === OWN_LOSS;
}
