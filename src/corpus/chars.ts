/**
 * Character classes by UTF-16 code, computed once per code and cached: the tokenizer and the
 * sentence splitter run on every character of the corpus, where regular expressions with
 * Unicode classes are too slow.
 */

/** The full stop's code: sentence ends, abbreviations and initials are told apart by what stands around it. */
export const DOT = 46;

/** Double quotation marks' codes: straight, and curly opening and closing. */
export const STRAIGHT_QUOTE = 34;
export const LEFT_QUOTE = 0x201c;
export const RIGHT_QUOTE = 0x201d;

const UNKNOWN = 0;
const UPPER = 1;
const LOWER = 2;
/** Letters without case (CJK, Arabic...) and digits. */
const OTHER_WORD = 3;
const NOT_WORD = 4;

const classes = new Uint8Array(65536);

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  if (/\p{Lu}|\p{Lt}/u.test(ch)) return UPPER;
  if (/\p{Ll}/u.test(ch)) return LOWER;
  if (/[\p{L}\p{N}\p{M}]/u.test(ch)) return OTHER_WORD;
  return NOT_WORD;
}

function classOf(code: number): number {
  let c = classes[code] as number;
  if (c === UNKNOWN) {
    c = classify(code);
    classes[code] = c;
  }
  return c;
}

/** A letter, digit or combining mark. */
export function isWordCode(code: number): boolean {
  if (!(code >= 0)) return false; // NaN: past the end of the text
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return classOf(code) !== NOT_WORD;
}

export function isUpperCode(code: number): boolean {
  if (!(code >= 0)) return false;
  if (code < 128) return code >= 65 && code <= 90;
  return classOf(code) === UPPER;
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Whether `text[from, to)` has at least `min` words (runs of letters, digits and marks, as
 * `wordCount` with `isWordCode` counts them), read no further than the last of them.
 */
export function hasWords(text: string, from: number, to: number, min: number): boolean {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const word = isWordCode(text.charCodeAt(i));
    if (word && !inWord && ++n >= min) return true;
    inWord = word;
  }
  return n >= min;
}

export function isSpaceCode(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0;
}

/**
 * Where the next of a few marks (single characters) is in a text, found by indexOf per mark,
 * which scans far faster than a loop testing every character; each mark's next position is kept
 * until passed, so `next` must be asked with positions that never go back.
 */
export class NextMark {
  /** Per mark, its first position at or after the last `from` asked; the text's length when none. */
  private readonly at: number[];

  constructor(
    private readonly text: string,
    private readonly marks: readonly string[],
  ) {
    this.at = marks.map(() => -1);
  }

  /** The first position at or after `from` holding one of the marks; the text's length when none. */
  next(from: number): number {
    const n = this.text.length;
    let first = n;
    for (let k = 0; k < this.marks.length; k++) {
      let at = this.at[k] as number;
      if (at < from) {
        at = this.text.indexOf(this.marks[k] as string, from);
        if (at === -1) at = n;
        this.at[k] = at;
      }
      if (at < first) first = at;
    }
    return first;
  }
}
