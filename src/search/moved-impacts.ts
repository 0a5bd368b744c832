import { type Impacts, impactOf, MAX_TF, type SearchIndexOptions } from "./build.js";

/** Paragraph lengths `Moved` tells impacts apart for; longer paragraphs have their length read. */
const MOVED_LENGTHS = 512;

/** Current impacts by (term frequency, stored impact) of a part, at 256 × tf + stored, 0 where the length decides; rows filled on first use (`made`). */
export interface Moved {
  table: Uint8Array;
  made: Uint8Array;
}

/** A part's `Moved`, no row filled yet. */
export function noneMoved(): Moved {
  return { table: new Uint8Array((MAX_TF + 1) * 256), made: new Uint8Array(MAX_TF + 1) };
}

/**
 * Fills the row of term frequency `tf` of a part's `moved`: the current impact (`now`) of each
 * stored one (made at the part's average length `storedAvg`) that every paragraph length giving it
 * turns into the same current one; 0 where they differ (the paragraph's length is read). Impacts
 * fall as lengths grow, so lengths from MOVED_LENGTHS up are covered by leaving 0 at every stored
 * impact they can give.
 */
export function move(
  moved: Moved,
  tf: number,
  storedAvg: number,
  now: Impacts,
  options: SearchIndexOptions,
): void {
  const { table } = moved;
  const row = tf * 256;
  const differ = new Uint8Array(256);
  for (let length = 0; length < MOVED_LENGTHS; length++) {
    const was = impactOf(tf, length, storedAvg, options);
    const current = now.of(tf, length);
    if (differ[was] === 1) continue;
    const known = table[row + was] as number;
    if (known === 0) table[row + was] = current;
    else if (known !== current) {
      table[row + was] = 0;
      differ[was] = 1;
    }
  }
  for (let q = impactOf(tf, MOVED_LENGTHS, storedAvg, options); q >= 0; q--) table[row + q] = 0;
  moved.made[tf] = 1;
}

/**
 * The highest impact a posting stored with impact `stored` can have once the average length is
 * `grow` times what it was: a longer average only raises the BM25 weight, by at most that factor.
 */
export function ceiling(stored: number, grow: number): number {
  return grow <= 1 ? stored : Math.min(255, Math.round((stored + 0.5) * grow));
}
