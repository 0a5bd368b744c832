// What stands for a word of the question (`Alternative`) and the corpus terms it is read
// against (`Terms`): shared by the question reading (query.ts) and the spelling corrections it
// asks (spelling.ts, real-word-slips.ts), which sit below it.

/** One index term that counts as the question's word, with how much it counts. */
export interface Alternative {
  id: number;
  term: string;
  factor: number;
  /**
   * How it stands for the word: the word itself (or joined with a neighbour), a spelling
   * correction or completion, or a WordNet related word. A name is only ever matched by the first two.
   */
  source: "word" | "typo" | "related";
  /**
   * Its weight in ranking when that is not `factor` (what it counts toward coverage and key
   * words): a correction into an English word is surer than one into a name.
   */
  rank?: number;
}

/** What an alternative weighs in ranking. */
export function rankFactor(a: Alternative): number {
  return a.rank ?? a.factor;
}

/** Term strings <-> ids of the corpus (-1 for a term it does not use). */
export interface Terms {
  id(term: string): number;
  term(id: number): string;
}
