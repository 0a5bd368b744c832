/**
 * Word -> id for indexing without slicing strings: a plain ASCII word is hashed and compared
 * straight from the text it stands in, lower-cased on the fly. A JS Map would need a new string
 * per word, which costs more than the rest of indexing together.
 */
/** Slots of a new table (a power of two). */
const INITIAL_SLOTS = 1 << 10;

export class WordTable {
  // Small at first, doubling as words come: a segment of one added article needs few slots.
  private hashes = new Int32Array(INITIAL_SLOTS);
  private slots = new Int32Array(INITIAL_SLOTS);
  private readonly words: string[] = [];
  private readonly ids: number[] = [];
  /** Per word: articles it occurs in, and the last article counted. */
  private readonly articles: number[] = [];
  private readonly lastArticle: number[] = [];
  private article = 0;

  constructor(private readonly resolve: (word: string) => number) {}

  /** The id of text[start, end) in lower case. */
  idAt(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ lower(text.charCodeAt(i)), 0x01000193);
    const mask = this.slots.length - 1;
    let slot = h & mask;
    for (;;) {
      const entry = this.slots[slot] as number;
      if (entry === 0) break;
      if (this.hashes[slot] === h && this.sameWord(entry - 1, text, start, end))
        return this.seen(entry - 1);
      slot = (slot + 1) & mask;
    }
    return this.insert(text.slice(start, end).toLowerCase(), h, slot);
  }

  /** The id of an already folded word. */
  id(word: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    const mask = this.slots.length - 1;
    let slot = h & mask;
    for (;;) {
      const entry = this.slots[slot] as number;
      if (entry === 0) break;
      if (this.hashes[slot] === h && this.words[entry - 1] === word) return this.seen(entry - 1);
      slot = (slot + 1) & mask;
    }
    return this.insert(word, h, slot);
  }

  /** Words met from now on are counted for the next article. */
  nextArticle(): void {
    this.article++;
  }

  /** Every word seen, with its id (-1 for words that are no term, such as stopwords) and the articles using it. */
  entries(): Array<[string, number, number]> {
    return this.words.map((w, i) => [w, this.ids[i] as number, this.articles[i] as number]);
  }

  private seen(index: number): number {
    if (this.lastArticle[index] !== this.article) {
      this.lastArticle[index] = this.article;
      this.articles[index] = (this.articles[index] as number) + 1;
    }
    return this.ids[index] as number;
  }

  private sameWord(index: number, text: string, start: number, end: number): boolean {
    const word = this.words[index] as string;
    if (word.length !== end - start) return false;
    for (let i = 0; i < word.length; i++)
      if (word.charCodeAt(i) !== lower(text.charCodeAt(start + i))) return false;
    return true;
  }

  private insert(word: string, hash: number, slot: number): number {
    const id = this.resolve(word);
    this.words.push(word);
    this.ids.push(id);
    this.articles.push(1);
    this.lastArticle.push(this.article);
    this.hashes[slot] = hash;
    this.slots[slot] = this.words.length;
    if (this.words.length * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const oldHashes = this.hashes;
    const oldSlots = this.slots;
    this.hashes = new Int32Array(oldSlots.length * 2);
    this.slots = new Int32Array(oldSlots.length * 2);
    const mask = this.slots.length - 1;
    for (let k = 0; k < oldSlots.length; k++) {
      const entry = oldSlots[k] as number;
      if (entry === 0) continue;
      let slot = (oldHashes[k] as number) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = entry;
      this.hashes[slot] = oldHashes[k] as number;
    }
  }
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
