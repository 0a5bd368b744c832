import { TopK } from "./topk.js";

/** One alternative's postings as the first pass reads them: paragraph ids, highest impact first. */
export interface PostingRun {
  docs: Int32Array;
  impacts: Uint8Array;
  /** What one unit of impact adds to a paragraph's score. */
  weight: number;
}

/** Slots a table has at the start of each question (a power of two); it doubles when half full. */
const FIRST_SLOTS = 1 << 11;

/** Empty slot: paragraph ids are never negative. */
const EMPTY = -1;

/**
 * The paragraphs a question sums (those held by several runs), in the order taken (`docs`, with
 * their `sums`), found by id through a hash table (open addressing, linear probing) of as many
 * slots as they need, where a score per paragraph of the corpus spread them over tens of MB, read
 * at random. Its arrays are kept from one question to the next.
 */
class Taken {
  /** Slot s holds paragraph slots[2s] (EMPTY when free), taken at position slots[2s + 1]. */
  private slots = new Int32Array(2 * FIRST_SLOTS).fill(EMPTY);
  private mask = FIRST_SLOTS - 1;
  private shift = 32 - Math.log2(FIRST_SLOTS);
  docs = new Int32Array(FIRST_SLOTS >> 1);
  sums = new Float64Array(FIRST_SLOTS >> 1);
  count = 0;

  /** Where `d` was taken; taken now, with a sum of 0, if it was not. */
  atOrAdd(d: number): number {
    const { slots, mask } = this;
    let s = Math.imul(d, 0x9e3779b1) >>> this.shift;
    for (let held = slots[2 * s] as number; held !== EMPTY; held = slots[2 * s] as number) {
      if (held === d) return slots[2 * s + 1] as number;
      s = (s + 1) & mask;
    }
    const at = this.count;
    if (2 * (at + 1) > mask + 1) this.resize(2 * (mask + 1));
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
 * given, of weight × impact (of equal sums the lower id), exactly as adding up every posting
 * gives. A first read marks the paragraphs that more than one run holds (few: a question's words
 * seldom meet); only those are summed, in `Taken`, in the order given. Any other paragraph's sum
 * is its one weight × impact, and a run lists them best first, so only its first k can be among
 * the best: the rest of the run is passed over with a look at a bitmap.
 */
export class FirstPass {
  /**
   * Two words per 32 paragraphs, one bit each: in the first, held by a run read so far; in the
   * second, held by more than one. Side by side, a paragraph costs one cache line; page chrome is
   * read in the index's array only for the few that may be among the k.
   */
  private readonly marks: Uint32Array;
  private readonly taken = new Taken();

  /** Scratch for paragraph ids below `size`: every mark is cleared once `best` returns. */
  constructor(readonly size: number) {
    this.marks = new Uint32Array(2 * ((size >>> 5) + 1));
  }

  /** The k best paragraphs, best first, leaving out those `chrome` marks 1. */
  best(runs: readonly PostingRun[], k: number, chrome: Uint8Array | null): number[] {
    if (k <= 0) return [];
    const { marks, taken } = this;
    for (const { docs } of runs)
      for (let j = 0; j < docs.length; j++) {
        const d = docs[j] as number;
        const w = (d >>> 5) << 1;
        const bit = 1 << (d & 31);
        const held = marks[w] as number;
        if ((held & bit) !== 0) marks[w + 1] = (marks[w + 1] as number) | bit;
        else marks[w] = held | bit;
      }
    const top = new TopK(k);
    for (const { docs, impacts, weight } of runs) {
      let singles = 0;
      // The impact of the run's k-th paragraph of its own: those after it with the same tie.
      let kth = -1;
      for (let j = 0; j < docs.length; j++) {
        const d = docs[j] as number;
        const w = (d >>> 5) << 1;
        // Nothing reads the first word from here on: cleared whole as the postings pass.
        marks[w] = 0;
        const impact = impacts[j] as number;
        if (((marks[w + 1] as number) & (1 << (d & 31))) !== 0) {
          const at = taken.atOrAdd(d);
          taken.sums[at] = (taken.sums[at] as number) + weight * impact;
        } else if ((singles < k || impact === kth) && chrome?.[d] !== 1) {
          top.push(d, weight * impact);
          if (++singles === k) kth = impact;
        }
      }
    }
    const { docs, sums, count } = taken;
    for (let at = 0; at < count; at++) {
      const d = docs[at] as number;
      if (chrome?.[d] !== 1) top.push(d, sums[at] as number);
      marks[((d >>> 5) << 1) + 1] = 0;
    }
    taken.clear();
    return top.sorted();
  }
}
