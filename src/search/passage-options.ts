/** Tuning of how a paragraph's best sentences are picked and scored. */
export interface PassageOptions {
  /** Longest quote made of two sentences, characters. Default 300. */
  maxQuoteChars: number;
  /** Bonus, as a share of the question's weight, for question words next to each other. Default 0.3 (learned, docs/retrieval.md). */
  phraseBonus: number;
  /** Bonus, as a share of the question's weight, when the quote holds the kind of answer asked for. Default 0.1 (learned). */
  answerBonus: number;
  /**
   * Bonus, as a share of the question's weight, when the quote names an individual WordNet knows
   * of the kind asked for ("Illinois" for "which state", "Ukraine" for "which country"), not named
   * by the question. Default 0.2 (chosen on fold 0, docs/retrieval.md).
   */
  instanceBonus: number;
  /**
   * A how-many question scores a paragraph holding no figure beyond the question's own and years at
   * this share: it may hold every word of the question ("space junk in orbit") and still cannot
   * give the count ("36,500 objects of space debris"). A question asking for an amount of money, a
   * percentage, a distance, a length of time or an age scores so a paragraph in which its answer
   * test (`hasAnswer`) finds none ("$5 million", "12%", "1½ miles", "100 days", "aged 13"). 1 turns
   * it off. Default 0.7 (chosen on fold 0, docs/retrieval.md).
   */
  figurelessFactor: number;
  /** Weight of the whole paragraph's coverage against the quote's. Default 0.25. */
  paragraphShare: number;
  /** A two-sentence quote counts this much of a one-sentence quote with the same words. Default 0.9. */
  pairFactor: number;
  /**
   * A name from the paragraph before counts this much in a quote that refers back to it with
   * "he", "she", "they" ("She added that..."). Default 0.6.
   */
  pronounFactor: number;
  /**
   * In the share of the question a paragraph covers (for "no match"), a weaker match (synonym,
   * correction) counts as its factor to this power: 0.5 lets a synonym at 0.25 count half.
   * Default 0.5.
   */
  coverageCredit: number;
  /**
   * A question word found in the article's title or opening paragraph counts this much in any of
   * its paragraphs: "the pipeline" in paragraph 5 is the one the headline names. Default 0.3.
   */
  contextFactor: number;
}

export const defaultPassageOptions: PassageOptions = {
  maxQuoteChars: 300,
  phraseBonus: 0.3,
  answerBonus: 0.1,
  instanceBonus: 0.2,
  figurelessFactor: 0.7,
  paragraphShare: 0.25,
  pairFactor: 0.9,
  pronounFactor: 0.6,
  contextFactor: 0.3,
  coverageCredit: 0.5,
};
