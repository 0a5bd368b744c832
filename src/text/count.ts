import { asciiBytes } from "./ascii-bytes.js";

/** "1 article", "3 articles": a count with its noun in the right number (regular plurals). */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** Anything but spaces and control characters. */
const printing = (code: number) => code > 32;

/**
 * Anything but what `\s` matches in a regular expression (ASCII and Unicode spaces, line breaks,
 * the byte-order mark): with wordCount, what `text.split(/\s+/)` gives as non-empty parts.
 */
export function notRegexSpace(code: number): boolean {
  if (code <= 32) return code !== 32 && (code < 9 || code > 13);
  if (code < 0xa0) return true;
  return !(
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Words in `text`, counted without building tokens: runs of characters for which `isWordChar`
 * holds. By default anything between spaces is a word; pass a letter test to skip dashes and marks.
 */
export function wordCount(text: string, isWordChar: (code: number) => boolean = printing): number {
  let n = 0;
  let inWord = false;
  // The two tests every line of every article is counted with, written out: the one call site
  // sees several tests, and one it cannot inline costs more than the count.
  const plain = isWordChar === printing;
  const notSpace = isWordChar === notRegexSpace;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const word = plain
      ? code > 32
      : notSpace
        ? (code > 32 && code < 0xa0) || notRegexSpace(code)
        : isWordChar(code);
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}

/** What one pass over a line tells (see lineCounts). */
export interface LineCounts {
  /** wordCount(text): runs of printing characters. */
  words: number;
  /** wordCount(text, notRegexSpace): what `text.split(/\s+/)` gives as non-empty parts. */
  spaced: number;
  /** Whether `text` has two `\s` in a row or one that is neither a space nor a line feed. */
  collapse: boolean;
}

/**
 * The two word counts of a line and whether its white space needs collapsing, in one pass: every
 * line of every article is measured, and three scans (two counts and a regular expression) cost
 * three times one.
 */
export function lineCounts(text: string): LineCounts {
  return asciiLineCounts(text) ?? anyLineCounts(text);
}

/**
 * lineCounts of a line of printing ASCII and spaces, most lines of most articles, or null.
 * Read as bytes (see asciiBytes). In such a line both counts are the runs between spaces, and
 * only two spaces in a row need collapsing.
 */
function asciiLineCounts(text: string): LineCounts | null {
  const bytes = asciiBytes(text);
  if (bytes === null) return null;
  const n = text.length;
  let words = 0;
  let collapse = false;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    const code = bytes[i] as number;
    if (code > 32) {
      if (!inWord) words++;
      inWord = true;
    } else if (code === 32) {
      // Two spaces in a row: the second follows no word.
      if (!inWord && i > 0) collapse = true;
      inWord = false;
    } else return null;
  }
  return { words, spaced: words, collapse };
}

function anyLineCounts(text: string): LineCounts {
  let words = 0;
  let spaced = 0;
  let collapse = false;
  let inWord = false;
  let inSpaced = false;
  let afterSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Below U+00A0 and past the space, a word character for both counts; then the space: nearly
    // every character of a line is one of the two.
    if (code > 32 && code < 0xa0) {
      if (!inWord) words++;
      if (!inSpaced) spaced++;
      inWord = true;
      inSpaced = true;
      afterSpace = false;
      continue;
    }
    if (code === 32) {
      if (afterSpace) collapse = true;
      inWord = false;
      inSpaced = false;
      afterSpace = true;
      continue;
    }
    const word = code > 32;
    const notSpace =
      code < 0xa0 ? code > 32 || code < 9 || (code > 13 && code < 32) : notRegexSpace(code);
    if (word && !inWord) words++;
    inWord = word;
    if (notSpace) {
      if (!inSpaced) spaced++;
      afterSpace = false;
    } else {
      if (afterSpace || (code !== 32 && code !== 10)) collapse = true;
      afterSpace = true;
    }
    inSpaced = notSpace;
  }
  return { words, spaced, collapse };
}
