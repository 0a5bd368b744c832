import type { ParsedQuery, QueryGroup } from "./query.js";

/**
 * The question's words found in the paragraph being scored, one entry a hit, in columns kept from
 * one paragraph to the next: scoring runs for every candidate of every question, and an object a
 * hit was most of what a question left for the collector.
 */
class Hits {
  length = 0;
  group = new Int32Array(64);
  /** Toward coverage. */
  factor = new Float64Array(64);
  /** In ranking (`rankFactor`). */
  rank = new Float64Array(64);
  start = new Int32Array(64);
  end = new Int32Array(64);
  position = new Int32Array(64);
  /** The passage's term that matched; null for a pronoun standing for a name (not highlighted). */
  term: Array<string | null> = [];

  push(
    group: number,
    factor: number,
    rank: number,
    start: number,
    end: number,
    position: number,
    term: string | null,
  ): void {
    const at = this.length;
    if (at === this.group.length) this.grow();
    this.group[at] = group;
    this.factor[at] = factor;
    this.rank[at] = rank;
    this.start[at] = start;
    this.end[at] = end;
    this.position[at] = position;
    this.term[at] = term;
    this.length = at + 1;
  }

  private grow(): void {
    const n = 2 * this.group.length;
    const grown = <T extends Int32Array | Float64Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.group = grown(this.group, new Int32Array(n));
    this.factor = grown(this.factor, new Float64Array(n));
    this.rank = grown(this.rank, new Float64Array(n));
    this.start = grown(this.start, new Int32Array(n));
    this.end = grown(this.end, new Int32Array(n));
    this.position = grown(this.position, new Int32Array(n));
  }
}

/** The paragraph being scored's hits (scorePassage does not run inside itself). */
export const hits = new Hits();

/** Adds a hit of each of `groups` (a term's); whether there was any. */
export function addHits(
  groups: Array<[number, number, number]> | undefined,
  start: number,
  end: number,
  position: number,
  term: string,
): boolean {
  if (!groups) return false;
  for (const [group, factor, rank] of groups)
    hits.push(group, factor, rank, start, end, position, term);
  return true;
}

// cover's scratch, grown to the most groups a question has had.
let coverBest = new Float64Array(16);
let coverMissed = new Float64Array(16);

/**
 * Sum over question groups of weight x best factor found in [start, end), at least `floor` (what
 * the article's context lends). With `credit` (an exponent) a weaker match (a synonym) counts as its factor to that power, e.g. the square
 * root of its factor: it names the same thing. `held`, when given, receives each group's factor.
 */
export function cover(
  query: ParsedQuery,
  start: number,
  end: number,
  floor: Float64Array,
  credit: number | null = null,
  held: Float32Array | null = null,
): number {
  const groups = query.groups.length;
  if (coverBest.length < groups) {
    coverBest = new Float64Array(groups);
    coverMissed = new Float64Array(groups);
  }
  // Scratch kept between calls: cover runs for every window of every candidate.
  const best = coverBest;
  const missed = coverMissed;
  for (let g = 0; g < groups; g++) best[g] = floor[g] as number;
  // Two different related words for one question word ("death toll" for "died") are stronger
  // evidence than either: their factors combine as independent chances (ranking only).
  missed.fill(1, 0, groups);
  for (let k = 0; k < hits.length; k++) {
    if ((hits.start[k] as number) < start || (hits.end[k] as number) > end) continue;
    const group = hits.group[k] as number;
    const f = credit === null ? (hits.rank[k] as number) : (hits.factor[k] as number) ** credit;
    if (f > (best[group] as number)) best[group] = f;
    if (credit !== null || hits.term[k] === null || counted(k, start, end)) continue;
    missed[group] = (missed[group] as number) * (1 - f);
  }
  if (credit === null)
    for (let g = 0; g < groups; g++)
      if (1 - (missed[g] as number) > (best[g] as number)) best[g] = 1 - (missed[g] as number);
  let sum = 0;
  for (let g = 0; g < groups; g++)
    sum += (query.groups[g] as QueryGroup).weight * (best[g] as number);
  held?.set(best.subarray(0, groups));
  return sum;
}

/** Whether a hit before hit k in [start, end) has its group and term: each pair counts once. */
function counted(k: number, start: number, end: number): boolean {
  const group = hits.group[k];
  const term = hits.term[k];
  for (let j = 0; j < k; j++)
    if (
      hits.group[j] === group &&
      hits.term[j] === term &&
      (hits.start[j] as number) >= start &&
      (hits.end[j] as number) <= end
    )
      return true;
  return false;
}

/** Weight of consecutive question words found within three words of each other, in order. */
export function phraseWeight(query: ParsedQuery, start: number, end: number): number {
  let sum = 0;
  for (let g = 0; g + 1 < query.groups.length; g++)
    if (nearNext(g, start, end))
      sum += ((query.groups[g]?.weight ?? 0) + (query.groups[g + 1]?.weight ?? 0)) / 2;
  return sum;
}

/**
 * Whether a hit of group `g` in [start, end) has a hit of group g + 1 ending by `end` one to three
 * words after it.
 */
function nearNext(g: number, start: number, end: number): boolean {
  for (let a = 0; a < hits.length; a++) {
    if (hits.group[a] !== g || (hits.start[a] as number) < start || (hits.end[a] as number) > end)
      continue;
    const at = hits.position[a] as number;
    for (let b = 0; b < hits.length; b++) {
      const after = (hits.position[b] as number) - at;
      if (hits.group[b] === g + 1 && (hits.end[b] as number) <= end && after > 0 && after <= 3)
        return true;
    }
  }
  return false;
}
