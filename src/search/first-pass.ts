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

/** Slots a table has at the start of each question (a power of two); it doubles when half full. */
const FIRST_SLOTS = 1 << 11;

/** Empty slot: paragraph ids are never negative. */
const EMPTY = -1;

/**
 * The paragraphs a question takes up, in the order taken (`docs`, with their `sums`), found by id
 * through a hash table (open addressing, linear probing) of as many slots as they need: a few
 * thousand, where a score per paragraph of the corpus spread them over tens of MB, read at
 * random. Its arrays are kept from one question to the next.
 */
class Taken {
  /** Slot s holds paragraph slots[2s] (EMPTY when free), taken at position slots[2s + 1]. */
  private slots = new Int32Array(2 * FIRST_SLOTS).fill(EMPTY);
  private mask = FIRST_SLOTS - 1;
  private shift = 32 - Math.log2(FIRST_SLOTS);
  docs = new Int32Array(FIRST_SLOTS >> 1);
  sums = new Float64Array(FIRST_SLOTS >> 1);
  count = 0;

  /** Where `d`, which was taken, was taken. */
  at(d: number): number {
    const { slots, mask } = this;
    let s = Math.imul(d, 0x9e3779b1) >>> this.shift;
    while (slots[2 * s] !== d) s = (s + 1) & mask;
    return slots[2 * s + 1] as number;
  }

  /** Takes `d`, not taken yet, with a sum of 0; where it was taken. */
  add(d: number): number {
    const at = this.count;
    if (2 * (at + 1) > this.mask + 1) this.resize(2 * (this.mask + 1));
    this.docs[at] = d;
    this.sums[at] = 0;
    this.put(d, at);
    this.count = at + 1;
    return at;
  }

  /** Lets every paragraph go; the next question starts with FIRST_SLOTS slots again. */
  clear(): void {
    // Slots past the table's are never written: they are free already.
    this.slots.fill(EMPTY, 0, 2 * (this.mask + 1));
    this.mask = FIRST_SLOTS - 1;
    this.shift = 32 - Math.log2(FIRST_SLOTS);
    this.count = 0;
  }

  private put(d: number, at: number): void {
    const { slots, mask } = this;
    let s = Math.imul(d, 0x9e3779b1) >>> this.shift;
    while (slots[2 * s] !== EMPTY) s = (s + 1) & mask;
    slots[2 * s] = d;
    slots[2 * s + 1] = at;
  }

  /** `size` slots (a power of two, more than now), every paragraph taken put in again. */
  private resize(size: number): void {
    if (this.slots.length < 2 * size) {
      this.slots = new Int32Array(2 * size).fill(EMPTY);
      const docs = new Int32Array(size >> 1);
      docs.set(this.docs);
      this.docs = docs;
      const sums = new Float64Array(size >> 1);
      sums.set(this.sums);
      this.sums = sums;
    } else this.slots.fill(EMPTY, 0, 2 * (this.mask + 1));
    this.mask = size - 1;
    this.shift = 32 - Math.log2(size);
    for (let at = 0; at < this.count; at++) this.put(this.docs[at] as number, at);
  }
}

/**
 * The first pass's scoring: the k paragraphs with the highest sum, over the runs in the order
 * given, of weight × impact (of equal sums the lower id). Exactly what adding up every posting
 * gives, without doing that: runs are read highest bound (weight × first impact) first, and once
 * a posting's bound plus the bounds of the runs still to read falls below a score k paragraphs
 * are sure to reach, no new paragraph is taken up (MaxScore over impact-ordered lists); the rest
 * of the run only adds to the paragraphs already taken up, told apart by a bitmap and their sums
 * found in `Taken`. The scores of those that can still be among the k are then summed again in
 * the given order, so equal sums and rounding come out as a plain sum's.
 */
export class FirstPass {
  /**
   * Two words per 32 paragraphs: one bit each in the first for taken up (while reading), then
   * kept for the exact sums; in the second for page chrome as `chromeOf` marks it. Side by side,
   * a paragraph met for the first time costs one cache line, not also a byte of the chrome array.
   */
  private readonly marks: Uint32Array;
  private chromeOf: Uint8Array | null = null;
  private readonly taken = new Taken();
  /** Those summed again: the few that can still be among the k. */
  private readonly kept = new Taken();

