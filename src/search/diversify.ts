import type { AlsoReported, SearchResult } from "./types.js";

/** Tuning of how results from several outlets are mixed and grouped. */
export interface DiversifyOptions {
  /**
   * Each earlier result from the same outlet multiplies a candidate's score by this. Default 0.9
   * (chosen on fold 0, docs/retrieval.md): with `overtakeShare`, another outlet's passage comes
   * before an outlet's second one when it scores over 0.9 of it, so an outlet's own second
   * report of the answer keeps its place before another outlet's weaker paragraph.
   */
  outletDecay: number;
  /**
   * Word overlap (Jaccard) from which two quotes count as the same passage. Default 0.8: wire copy
   * run by two outlets ("the ministry said" / "the Emergency Situations Ministry said") is grouped;
   * each outlet's own wording of the same fact stays a result of its own.
   */
  sameText: number;
  /** Candidates scoring below this share of the best one are left out. Default 0.2. */
  minRelativeScore: number;
  /**
   * A passage comes before a better one through `outletDecay` only when it scores at least this
   * share of the best passage left. Default 0.6: a weak paragraph of an unrelated article from
   * another outlet no longer pushes the one outlet reporting the answer out of the top 5, while
   * another outlet's own report of it, scoring near, still gets its place. 0: `outletDecay` alone.
   */
  overtakeShare: number;
}

export const defaultDiversifyOptions: DiversifyOptions = {
  outletDecay: 0.9,
  sameText: 0.8,
  minRelativeScore: 0.2,
  overtakeShare: 0.6,
};

/** A ranked result with the words of its quote, for comparing passages. */
export interface Candidate {
  result: SearchResult;
  words: ReadonlySet<string>;
}

/**
 * Picks up to `limit` results so that every outlet reporting the answer gets a place: a result's
 * score is discounted for each result already taken from its outlet, among the passages scoring
 * `overtakeShare` of the best one left or more (so the first result is always the best). A near-copy of a taken
 * passage from another outlet is attached to it as `alsoReportedBy`; from the same outlet it is dropped.
 */
export function diversify(
  candidates: readonly Candidate[],
  limit: number,
  options: DiversifyOptions,
): SearchResult[] {
  const top = candidates[0]?.result.score ?? 0;
  const pool = candidates.filter((c) => c.result.score >= options.minRelativeScore * top);
  const taken: Candidate[] = [];
  const perOutlet = new Map<string, number>();
  while (taken.length < limit && pool.length > 0) {
    const floor = options.overtakeShare * Math.max(...pool.map((c) => c.result.score));
    let bestAt = 0;
    let bestValue = -1;
    pool.forEach((c, i) => {
      if (c.result.score < floor) return;
      const value = c.result.score * options.outletDecay ** (perOutlet.get(c.result.outlet) ?? 0);
      if (value > bestValue) {
        bestValue = value;
        bestAt = i;
      }
    });
    const [c] = pool.splice(bestAt, 1) as [Candidate];
    const twin = taken.find((t) => jaccard(t.words, c.words) >= options.sameText);
    if (twin) {
      if (
        twin.result.outlet !== c.result.outlet &&
        !twin.result.alsoReportedBy.some((a) => a.outlet === c.result.outlet)
      )
        twin.result.alsoReportedBy.push(alsoReported(c.result));
      continue;
    }
    taken.push(c);
    perOutlet.set(c.result.outlet, (perOutlet.get(c.result.outlet) ?? 0) + 1);
  }
  return taken.map((t) => t.result);
}

function alsoReported(r: SearchResult): AlsoReported {
  return { outlet: r.outlet, article: r.article, paragraph: r.paragraph, quote: r.quote };
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common);
}
