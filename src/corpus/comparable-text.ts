// The comparable form of a text (its words in lower case, one space apart), so that texts which
// differ only in case, punctuation and spacing compare equal: a headline repeated above the text
// (paragraphs.ts) and a paragraph repeated as a pull quote (repeated-paragraphs.ts).
import { asciiBytes } from "../text/ascii-bytes.js";
import { isWordCode } from "./chars.js";

/** The words of a paragraph in lower case, one space apart. Word by word: see chars.ts on speed. */
export function comparable(text: string): string {
  // In ASCII a word is [A-Za-z0-9]+ and lower-casing needs no context: one pass over the whole
  // text gives the same, without a string per word.
  const ascii = asciiComparable(text);
  if (ascii !== null) return ascii;
  const words: string[] = [];
  for (let i = 0; i < text.length; ) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
    words.push(text.slice(i, end).toLowerCase());
    i = end;
  }
  return words.join(" ");
}

/** Per ASCII code, its lower case when a letter or digit, 0 for the gaps between words. */
const WORD_LOWER = Uint8Array.from({ length: 128 }, (_, c) =>
  c >= 65 && c <= 90 ? c + 32 : (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? c : 0,
);

/**
 * comparable() of ASCII text: each run of [A-Za-z0-9] in lower case, one space apart, written byte
 * by byte and read back as one string. What `toLowerCase().replace(/[^a-z0-9]+/g, " ").trim()`
 * gives, at a fraction of its cost (a paragraph has a gap between words every few characters).
 * Null for any other text. Read as bytes (see asciiBytes) and rewritten in place.
 */
function asciiComparable(text: string): string | null {
  const bytes = asciiBytes(text);
  if (bytes === null) return null;
  const n = text.length;
  // The answer is never longer than what is read: written over the bytes already read.
  let out = 0;
  let gap = false;
  for (let i = 0; i < n; i++) {
    const c = WORD_LOWER[bytes[i] as number] as number;
    if (c === 0) {
      gap = out > 0;
      continue;
    }
    if (gap) {
      bytes[out++] = 32;
      gap = false;
    }
    bytes[out++] = c;
  }
  return bytes.toString("latin1", 0, out);
}
