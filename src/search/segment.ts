import type { Article } from "../corpus/types.js";
import { buildState, type IndexState, type SearchIndexOptions } from "./build.js";
import { inCorpusOrder } from "./corpus-order.js";
import { Vocabulary } from "./vocabulary.js";

/** An immutable index over some articles, in corpus order: the base of a corpus or a later addition. */
export class Segment {
  readonly vocabulary: Vocabulary;
  readonly surface: Vocabulary;
  /** Local documents of article a are [articleDocStart[a], articleDocStart[a + 1]). */
  readonly articleDocStart: Int32Array;
  readonly totalLength: number;
  /** Local index by article id, made on first use (or ahead, by `lookUpIds`): the articles before `#idsMade` are in. */
  readonly #byId = new Map<string, number>();
  #idsMade = 0;

  constructor(
    readonly state: IndexState,
    /** In corpus order, as they were indexed. */
    readonly articles: readonly Article[],
  ) {
    this.vocabulary = Vocabulary.fromState(state.vocabulary);
    this.surface = Vocabulary.fromState(state.surface);
    const start = new Int32Array(articles.length + 1);
    const { docArticle, docLength } = state;
    for (let d = 0; d < docArticle.length; d++)
      start[(docArticle[d] as number) + 1] = (start[(docArticle[d] as number) + 1] as number) + 1;
    for (let a = 1; a < start.length; a++)
      start[a] = (start[a] as number) + (start[a - 1] as number);
    this.articleDocStart = start;
    let total = 0;
    for (let d = 0; d < docLength.length; d++) total += docLength[d] as number;
    this.totalLength = total;
  }

  /** Indexes `articles` (sorted into corpus order first). */
  static build(articles: readonly Article[], options: SearchIndexOptions): Segment {
    const sorted = inCorpusOrder(articles);
    return new Segment(buildState(sorted, options), sorted);
  }

  get docs(): number {
    return this.state.docArticle.length;
  }

  /** Local index of the article with this id, or -1. */
  local(id: string): number {
    if (this.#idsMade < this.articles.length) this.lookUpIds().next();
    return this.#byId.get(id) ?? -1;
  }

  /**
   * Makes the look-up by id, pausing (yielding) whenever `due()` says so: a caller may make a
   * large segment's ahead, a slice at a time, so no change waits for it.
   */
  *lookUpIds(due: () => boolean = () => false): Generator<void, void> {
    while (this.#idsMade < this.articles.length) {
      this.#byId.set((this.articles[this.#idsMade] as Article).id, this.#idsMade);
      this.#idsMade++;
      if (due()) yield;
    }
  }

  /** Paragraphs holding local term `id`. */
  df(id: number): number {
    return (this.state.termStart[id + 1] as number) - (this.state.termStart[id] as number);
  }

  /** Surface words of each local term: those of term t are words[start[t], start[t + 1]). Made on first use. */
  #termWords: { start: Int32Array; words: Int32Array } | null = null;

  /** The words as written (surface ids) whose term is local term `id`. */
  wordsOf(id: number): Int32Array {
    if (!this.#termWords) {
      const { surfaceTerm } = this.state;
      const start = new Int32Array(this.vocabulary.size + 1);
      for (let w = 0; w < surfaceTerm.length; w++)
        start[(surfaceTerm[w] as number) + 1] =
          (start[(surfaceTerm[w] as number) + 1] as number) + 1;
      for (let t = 1; t < start.length; t++)
        start[t] = (start[t] as number) + (start[t - 1] as number);
      const fill = start.slice(0, -1);
      const words = new Int32Array(surfaceTerm.length);
      for (let w = 0; w < surfaceTerm.length; w++) {
        const t = surfaceTerm[w] as number;
        words[fill[t] as number] = w;
        fill[t] = (fill[t] as number) + 1;
      }
      this.#termWords = { start, words };
    }
    const { start, words } = this.#termWords;
    return words.subarray(start[id] as number, start[id + 1] as number);
  }
}
