/** The vocabulary as plain data: one string plus typed arrays, cheap to hand to another thread. */
export interface VocabularyState {
  /** Every term, concatenated in term-id order. */
  text: string;
  /** Term i is text.slice(offsets[i], offsets[i + 1]). */
  offsets: Int32Array;
  /** Open-addressing hash table of term ids + 1 (0 = empty); size a power of two. */
  table: Int32Array;
  /** Term ids grouped by (first letter, length), for typo look-ups; `bucketStart` indexes it. */
  bucketTerms: Int32Array;
  bucketStart: Int32Array;
}

const BUCKET_LETTERS = 128;
const BUCKET_LENGTHS = 32;

function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function bucketOf(first: number, length: number): number {
  return (first & (BUCKET_LETTERS - 1)) * BUCKET_LENGTHS + Math.min(length, BUCKET_LENGTHS - 1);
}

/** Term strings <-> ids without a JS Map, so that it can be rebuilt from state in no time. */
export class Vocabulary {
  private constructor(private readonly s: VocabularyState) {}

  /** Letters of each term as a bit set (`lettersOf`), made a bucket at a time on first look-up by `near`, or ahead by `makeLetters`. */
  #letters: Uint32Array | null = null;
  #lettered: Uint8Array | null = null;

  static fromState(state: VocabularyState): Vocabulary {
    return new Vocabulary(state);
  }

  /** Builds from terms listed in id order. */
  static build(terms: readonly string[]): Vocabulary {
    const offsets = new Int32Array(terms.length + 1);
    let pos = 0;
    terms.forEach((t, i) => {
      offsets[i] = pos;
      pos += t.length;
    });
    offsets[terms.length] = pos;
    let size = 16;
    while (size < terms.length * 2) size *= 2;
    const table = new Int32Array(size);
    terms.forEach((t, id) => {
      let slot = hashOf(t) & (size - 1);
      while (table[slot] !== 0) slot = (slot + 1) & (size - 1);
      table[slot] = id + 1;
    });
    const counts = new Int32Array(BUCKET_LETTERS * BUCKET_LENGTHS + 1);
    for (const t of terms) (counts[bucketOf(t.charCodeAt(0), t.length) + 1] as number)++;
    for (let i = 1; i < counts.length; i++) counts[i] = (counts[i] ?? 0) + (counts[i - 1] ?? 0);
    const bucketStart = counts.slice();
    const fill = counts.slice();
    const bucketTerms = new Int32Array(terms.length);
    terms.forEach((t, id) => {
      const b = bucketOf(t.charCodeAt(0), t.length);
      bucketTerms[fill[b] as number] = id;
      fill[b] = (fill[b] as number) + 1;
    });
    return new Vocabulary({ text: terms.join(""), offsets, table, bucketTerms, bucketStart });
  }

  get state(): VocabularyState {
    return this.s;
  }

  get size(): number {
    return this.s.offsets.length - 1;
  }

  term(id: number): string {
    return this.s.text.slice(this.s.offsets[id], this.s.offsets[id + 1]);
  }

  /** The id of a term, or -1 when the corpus never uses it. */
  id(term: string): number {
    const { table, text, offsets } = this.s;
    const mask = table.length - 1;
    let slot = hashOf(term) & mask;
    for (;;) {
      const entry = table[slot] as number;
      if (entry === 0) return -1;
      const id = entry - 1;
      const start = offsets[id] as number;
      if ((offsets[id + 1] as number) - start === term.length && text.startsWith(term, start))
        return id;
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Terms within `maxEdits` edits (insert, delete, substitute, swap) of `term` that start with
   * the same letter: typos rarely hit the first letter, and this keeps the scan small.
   */
  near(term: string, maxEdits: number): number[] {
    const found: number[] = [];
    const first = term.charCodeAt(0);
    const mine = lettersOf(term, 0, term.length);
    for (let len = Math.max(1, term.length - maxEdits); len <= term.length + maxEdits; len++) {
      const letters = this.lettersOfBucket(first, len);
      for (const id of this.bucket(first, len)) {
        const start = this.s.offsets[id] as number;
        if (this.s.text.charCodeAt(start) !== first) continue;
        // Each letter one word has and the other lacks takes an edit of its own: most terms of
        // the bucket are ruled out without working out their distance.
        const theirs = letters[id] as number;
        if (bitCount(theirs & ~mine) > maxEdits || bitCount(mine & ~theirs) > maxEdits) continue;
        const end = this.s.offsets[id + 1] as number;
        if (editDistance(term, this.s.text, start, end, maxEdits) <= maxEdits) found.push(id);
      }
    }
    return found;
  }

  /**
   * Makes the letter sets of every bucket `near` has not made yet, pausing (yielding) whenever
   * `due()` says so: a caller may make a large vocabulary's ahead, a slice at a time, so that no
   * question's first look-up in a bucket pays for the bucket.
   */
  *makeLetters(due: () => boolean = () => false): Generator<void, void> {
    for (let first = 0; first < BUCKET_LETTERS; first++)
      for (let length = 0; length < BUCKET_LENGTHS; length++) {
        this.lettersOfBucket(first, length);
        if (due()) yield;
      }
  }

  /** The letter sets of the terms, those of the bucket of `first` and `length` made if they were not yet. */
  private lettersOfBucket(first: number, length: number): Uint32Array {
    this.#letters ??= new Uint32Array(this.size);
    this.#lettered ??= new Uint8Array(BUCKET_LETTERS * BUCKET_LENGTHS);
    const b = bucketOf(first, length);
    if (this.#lettered[b] === 0) {
      for (const id of this.bucket(first, length))
        this.#letters[id] = lettersOf(
          this.s.text,
          this.s.offsets[id] as number,
          this.s.offsets[id + 1] as number,
        );
      this.#lettered[b] = 1;
    }
    return this.#letters;
  }

  /** Terms longer than `prefix` that start with it ("gronk" -> "gronkowski"). */
  startingWith(prefix: string): number[] {
    const found: number[] = [];
    for (let len = prefix.length + 1; len < BUCKET_LENGTHS; len++)
      for (const id of this.bucket(prefix.charCodeAt(0), len))
        if (this.s.text.startsWith(prefix, this.s.offsets[id] as number)) found.push(id);
    return found;
  }

  /** Term ids of the bucket of a first letter and a length (the last bucket holds all longer). */
  private bucket(first: number, length: number): Int32Array {
    const b = bucketOf(first, length);
    return this.s.bucketTerms.subarray(
      this.s.bucketStart[b] as number,
      this.s.bucketStart[b + 1] as number,
    );
  }
}

/**
 * The characters of text[start, end) as a set of 32 bits (code unit mod 32): a bit set in one word's
 * set and not the other's stands for at least one character the other lacks.
 */
function lettersOf(text: string, start: number, end: number): number {
  let set = 0;
  for (let i = start; i < end; i++) set |= 1 << (text.charCodeAt(i) & 31);
  return set;
}

/** Bits set in a 32-bit integer. */
function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}

/** Rows reused across calls: a typo look-up compares against thousands of terms. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/** Optimal-string-alignment distance of `a` and text[start, end), stopping early past `max`. */
export function editDistance(
  a: string,
  text: string,
  start: number,
  end: number,
  max: number,
): number {
  const n = end - start;
  if (Math.abs(a.length - n) > max) return max + 1;
  if (rows[0].length <= n)
    rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = text.charCodeAt(start + j - 1);
      let v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (ca === cb ? 0 : 1),
      );
      if (i > 1 && j > 1 && ca === text.charCodeAt(start + j - 2) && a.charCodeAt(i - 2) === cb)
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n] as number;
}
