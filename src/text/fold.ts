/** One word of a text, normalised for matching, with where it stands in the original. */
export interface FoldedToken {
  /** Lower case, accents removed, apostrophes, dotted-acronym dots and digit-group commas dropped. */
  word: string;
  /** Character range [start, end) in the original text. */
  start: number;
  end: number;
  /** The original starts with a capital letter (a hint for names and places). */
  capitalized: boolean;
  /** The word is a figure ("84", "1,500", "3.5"). */
  numeric: boolean;
  /**
   * A hyphenated word ("Jalal-Abad") yields its parts and, with this flag, the parts joined
   * ("jalalabad"), so that spellings with and without the hyphen meet.
   */
  joined: boolean;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiAlnum(c);
  return LETTER_OR_DIGIT.test(text[i] as string);
}

/** Whether a char code is an ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** Where the word starting at `start` ends: letters/digits joined by ' - . , where they bind. */
function wordEnd(text: string, start: number): number {
  let i = start;
  for (;;) {
    while (i < text.length && isWordChar(text, i)) i++;
    const c = text.charCodeAt(i);
    if (i + 1 >= text.length || !isWordChar(text, i + 1)) return i;
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1);
    if (isApostrophe(c) || isHyphen(c)) {
      i++;
      continue;
    }
    // "1,500" and "3.5" stay one figure; "U.S." stays one word.
    if ((c === 44 || c === 46) && isDigit(before) && isDigit(after)) {
      i++;
      continue;
    }
    if (c === 46 && i - 1 >= start && isSingleLetterBefore(text, i, start)) {
      i++;
      continue;
    }
    return i;
  }
}

function isSingleLetterBefore(text: string, dot: number, start: number): boolean {
  return dot - 1 === start || text.charCodeAt(dot - 2) === 46;
}

const COMBINING_MARKS = /\p{M}+/gu;

/** Lower case and accents removed; apostrophes, dots and digit commas dropped ("U.S." -> "us"). */
export function foldWord(raw: string): string {
  let w = raw.toLowerCase();
  if (/[^ -~]/.test(w)) w = w.normalize("NFD").replace(COMBINING_MARKS, "");
  w = w.replace(/['\u2019]s$/, "");
  if (/^\d[\d,.]*\d$/.test(w)) return w.replace(/,/g, "").replace(/\.$/, "");
  return w.replace(/['\u2019.,]/g, "");
}

/** Splits text into word tokens; a hyphenated word gives its parts and then the joined form. */
export function foldTokens(text: string): FoldedToken[] {
  const tokens: FoldedToken[] = [];
  scanWords(text, (word, start, end, capitalized, joined) => {
    tokens.push({ word, start, end, capitalized, numeric: isDigit(word.charCodeAt(0)), joined });
  });
  return tokens;
}

/**
 * Callback form of `foldTokens` for indexing large texts without allocating token objects. With
 * `emitPlain`, a plain ASCII word (the vast majority) is reported by position only, unsliced:
 * its folded form is text[start, end) in lower case; `punctuated` when a mark that could have
 * joined it to more (' - . ,) follows it ("said." "Smith,").
 */
export function scanWords(
  text: string,
  emit: (word: string, start: number, end: number, capitalized: boolean, joined: boolean) => void,
  emitPlain?: (start: number, end: number, capitalized: boolean, punctuated: boolean) => void,
): void {
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    // Fast path: a plain ASCII word ends at a character that cannot continue it.
    let upper = false;
    let c = text.charCodeAt(i);
    while (i < text.length && c < 128 && isAsciiAlnum(c)) {
      if (c <= 90 && c >= 65) upper = true;
      c = text.charCodeAt(++i);
    }
    const connector = c < 128 ? CONNECTOR[c] === true : isApostrophe(c) || isHyphen(c);
    // A connector that no letter or digit follows ends the word as well ("said." "Smith,").
    const punctuated = connector && (i + 1 >= text.length || !isWordChar(text, i + 1));
    if (
      i > start &&
      (i >= text.length ||
        punctuated ||
        (c < 128 && !connector) ||
        (c >= 128 && !connector && !isWordChar(text, i)))
    ) {
      if (emitPlain) emitPlain(start, i, isCapital(text, start), punctuated);
      else {
        const raw = text.slice(start, i);
        emit(upper ? raw.toLowerCase() : raw, start, i, isCapital(text, start), false);
      }
      continue;
    }
    i = start;
    const end = wordEnd(text, start);
    const capitalized = isCapital(text, start);
    const raw = text.slice(start, end);
    if (!/[-\u2010\u2011]/.test(raw)) {
      const word = foldWord(raw);
      if (word !== "") emit(word, start, end, capitalized, false);
    } else {
      let joined = "";
      let partStart = start;
      for (const part of raw.split(/[-\u2010\u2011]/)) {
        const word = foldWord(part);
        if (word !== "")
          emit(word, partStart, partStart + part.length, isCapital(text, partStart), false);
        joined += word;
        partStart += part.length + 1;
      }
      if (joined !== "") emit(joined, start, end, capitalized, true);
    }
    i = end;
  }
}

/** ASCII characters that may continue a word: ' - . , (whether they do depends on what follows). */
const CONNECTOR: readonly boolean[] = Array.from(
  { length: 128 },
  (_, c) => c === 39 || c === 45 || c === 46 || c === 44,
);

function isCapital(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text[i] as string;
  return ch !== ch.toLowerCase();
}
