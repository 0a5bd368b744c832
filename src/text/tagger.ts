import { createRequire } from "node:module";

/** One term of compromise's `json()` output: the word as it reads it and its part-of-speech tags. */
export interface TaggedTerm {
  normal: string;
  tags: string[];
}

interface Tagger {
  (text: string): { json(): Array<{ terms: TaggedTerm[] }> };
  model(): { one: { lexicon: Record<string, string | string[]> } };
}

let loaded: Tagger | undefined;

/** compromise's part-of-speech tagger (lexicon and rules, no model files), loaded on first use (~150 ms). */
export function tagger(): Tagger {
  loaded ??= createRequire(import.meta.url)("compromise/two") as Tagger;
  return loaded;
}

/** `text`'s terms as compromise's tagger reads them. */
export function tagged(text: string): TaggedTerm[] {
  return tagger()(text)
    .json()
    .flatMap((s) => s.terms);
}
