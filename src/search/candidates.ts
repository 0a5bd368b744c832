import type { Article } from "../corpus/types.js";
import { rankFactor } from "./alternatives.js";
import type { FirstPass, PostingRun } from "./first-pass.js";
import type { PostingList } from "./posting-list.js";
import type { ParsedQuery } from "./query.js";
import type { RankOptions } from "./rank-options.js";
import type { SegmentView } from "./segment-view.js";

/**
 * First pass: BM25 over every alternative of every word, best paragraphs first, scored in `pass`;
 * `copies` holds postings read out of `view` (cleared first). Only paragraphs of the `allowed`
 * outlets when given.
 */
export function candidates(
  view: SegmentView,
  pass: FirstPass,
  copies: PostingList,
  rank: Pick<RankOptions, "candidates" | "maxPostings" | "informativeWeight">,
  parsed: ParsedQuery,
  allowed: ReadonlySet<string> | null,
): number[] {
  const scale = ((view.parts[0]?.segment.state.options.k1 ?? 0) + 1) / 255;
  const { maxPostings, informativeWeight } = rank;
  copies.cleared();
  // The index's own arrays when it can lend them (page chrome is left out as they are read);
  // else the postings, without page chrome and other outlets' paragraphs, copied out.
  let chrome: Uint8Array | null = null;
  const read: Array<PostingRun | { from: number; to: number; weight: number }> = [];
  const keep = (d: number, impact: number, mark: number, article: Article | null) => {
    if (mark !== 1 && (allowed === null || allowed.has((article as Article).outlet)))
      copies.push(d, impact, 0);
  };
  for (const group of parsed.groups) {
    const budget = maxPostings * Math.min(1, group.weight / informativeWeight);
    for (const alt of group.alternatives) {
      const factor = rankFactor(alt);
      const weight = group.weight * factor * scale;
      // A weaker alternative (synonym, typo) or a commoner word reads fewer of its best postings.
      const limit = Math.ceil(budget * factor);
      const stored = allowed === null ? view.storedPostings(alt.term, limit) : null;
      if (stored) {
        chrome = stored.chrome;
        read.push({ docs: stored.docs, impacts: stored.impacts, weight });
        continue;
      }
      const from = copies.length;
      if (allowed !== null) view.postings(alt.term, limit, keep, true);
      else {
        const { gids, impacts, chromes, length } = view.livePostings(alt.term, limit);
        for (let k = 0; k < length; k++)
          if (chromes[k] !== 1) copies.push(gids[k] as number, impacts[k] as number, 0);
      }
      read.push({ from, to: copies.length, weight });
    }
  }
  // Copies are viewed once all are made: the buffers may have grown meanwhile.
  const runs = read.map((r) =>
    "docs" in r
      ? r
      : {
          docs: copies.gids.subarray(r.from, r.to),
          impacts: copies.impacts.subarray(r.from, r.to),
          weight: r.weight,
        },
  );
  return pass.best(runs, rank.candidates, chrome);
}
