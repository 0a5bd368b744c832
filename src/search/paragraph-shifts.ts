/** Shift marking the paragraphs of removed articles. */
export const REMOVED = -(2 ** 31);

/** Runs of a part's local paragraphs: run i starts at local paragraph cuts[i] and adds shift[i] to reach its global id. */
export interface Shifts {
  cuts: Int32Array;
  shift: Int32Array;
}

/**
 * A part's local paragraphs as runs of consecutive ones whose global id is theirs plus the same
 * shift (REMOVED for those of removed articles): a few runs a part, found by binary search.
 * `articleDocStart`: the part's first local paragraph of each article; `ranks`: each local
 * article's rank in the view, -1 once removed; `docStart`: the view's first global paragraph of
 * each rank.
 */
export function shiftsOf(
  articleDocStart: Int32Array,
  ranks: Int32Array,
  docStart: Int32Array,
): Shifts {
  const cuts: number[] = [];
  const shift: number[] = [];
  for (let a = 0; a < ranks.length; a++) {
    const from = articleDocStart[a] as number;
    if (from === articleDocStart[a + 1]) continue;
    const rank = ranks[a] as number;
    const by = rank < 0 ? REMOVED : (docStart[rank] as number) - from;
    if (by === shift.at(-1)) continue;
    cuts.push(from);
    shift.push(by);
  }
  if (cuts.length === 0) {
    cuts.push(0);
    shift.push(REMOVED);
  }
  return { cuts: Int32Array.from(cuts), shift: Int32Array.from(shift) };
}
