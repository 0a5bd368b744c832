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
 * given, of weight × impact (of equal sums the lower id), exactly as adding up every posting
 * gives. A first read marks the paragraphs that more than one run holds (few: a question's words
 * seldom meet); only those are summed, in `Taken`, in the order given. Any other paragraph's sum
 * is its one weight × impact, and a run lists them best first, so only its first k can be among
 * the best: the rest of the run is passed over with a look at a bitmap.
 */
export class FirstPass {
  /**
   * Three words per 32 paragraphs: one bit each in the first for held by a run read so far (then
   * for not summed yet), in the second for held by more than one, in the third for page chrome as
   * `chromeOf` marks it. Side by side, a paragraph costs one cache line, not also a byte of the
   * chrome array.
   */
  private readonly marks: Uint32Array;
  private chromeOf: Uint8Array | null = null;
  private readonly taken = new Taken();

  /** Scratch for paragraph ids below `size`: every mark is cleared once `best` returns. */
  constructor(readonly size: number) {
    this.marks = new Uint32Array(3 * ((size >>> 5) + 1));
  }

  /**
   * The k best paragraphs, best first, leaving out those `chrome` marks 1 (an index's own array,
   * never changed: it is read into the chrome bits when it is not the one read last).
   */
  best(runs: readonly PostingRun[], k: number, chrome: Uint8Array | null): number[] {
    if (k <= 0) return [];
    const { marks, taken } = this;
    if (chrome !== null && chrome !== this.chromeOf) this.readChrome(chrome);
    for (const { docs } of runs)
      for (let j = 0; j < docs.length; j++) {
        const d = docs[j] as number;
        const w = (d >>> 5) * 3;
        const bit = 1 << (d & 31);
        const held = marks[w] as number;
        if ((held & bit) !== 0) marks[w + 1] = (marks[w + 1] as number) | bit;
        else if (chrome === null || ((marks[w + 2] as number) & bit) === 0) marks[w] = held | bit;
      }
    const top = new TopK(k);
    for (const { docs, impacts, weight } of runs) {
      let singles = 0;
      // The impact of the run's k-th paragraph of its own: those after it with the same tie.
      let kth = -1;
      for (let j = 0; j < docs.length; j++) {
        const d = docs[j] as number;
        const w = (d >>> 5) * 3;
        const bit = 1 << (d & 31);
        const held = marks[w] as number;
        const impact = impacts[j] as number;
        if (((marks[w + 1] as number) & bit) !== 0) {
          let at: number;
          if ((held & bit) !== 0) {
            marks[w] = held & ~bit;
            at = taken.add(d);
          } else at = taken.at(d);
          taken.sums[at] = (taken.sums[at] as number) + weight * impact;
        } else if ((held & bit) !== 0) {
          marks[w] = held & ~bit;
          if (singles < k || impact === kth) {
            top.push(d, weight * impact);
            if (++singles === k) kth = impact;
          }
        }
      }
    }
    const { docs, sums, count } = taken;
    for (let at = 0; at < count; at++) {
      const d = docs[at] as number;
      top.push(d, sums[at] as number);
      const w = (d >>> 5) * 3 + 1;
      marks[w] = (marks[w] as number) & ~(1 << (d & 31));
    }
    taken.clear();
    return top.sorted();
  }

  /** Reads `chrome` into the chrome bits (once per index: the array is the index's own). */
  private readChrome(chrome: Uint8Array): void {
    const { marks } = this;
    for (let w = 2; w < marks.length; w += 3) marks[w] = 0;
    for (let d = 0; d < chrome.length; d++) {
      const w = (d >>> 5) * 3 + 2;
      if (chrome[d] === 1) marks[w] = (marks[w] as number) | (1 << (d & 31));
    }
    this.chromeOf = chrome;
  }
}