  /** Scratch for paragraph ids below `size`: every paragraph taken up is let go once `best` returns. */
  constructor(readonly size: number) {
    this.marks = new Uint32Array(2 * ((size >>> 5) + 1));
  }

  /**
   * The k best paragraphs, best first, leaving out those `chrome` marks 1 (an index's own array,
   * never changed: it is read into the chrome bits when it is not the one read last).
   */
  best(runs: readonly PostingRun[], k: number, chrome: Uint8Array | null): number[] {
    if (k <= 0) return [];
    const { marks, taken } = this;
    if (chrome !== null && chrome !== this.chromeOf) this.readChrome(chrome);
    const order = runs.map((_, i) => i);
    const bound = runs.map((r) => r.weight * (r.impacts[0] ?? 0));
    order.sort((a, b) => (bound[b] as number) - (bound[a] as number) || a - b);
    let rest = order.reduce((s, i) => s + (bound[i] as number), 0);
    // k paragraphs are sure to score at least this: see `raised`.
    let floor = 0;
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
        const w = (d >>> 5) << 1;
        const bit = 1 << (d & 31);
        let at: number;
        if (((marks[w] as number) & bit) !== 0) at = taken.at(d);
        else {
          if (chrome !== null && ((marks[w + 1] as number) & bit) !== 0) continue;
          marks[w] = (marks[w] as number) | bit;
          at = taken.add(d);
        }
        taken.sums[at] = (taken.sums[at] as number) + weight * impact;
      }
      // No new paragraph can reach the k best from here: only those taken up gain.
      for (; j < length; j++) {
        const d = docs[j] as number;
        if (((marks[(d >>> 5) << 1] as number) & (1 << (d & 31))) !== 0) {
          const at = taken.at(d);
          taken.sums[at] = (taken.sums[at] as number) + weight * (impacts[j] as number);
        }
      }
    }
    // Read in the order given, every paragraph taken up has its plain sum already.
    if (order.every((i, at) => i === at)) return this.top(taken, k);
    const { docs, sums, count } = taken;
    let cut = 0;
    if (count > k) {
      const top = new TopK(k);
      for (let at = 0; at < count; at++) top.push(docs[at] as number, sums[at] as number);
      cut = top.lowest * (1 - SLACK);
    }
    const { kept } = this;
    for (let at = 0; at < count; at++) {
      const d = docs[at] as number;
      if ((sums[at] as number) >= cut) kept.add(d);
      else {
        const w = (d >>> 5) << 1;
        marks[w] = (marks[w] as number) & ~(1 << (d & 31));
      }
    }
    taken.clear();
    for (const { docs, impacts, weight } of runs)
      for (let j = 0; j < docs.length; j++) {
        const d = docs[j] as number;
        if (((marks[(d >>> 5) << 1] as number) & (1 << (d & 31))) !== 0) {
          const at = kept.at(d);
          kept.sums[at] = (kept.sums[at] as number) + weight * (impacts[j] as number);
        }
      }
    return this.top(kept, k);
  }

  /** The k best of the paragraphs `table` took, clearing it and their marks. */
  private top(table: Taken, k: number): number[] {
    const { marks } = this;
    const { docs, sums, count } = table;
    const top = new TopK(k);
    for (let at = 0; at < count; at++) {
      const d = docs[at] as number;
      top.push(d, sums[at] as number);
      const w = (d >>> 5) << 1;
      marks[w] = (marks[w] as number) & ~(1 << (d & 31));
    }
    table.clear();
    return top.sorted();
  }

  /** Reads `chrome` into the chrome bits (once per index: the array is the index's own). */
  private readChrome(chrome: Uint8Array): void {
    const { marks } = this;
    for (let w = 1; w < marks.length; w += 2) marks[w] = 0;
    for (let d = 0; d < chrome.length; d++) {
      const w = ((d >>> 5) << 1) + 1;
      if (chrome[d] === 1) marks[w] = (marks[w] as number) | (1 << (d & 31));
    }
    this.chromeOf = chrome;
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
