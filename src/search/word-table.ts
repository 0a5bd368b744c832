/**
 * Word -> id for indexing without slicing strings: a plain ASCII word is hashed and compared
 * straight from the text it stands in, lower-cased on the fly. A JS Map would need a new string
 * per word, which costs more than the rest of indexing together.
 *
 * Everything a look-up reads sits in one slot of one typed array (hash, id, article counts, and a
 * word of up to KEY_CHARS Latin-1 characters itself, a byte each: about three words in four of
 * news text), so that a look-up touches a cache line or two. A word is read from the text once,
 * hashed four characters at a time as its key is packed; the key is compared as two Int32s. Longer
 * words are compared with their characters, kept in one array in the order words were met.
 */
/** Slots of a new table (a power of two). */
const INITIAL_SLOTS = 1 << 10;

/** Int32s per slot (32 bytes, two to a cache line), and what each holds. */
const STRIDE = 8;
const HASH = 0;
/** Index of the word in `words`, plus one; 0 marks a free slot. */
const ENTRY = 1;
const ID = 2;
/** The last article counted, and articles using the word. */
const LAST_ARTICLE = 3;
const ARTICLES = 4;
/** The word's length, or ~length when it has no key: a word is compared only with words of its kind. */
const SHAPE = 5;
/** The key: a word of up to KEY_CHARS characters below 256, four to an Int32, first in the low byte. */
const KEY = 6;
/** A word with no key: its characters are `chars[CHARS_AT, CHARS_AT + its length)`. */
const CHARS_AT = KEY;
const KEY_INTS = STRIDE - KEY;
export const KEY_CHARS = KEY_INTS * 4;

/** A word is hashed four characters at a time (as its key is packed), then mixed (see mix). */
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

export class WordTable {
  // Small at first, doubling as words come: a segment of one added article needs few slots.
  private slots = new Int32Array(INITIAL_SLOTS * STRIDE);
  private mask = INITIAL_SLOTS - 1;
  private chars = new Uint16Array(1 << 10);
  private charsUsed = 0;
  private readonly words: string[] = [];
  private article = 0;
  // The word last looked for: its hash, whether it has a key, and the key.
  private hash = 0;
  private keyed = false;
  private readonly key = new Int32Array(KEY_INTS);

  constructor(private readonly resolve: (word: string) => number) {}

  /** The id of text[start, end) in lower case. */
  idAt(text: string, start: number, end: number): number {
    const at = this.find(text, start, end);
    return at >= 0 ? this.seen(at) : this.insert(text.slice(start, end).toLowerCase(), ~at);
  }

  /** The id of an already folded word (no capital ASCII letters). */
  id(word: string): number {
    const at = this.find(word, 0, word.length);
    return at >= 0 ? this.seen(at) : this.insert(word, ~at);
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

  /**
   * The slot of text[start, end) in lower case, or ~(the free slot it would take); reads the text
   * once, hashing it and, when it is short, writing its key.
   */
  private find(text: string, start: number, end: number): number {
    const length = end - start;
    const key = this.key;
    const short = length <= KEY_CHARS;
    let h = HASH_SEED;
    let codes = 0;
    let packed = 0;
    for (let i = start, n = 0; i < end; i++, n++) {
      const c = lower(text.charCodeAt(i));
      codes |= c;
      packed |= c << ((n & 3) << 3);
      if ((n & 3) === 3) {
        if (short) key[n >> 2] = packed;
        h = Math.imul(h ^ packed, HASH_PRIME);
        packed = 0;
      }
    }
    if ((length & 3) !== 0) {
      if (short) key[length >> 2] = packed;
      h = Math.imul(h ^ packed, HASH_PRIME);
    }
    h = mix(h ^ length);
    if (!short) codes = 256;
    const keyed = codes < 256;
    const shape = keyed ? length : ~length;
    this.hash = h;
    this.keyed = keyed;
    const slots = this.slots;
    let slot = h & this.mask;
    for (;;) {
      const at = slot * STRIDE;
      if (slots[at + ENTRY] === 0) return ~slot;
      if (
        slots[at + HASH] === h &&
        slots[at + SHAPE] === shape &&
        (keyed ? this.keyAt(at, (length + 3) >> 2) : this.charsAt(at, text, start, end))
      )
        return at;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Whether the slot at `at` holds the key find last wrote, `ints` Int32s of it. */
  private keyAt(at: number, ints: number): boolean {
    const slots = this.slots;
    const key = this.key;
    for (let i = 0; i < ints; i++) if (slots[at + KEY + i] !== key[i]) return false;
    return true;
  }

  /** Whether the slot at `at`, of a word with no key, holds text[start, end) in lower case. */
  private charsAt(at: number, text: string, start: number, end: number): boolean {
    const chars = this.chars;
    const from = (this.slots[at + CHARS_AT] as number) - start;
    for (let i = start; i < end; i++)
      if (chars[from + i] !== lower(text.charCodeAt(i))) return false;
    return true;
  }

  private seen(at: number): number {
    const slots = this.slots;
    if (slots[at + LAST_ARTICLE] !== this.article) {
      slots[at + LAST_ARTICLE] = this.article;
      slots[at + ARTICLES] = (slots[at + ARTICLES] as number) + 1;
    }
    return slots[at + ID] as number;
  }

  /** Adds `word`, the word find last looked for, at its free `slot`. */
  private insert(word: string, slot: number): number {
    const id = this.resolve(word);
    this.words.push(word);
    const at = slot * STRIDE;
    const slots = this.slots;
    slots[at + HASH] = this.hash;
    slots[at + ENTRY] = this.words.length;
    slots[at + ID] = id;
    slots[at + LAST_ARTICLE] = this.article;
    slots[at + ARTICLES] = 1;
    slots[at + SHAPE] = this.keyed ? word.length : ~word.length;
    if (this.keyed)
      for (let i = 0; i < (word.length + 3) >> 2; i++) slots[at + KEY + i] = this.key[i] as number;
    else this.keepChars(word, at);
    if (this.words.length * 2 > this.mask + 1) this.grow();
    return id;
  }

  private keepChars(word: string, at: number): void {
    if (this.charsUsed + word.length > this.chars.length) {
      const bigger = new Uint16Array(Math.max(this.chars.length * 2, this.charsUsed + word.length));
      bigger.set(this.chars);
      this.chars = bigger;
    }
    for (let i = 0; i < word.length; i++) this.chars[this.charsUsed + i] = word.charCodeAt(i);
    this.slots[at + CHARS_AT] = this.charsUsed;
    this.charsUsed += word.length;
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

/** MurmurHash3's finalizer: every bit of `h` moves the low bits a slot is chosen by. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
