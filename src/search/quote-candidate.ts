import { foldTokens } from "../text/fold.js";
import { STOPWORDS } from "../text/stopwords.js";
import type { Candidate } from "./diversify.js";
import type { SearchResult } from "./types.js";

/**
 * A result for diversify, the words of its quote read only for the candidates it takes up. A class:
 * a getter written in an object literal is a new accessor each time, and V8 then keeps what its
 * closure holds (the whole question) through every scavenge until a full collection.
 */
export class QuoteCandidate implements Candidate {
  #words: Set<string> | null = null;
  /** `window` is the text whose words diversify compares: the result's quote unless given. */
  constructor(
    readonly result: SearchResult,
    private readonly window: string = result.quote,
  ) {}
  get words(): Set<string> {
    this.#words ??= contentWords(this.window);
    return this.#words;
  }
}

/** The words of `text` that are no stopword. */
function contentWords(text: string): Set<string> {
  return new Set(
    foldTokens(text)
      .map((t) => t.word)
      .filter((w) => !STOPWORDS.has(w)),
  );
}
