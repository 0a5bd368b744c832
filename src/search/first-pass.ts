import { TopK } from "./topk.js";

/** One alternative's postings as the first pass reads them: paragraph ids, highest impact first. */
export interface PostingRun {
  docs: Int32Array;
  impacts: Uint8Array;
  /** What one unit of impact adds to a paragraph's score. */
  weight: number;
}

/**
 * Relative slack on every bound the pass prunes by: far above the rounding of a sum of a few
 * hundred terms, so that a paragraph whose exact score ties or beats the k-th is never left out.
 */
const SLACK = 1e-9;

/**
 * The first pass's scoring: the k paragraphs with the highest sum, over the runs in the order
 * given, of weight × impact (of equal sums the lower id). Exactly what adding up every posting
 * gives, without doing that: runs are read highest bound (weight × first impact) first, and once
 * a posting's bound plus the bounds of the runs still to read falls below a score k paragraphs
 * are sure to reach, no new paragraph is taken up (MaxScore over impact-ordered lists); the rest
 * of the run only adds to the paragraphs already taken up, found in a bitmap rather than in the
 * scores. The scores of those that can still be among the k are then summed again in the given
 * order, so equal sums and rounding come out as a plain sum's.
 */
export class FirstPass {
  private readonly scores: Float64Array;
  private readonly touched: Int32Array;
  /** One bit per paragraph: taken up (while reading), then kept for the exact sums. */
  private readonly marks: Uint32Array;

  /** Scratch for paragraph ids below `size`: every score and mark is back to 0 once `best` returns. */
  constructor(readonly size: number) {
    this.scores = new Float64Array(size);
    this.touched = new Int32Array(size);
    this.marks = new Uint32Array((size >>> 5) + 1);
  }

  /** The k best paragraphs, best first, leaving out those `chrome` marks 1. */
  best(runs: readonly PostingRun[], k: number, chrome: Uint8Array | null): number[] {
    if (k <= 0) return [];
    const { scores, touched, marks } = this;
    const order = runs.map((_, i) => i);
    const bound = runs.map((r) => r.weight * (r.impacts[0] ?? 0));
    order.sort((a, b) => (bound[b] as number) - (bound[a] as number) || a - b);
    let rest = order.reduce((s, i) => s + (bound[i] as number), 0);
    // k paragraphs are sure to score at least this: see `raised`.
    let floor = 0;
    let count = 0;
    for (const i of order) {
      const { docs, impacts, weight } = runs[i] as PostingRun;
      rest -= bound[i] as number;
      floor = Math.max(floor, raised(runs[i] as PostingRun, k, chrome));
      const length = docs.length;
      let j = 0;
      let last = -1;
      for (; j < length; j++) {
        const impact = impacts[j] as number;
        if (impact !== last) {
          last = impact;
          if ((weight * impact + rest) * (1 + SLACK) < floor) break;
        }
        const d = docs[j] as number;
        const score = scores[d] as number;
        if (score === 0) {
          if (chrome !== null && chrome[d] === 1) continue;
          touched[count++] = d;
          marks[d >>> 5] = (marks[d >>> 5] as number) | (1 << (d & 31));
        }
        scores[d] = score + weight * impact;
      }
      // No new paragraph can reach the k best from here: only those taken up gain.
      for (; j < length; j++) {
        const d = docs[j] as number;
        if (((marks[d >>> 5] as number) & (1 << (d & 31))) !== 0)
          scores[d] = (scores[d] as number) + weight * (impacts[j] as number);
      }
    }
    // Read in the order given, every paragraph taken up has its plain sum already.
    if (order.every((i, at) => i === at)) return this.top(count, k);
    let cut = 0;
    if (count > k) {
      const top = new TopK(k);
      for (let t = 0; t < count; t++)
        top.push(touched[t] as number, scores[touched[t] as number] as number);
      cut = top.lowest * (1 - SLACK);
    }
    let kept = 0;
    for (let t = 0; t < count; t++) {
      const d = touched[t] as number;
      if ((scores[d] as number) >= cut) touched[kept++] = d;
      else marks[d >>> 5] = (marks[d >>> 5] as number) & ~(1 << (d & 31));
      scores[d] = 0;
    }
    for (const { docs, impacts, weight } of runs)
      for (let j = 0; j < docs.length; j++) {
        const d = docs[j] as number;
        if (((marks[d >>> 5] as number) & (1 << (d & 31))) !== 0)
          scores[d] = (scores[d] as number) + weight * (impacts[j] as number);
      }
    return this.top(kept, k);
  }

  /** The k best of the first `count` paragraphs taken up, clearing their scores and marks. */
  private top(count: number, k: number): number[] {
    const { scores, touched, marks } = this;
    const top = new TopK(k);
    for (let t = 0; t < count; t++) {
      const d = touched[t] as number;
      top.push(d, scores[d] as number);
      scores[d] = 0;
      marks[d >>> 5] = (marks[d >>> 5] as number) & ~(1 << (d & 31));
    }
    return top.sorted();
  }
}

/**
 * The weight times the k-th impact of `run` among paragraphs not left out: k paragraphs score at
 * least that (scores only add up), 0 when the run has fewer.
 */
function raised(run: PostingRun, k: number, chrome: Uint8Array | null): number {
  let seen = 0;
  for (let j = 0; j < run.docs.length; j++) {
    if (chrome !== null && chrome[run.docs[j] as number] === 1) continue;
    if (++seen === k) return run.weight * (run.impacts[j] as number);
  }
  return 0;
}
