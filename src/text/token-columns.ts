import { isDigit, scanWords } from "./fold.js";

/** `TokenColumns.flags` bits: the token starts with a capital letter (`FoldedToken.capitalized`). */
export const CAPITALIZED = 1;
/** The token is a figure (`FoldedToken.numeric`). */
export const NUMERIC = 2;
/** The token is a hyphenated word's parts joined (`FoldedToken.joined`). */
export const JOINED = 4;

/**
 * A text's tokens as `foldTokens` gives them, in columns: an array a field, not an object a
 * token. A question reads every word of each of its candidate paragraphs, and a token object a
 * word was much of what it left for the collector.
 */
export class TokenColumns {
  constructor(
    readonly length: number,
    /** Folded words (`FoldedToken.word`). */
    readonly word: readonly string[],
    /** Character ranges [start, end) in the text. */
    readonly start: Int32Array,
    readonly end: Int32Array,
    /** CAPITALIZED | NUMERIC | JOINED. */
    readonly flags: Uint8Array,
  ) {}

  /** These tokens without the joined forms of hyphenated words (themselves, when there are none). */
  plain(): TokenColumns {
    let n = 0;
    for (let i = 0; i < this.length; i++) if (((this.flags[i] as number) & JOINED) === 0) n++;
    if (n === this.length) return this;
    const word: string[] = [];
    const start = new Int32Array(n);
    const end = new Int32Array(n);
    const flags = new Uint8Array(n);
    for (let i = 0; i < this.length; i++) {
      if (((this.flags[i] as number) & JOINED) !== 0) continue;
      start[word.length] = this.start[i] as number;
      end[word.length] = this.end[i] as number;
      flags[word.length] = this.flags[i] as number;
      word.push(this.word[i] as string);
    }
    return new TokenColumns(n, word, start, end, flags);
  }
}

/**
 * What `tokenColumns` fills, module-wide so that its scan makes no closure a text: scratch grown
 * to the most tokens met, copied out at their size.
 */
const filling = {
  length: 0,
  word: [] as string[],
  start: new Int32Array(256),
  end: new Int32Array(256),
  flags: new Uint8Array(256),
};

function fillToken(
  word: string,
  start: number,
  end: number,
  capitalized: boolean,
  joined: boolean,
): void {
  const at = filling.length++;
  if (at === filling.start.length) {
    const grown = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    filling.start = grown(filling.start, new Int32Array(2 * at));
    filling.end = grown(filling.end, new Int32Array(2 * at));
    filling.flags = grown(filling.flags, new Uint8Array(2 * at));
  }
  filling.word[at] = word;
  filling.start[at] = start;
  filling.end[at] = end;
  filling.flags[at] =
    (capitalized ? CAPITALIZED : 0) |
    (isDigit(word.charCodeAt(0)) ? NUMERIC : 0) |
    (joined ? JOINED : 0);
}

/** `foldTokens(text)` in columns. */
export function tokenColumns(text: string): TokenColumns {
  filling.length = 0;
  scanWords(text, fillToken);
  const n = filling.length;
  return new TokenColumns(
    n,
    filling.word.slice(0, n),
    filling.start.slice(0, n),
    filling.end.slice(0, n),
    filling.flags.slice(0, n),
  );
}
