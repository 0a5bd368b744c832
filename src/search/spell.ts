import { editDistance } from "./vocabulary.js";

/** A corpus term a misspelt word may stand for. */
export interface Correction {
  /** Term id. */
  id: number;
  /** Edits from the word as typed to the closest corpus word with that term. */
  edits: number;
}

/** The corpus's words, as terms (stems) and as written, for spelling correction. */
export interface Lexicon {
  term(id: number): string;
  /** Ids of terms within `maxEdits` of `term` that start with its letter. */
  nearTerms(term: string, maxEdits: number): number[];
  /** Words as written within `maxEdits` of `word` that start with its letter, with their term ids. */
  nearWords(word: string, maxEdits: number): Array<{ word: string; term: number }>;
  /** Words as written longer than `prefix` that start with it, with their term ids. */
  wordsStartingWith(prefix: string): Array<{ word: string; term: number }>;
  /** Whether some live article writes `word` (folded) as it is. */
  writes(word: string): boolean;
}

/**
 * Spelling correction against the corpus's words both as written and as stems: "resignaton" is
 * one edit from "resignation" but four from its stem "resign"; "monkeypocks" is two edits from the
 * stem "monkeypox" but three from the word.
 */
export class Speller {
  constructor(private readonly lexicon: Lexicon) {}

  /** Whether the corpus writes `word` as it is (not only a word with the same term). */
  writes(word: string): boolean {
    return this.lexicon.writes(word);
  }

  /**
   * Terms within `maxEdits` of `word`, or within `maxTermEdits` of its stem `term` (a short stem
   * allows fewer: "wigh" is one edit from "win"), closest first, then in term order: the same
   * list whichever order the index keeps its terms in.
   */
  corrections(word: string, term: string, maxEdits: number, maxTermEdits = maxEdits): Correction[] {
    const best = new Map<number, number>();
    const keep = (id: number, edits: number, max: number) => {
      if (edits <= max && edits < (best.get(id) ?? max + 1)) best.set(id, edits);
    };
    if (maxEdits > 0)
      for (const w of this.lexicon.nearWords(word, maxEdits))
        keep(w.term, editDistance(word, w.word, 0, w.word.length, maxEdits), maxEdits);
    if (maxTermEdits > 0)
      for (const id of this.lexicon.nearTerms(term, maxTermEdits)) {
        const text = this.lexicon.term(id);
        keep(id, editDistance(term, text, 0, text.length, maxTermEdits), maxTermEdits);
      }
    return this.inOrder(best);
  }

  /**
   * Terms of the corpus words that `word` begins: a name cut short ("gronk" for Gronkowski,
   * "trus" for Truss). Each counts as that many edits (the letters left out).
   */
  completions(word: string): Correction[] {
    const best = new Map<number, number>();
    for (const w of this.lexicon.wordsStartingWith(word)) {
      const edits = w.word.length - word.length;
      if (edits < (best.get(w.term) ?? Number.POSITIVE_INFINITY)) best.set(w.term, edits);
    }
    return this.inOrder(best);
  }

  /** Closest first, then in term order: the same list whichever order the index keeps its terms in. */
  private inOrder(best: Map<number, number>): Correction[] {
    const text = (id: number) => this.lexicon.term(id);
    return [...best]
      .map(([id, edits]) => ({ id, edits }))
      .sort((a, b) => a.edits - b.edits || (text(a.id) < text(b.id) ? -1 : 1));
  }
}
