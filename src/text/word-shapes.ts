/**
 * The (length, first character) pairs of a fixed set of words: a word whose pair none of them has
 * is none of them, told without cutting it out of its text or hashing it. Most words asked about
 * (each word of a text against a word list, each passage word against a question's) are not in
 * the set. A letter's two cases share a pair (`code & 31`), so a set of folded words serves text
 * as written.
 *
 * @example
 * const shapes = new WordShapes(["minister"]);
 * shapes.mayHold("the Minister said", 4, 12); // true: eight characters from an m
 * shapes.mayHold("the Minister said", 0, 3); // false
 */
export class WordShapes {
  /** Bit `first & 31` of entry n: a word of n characters starting with the code `first` is in the set. */
  private readonly starts: Uint32Array;

  constructor(words: readonly string[]) {
    this.starts = new Uint32Array(words.reduce((n, w) => Math.max(n, w.length), 0) + 1);
    for (const w of words)
      this.starts[w.length] = (this.starts[w.length] as number) | (1 << (w.charCodeAt(0) & 31));
  }

  /** False when `text.slice(start, end)` is surely not in the set; true when it may be. */
  mayHold(text: string, start: number, end: number): boolean {
    const length = end - start;
    if (length >= this.starts.length) return false;
    return (
      length === 0 || ((this.starts[length] as number) & (1 << (text.charCodeAt(start) & 31))) !== 0
    );
  }
}
