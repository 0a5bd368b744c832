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
