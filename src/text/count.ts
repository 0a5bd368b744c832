/** "1 article", "3 articles": a count with its noun in the right number (regular plurals). */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** Anything but spaces and control characters. */
const printing = (code: number) => code > 32;

/**
 * Words in `text`, counted without building tokens: runs of characters for which `isWordChar`
 * holds. By default anything between spaces is a word; pass a letter test to skip dashes and marks.
 */
export function wordCount(text: string, isWordChar: (code: number) => boolean = printing): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const word = isWordChar(text.charCodeAt(i));
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}
