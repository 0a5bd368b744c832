import type { Article } from "../corpus/types.js";

/**
 * Corpus order of two article files, as the loader lists them: directory by directory, names by
 * code unit ("a/b.md" before "a-b.md"), which is code-unit order with "/" below every character.
 */
export function compareFiles(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return (x === 47 ? -1 : x) - (y === 47 ? -1 : y);
  }
  return a.length - b.length;
}

/** Articles in corpus order (a stable sort: articles of one file keep the order given). */
export function inCorpusOrder(articles: readonly Article[]): Article[] {
  return [...articles].sort((x, y) => compareFiles(x.file, y.file));
}
