import { foldTokens } from "../text/fold.js";
import { isStopword } from "../text/stopwords.js";
import type { ParsedQuery, QueryGroup, Terms } from "./query.js";

/**
 * Pseudo-relevance feedback (RM3-style): the words the first pass's best paragraphs share beyond
 * the question's own ("visitors" and "evacuations" where the question says "tourists" and "get
 * out"), read at question time from the corpus itself, weighed well below the question's words.
 */
export interface FeedbackOptions {
  /** Best first-pass paragraphs read. 0 turns feedback off. */
  docs: number;
  /** Feedback terms kept, strongest first. */
  terms: number;
  /** Paragraphs of the `docs` read that must hold a term: a word of one paragraph is that paragraph's, not the topic's. */
  minDocs: number;
  /**
   * Weight of all feedback terms together in a second first pass, as a share of the question's
   * weight (0: the candidates stay the first pass's).
   */
  weight: number;
}

export const defaultFeedbackOptions: FeedbackOptions = {
  docs: 10,
  terms: 10,
  minDocs: 2,
  weight: 0.2,
};

/** What feedback reads of the corpus. */
export interface FeedbackCorpus {
  /** The index term of a folded word ("" for none). */
  term: (word: string) => string;
  /** The term's inverse document frequency, or null when the corpus does not hold it. */
  idf: (term: string) => number | null;
  /** A term of the question (its words and every alternative): never fed back. */
  asked: (term: string) => boolean;
}

/** Terms of a paragraph that feedback may use, with their counts. */
function countTerms(
  text: string,
  corpus: FeedbackCorpus,
): { counts: Map<string, number>; length: number } {
  const counts = new Map<string, number>();
  let length = 0;
  for (const t of foldTokens(text)) {
    if (t.joined) continue;
    length++;
    if (t.numeric || isStopword(t.word)) continue;
    const term = corpus.term(t.word);
    if (term === "" || corpus.asked(term)) continue;
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return { counts, length };
}

/**
 * The strongest terms of `paragraphs` (the first pass's best, best first), each weighed by its
 * mean share of a paragraph's words times its IDF; weights sum to 1. Empty when none qualifies.
 */
export function feedbackTerms(
  paragraphs: readonly string[],
  corpus: FeedbackCorpus,
  options: FeedbackOptions,
): Map<string, number> {
  const read = paragraphs.slice(0, options.docs);
  const mass = new Map<string, { share: number; docs: number }>();
  for (const text of read) {
    const { counts, length } = countTerms(text, corpus);
    for (const [term, n] of counts) {
      const m = mass.get(term) ?? { share: 0, docs: 0 };
      m.share += n / length;
      m.docs++;
      mass.set(term, m);
    }
  }
  const scored: Array<[string, number]> = [];
  for (const [term, m] of mass) {
    if (m.docs < options.minDocs) continue;
    const weight = corpus.idf(term);
    if (weight !== null) scored.push([term, (m.share / read.length) * weight]);
  }
  scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const kept = scored.slice(0, options.terms);
  const total = kept.reduce((s, [, w]) => s + w, 0);
  return new Map(kept.map(([term, w]) => [term, w / total]));
}

/**
 * The question with the feedback terms as words of their own, together weighing `weight` of the
 * question's weight: for a second first pass only (passages are scored on the question).
 */
export function withFeedback(
  parsed: ParsedQuery,
  feedback: ReadonlyMap<string, number>,
  weight: number,
  terms: Terms,
): ParsedQuery {
  const added: QueryGroup[] = [];
  for (const [term, share] of feedback)
    added.push({
      word: term,
      weight: weight * parsed.totalWeight * share,
      alternatives: [{ id: terms.id(term), term, factor: 1, source: "related" }],
      asked: false,
      speaks: false,
    });
  return { ...parsed, groups: [...parsed.groups, ...added] };
}
