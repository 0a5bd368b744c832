/**
 * Word -> id for indexing without slicing strings: a plain ASCII word is hashed and compared
 * straight from the text it stands in, lower-cased on the fly. A JS Map would need a new string
 * per word, which costs more than the rest of indexing together.
 *
 * Everything a look-up reads sits in one slot of one typed array (hash, id, article counts, where
 * the word's characters are), and the characters in one array in the order words were met, so
 * that a look-up touches a cache line or two: with the word strings, ids and counts in separate
 * arrays, it missed the cache several times a word on a corpus of any size.
 */
/** Slots of a new table (a power of two). */
const INITIAL_SLOTS = 1 << 10;

/** Int32s per slot, and what each holds. */
const STRIDE = 8;
const HASH = 0;
/** Index of the word in `words`, plus one; 0 marks a free slot. */
const ENTRY = 1;
const ID = 2;
/** The last article counted, and articles using the word. */
const LAST_ARTICLE = 3;
const ARTICLES = 4;
/** The word's characters: `chars[CHARS_AT, CHARS_AT + LENGTH)`. */
const CHARS_AT = 5;
const LENGTH = 6;

/** FNV-1a, 32 bits. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

export class WordTable {
  // Small at first, doubling as words come: a segment of one added article needs few slots.
  private slots = new Int32Array(INITIAL_SLOTS * STRIDE);
  private mask = INITIAL_SLOTS - 1;
  private chars = new Uint16Array(INITIAL_SLOTS * 8);
  private charsUsed = 0;
  private readonly words: string[] = [];
  private article = 0;

  constructor(private readonly resolve: (word: string) => number) {}

  /** The id of text[start, end) in lower case. */
  idAt(text: string, start: number, end: number): number {
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) h = Math.imul(h ^ lower(text.charCodeAt(i)), FNV_PRIME);
    const slots = this.slots;
    const length = end - start;
    let slot = h & this.mask;
    for (;;) {
      const at = slot * STRIDE;
      if (slots[at + ENTRY] === 0) break;
      if (slots[at + HASH] === h && slots[at + LENGTH] === length) {
        const chars = this.chars;
        const from = (slots[at + CHARS_AT] as number) - start;
        let i = start;
        while (i < end && chars[from + i] === lower(text.charCodeAt(i))) i++;
        if (i === end) return this.seen(at);
      }
      slot = (slot + 1) & this.mask;
    }
    return this.insert(text.slice(start, end).toLowerCase(), h, slot);
  }

  /** The id of an already folded word. */
  id(word: string): number {
    let h = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
    const slots = this.slots;
    let slot = h & this.mask;
    for (;;) {
      const at = slot * STRIDE;
      if (slots[at + ENTRY] === 0) break;
      if (slots[at + HASH] === h && this.words[(slots[at + ENTRY] as number) - 1] === word)
        return this.seen(at);
      slot = (slot + 1) & this.mask;
    }
    return this.insert(word, h, slot);
  }

  /** Words met from now on are counted for the next article. */
  nextArticle(): void {
    this.article++;
  }

  /** Every word seen, with its id (-1 for words that are no term, such as stopwords) and the articles using it. */
  entries(): Array<[string, number, number]> {
    const out = new Array<[string, number, number]>(this.words.length);
    for (let at = 0; at < this.slots.length; at += STRIDE) {
      const entry = this.slots[at + ENTRY] as number;
      if (entry !== 0)
        out[entry - 1] = [
          this.words[entry - 1] as string,
          this.slots[at + ID] as number,
          this.slots[at + ARTICLES] as number,
        ];
    }
    return out;
  }

  private seen(at: number): number {
    const slots = this.slots;
    if (slots[at + LAST_ARTICLE] !== this.article) {
      slots[at + LAST_ARTICLE] = this.article;
      slots[at + ARTICLES] = (slots[at + ARTICLES] as number) + 1;
    }
    return slots[at + ID] as number;
  }

  private insert(word: string, hash: number, slot: number): number {
    const id = this.resolve(word);
    this.words.push(word);
    if (this.charsUsed + word.length > this.chars.length) {
      const bigger = new Uint16Array(Math.max(this.chars.length * 2, this.charsUsed + word.length));
      bigger.set(this.chars);
      this.chars = bigger;
    }
    for (let i = 0; i < word.length; i++) this.chars[this.charsUsed + i] = word.charCodeAt(i);
    const at = slot * STRIDE;
    this.slots[at + HASH] = hash;
    this.slots[at + ENTRY] = this.words.length;
    this.slots[at + ID] = id;
    this.slots[at + LAST_ARTICLE] = this.article;
    this.slots[at + ARTICLES] = 1;
    this.slots[at + CHARS_AT] = this.charsUsed;
    this.slots[at + LENGTH] = word.length;
    this.charsUsed += word.length;
    if (this.words.length * 2 > this.mask + 1) this.grow();
    return id;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.slots.length / STRIDE - 1;
    for (let from = 0; from < old.length; from += STRIDE) {
      if (old[from + ENTRY] === 0) continue;
      let slot = (old[from + HASH] as number) & this.mask;
      while (this.slots[slot * STRIDE + ENTRY] !== 0) slot = (slot + 1) & this.mask;
      for (let k = 0; k < STRIDE; k++) this.slots[slot * STRIDE + k] = old[from + k] as number;
    }
  }
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
