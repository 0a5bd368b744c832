import { editDistance, Vocabulary, type VocabularyState } from "./vocabulary.js";

/** A corpus term a misspelt word may stand for. */
export interface Correction {
  /** Term id. */
  id: number;
  /** Edits from the word as typed to the closest corpus word with that term. */
  edits: number;
}

/**
 * Spelling correction against the corpus's words both as written and as stems: "resignaton" is
 * one edit from "resignation" but four from its stem "resign"; "monkeypocks" is two edits from the
 * stem "monkeypox" but three from the word.
 */
export class Speller {
  private readonly words: Vocabulary;

  constructor(
    private readonly terms: Vocabulary,
    state: VocabularyState,
    private readonly termOfWord: Int32Array,
  ) {
    this.words = Vocabulary.fromState(state);
  }

  /** Terms within `maxEdits` of `word` (or of its stem `term`), closest first. */
  corrections(word: string, term: string, maxEdits: number): Correction[] {
    const best = new Map<number, number>();
    const keep = (id: number, edits: number) => {
      if (edits < (best.get(id) ?? maxEdits + 1)) best.set(id, edits);
    };
    for (const w of this.words.near(word, maxEdits)) {
      const text = this.words.term(w);
      keep(this.termOfWord[w] as number, editDistance(word, text, 0, text.length, maxEdits));
    }
    for (const id of this.terms.near(term, maxEdits)) {
      const text = this.terms.term(id);
      keep(id, editDistance(term, text, 0, text.length, maxEdits));
    }
    return [...best].map(([id, edits]) => ({ id, edits })).sort((a, b) => a.edits - b.edits);
  }

  /**
   * Terms of the corpus words that `word` begins: a name cut short ("gronk" for Gronkowski,
   * "trus" for Truss). Each counts as that many edits (the letters left out).
   */
  completions(word: string): Correction[] {
    const best = new Map<number, number>();
    for (const w of this.words.startingWith(word)) {
      const id = this.termOfWord[w] as number;
      const edits = this.words.term(w).length - word.length;
      if (edits < (best.get(id) ?? Number.POSITIVE_INFINITY)) best.set(id, edits);
    }
    return [...best].map(([id, edits]) => ({ id, edits })).sort((a, b) => a.edits - b.edits);
  }
}
