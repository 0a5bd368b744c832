// Repeated paragraphs, dropped after an article's paragraphs are laid out (paragraphs.ts): pages
// repeat text as pull quotes, teasers and blocks pasted twice, and a repeat would be a second hit
// for the same words in search. Kept apart from the layout, which decides what is text at all.
import { comparable } from "./comparable-text.js";

/**
 * The paragraphs without repeats, each dropped one told in `warnings`: a paragraph repeated word
 * for word is kept once, then one whose text is part of a longer one nearby is dropped (see
 * dropRepeats). `heads` (the subheads above each paragraph) follows: a dropped paragraph's go to
 * the next one kept.
 */
export function dedupe(
  paragraphs: readonly string[],
  heads: string[][],
  warnings: string[],
): string[] {
  // The distinct paragraphs so far, by length: an article's paragraphs are mostly of different
  // lengths, so few are compared and none is hashed whole (a Map of the texts would hash each).
  const byLength = new Map<number, number[]>();
  const distinct: string[] = [];
  const unique = keepOnly(paragraphs, heads, (p) => {
    const same = byLength.get(p.length);
    const earlier = same?.find((d) => distinct[d] === p);
    if (earlier !== undefined) {
      warnings.push(
        `paragraph repeated word for word (first as paragraph ${earlier + 1}); kept once: "${p.slice(0, 60)}…"`,
      );
      return false;
    }
    if (same) same.push(distinct.length);
    else byLength.set(p.length, [distinct.length]);
    distinct.push(p);
    return true;
  });
  return dropRepeats(unique, heads, warnings);
}

/**
 * The paragraphs `keep` accepts, in order (it sees each once, in order); `heads` is rewritten to
 * match, the subheads above a dropped paragraph moving to the next one kept.
 */
function keepOnly(
  paragraphs: readonly string[],
  heads: string[][],
  keep: (p: string, i: number) => boolean,
): string[] {
  const kept: string[] = [];
  const keptHeads: string[][] = [];
  let carried: string[] = [];
  paragraphs.forEach((p, i) => {
    // Most paragraphs have no subhead above them: nothing to copy.
    const above = heads[i];
    if (above !== undefined && above.length > 0)
      carried = carried.length === 0 ? above : [...carried, ...above];
    if (!keep(p, i)) return;
    kept.push(p);
    keptHeads.push(carried);
    carried = [];
  });
  heads.splice(0, heads.length, ...keptHeads);
  return kept;
}

/** How many paragraphs around one are searched for the text it repeats (a pull quote sits near). */
const REPEAT_REACH = 5;
/** Shorter repeats are common phrases, not a repeated paragraph. */
const REPEAT_MIN_CHARS = 30;

/** Drops a paragraph whose whole text is part of a longer one nearby (a pull quote, a teaser). */
function dropRepeats(paragraphs: string[], heads: string[][], warnings: string[]): string[] {
  // A comparable form is never longer than its text: a short text's is short, never compared.
  const keys = paragraphs.map((p) => (p.length < REPEAT_MIN_CHARS ? "" : comparable(p)));
  return keepOnly(paragraphs, heads, (p, i) => {
    const key = keys[i] as string;
    if (key.length < REPEAT_MIN_CHARS) return true;
    const from = Math.max(0, i - REPEAT_REACH);
    const to = Math.min(keys.length, i + REPEAT_REACH + 1);
    for (let j = from; j < to; j++) {
      const other = keys[j] as string;
      if (j !== i && other.length > key.length && other.includes(key)) {
        warnings.push(
          `paragraph ${i + 1} repeats text of paragraph ${j + 1}; dropped: "${p.slice(0, 60)}…"`,
        );
        return false;
      }
    }
    return true;
  });
}
