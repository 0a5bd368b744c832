import { foldTokens } from "../text/fold.js";
import type { TermCache } from "../text/terms.js";
import type { PassageTerms } from "./passage-terms.js";
import { idf } from "./query.js";
import type { SegmentView } from "./segment-view.js";

/**
 * The names and figures of a quote that are none of the question's words, each weighed by its
 * IDF: what the quote answers with.
 */
export function answerWords(
  view: SegmentView,
  quote: string,
  terms: PassageTerms,
  cache: TermCache,
): { words: Map<string, number>; total: number } {
  const words = new Map<string, number>();
  let total = 0;
  let sentenceStart = true;
  for (const t of foldTokens(quote)) {
    const opens = sentenceStart;
    sentenceStart = /[.!?]\s*$/.test(quote.slice(t.end, t.end + 2));
    if (t.joined || (!t.numeric && (!t.capitalized || opens)) || words.has(t.word)) continue;
    const term = cache.term(t.word);
    if (term === "" || terms.groupsOf.has(term)) continue;
    const id = view.id(term);
    if (id < 0) continue;
    const weight = idf(view.df(id), view.docs);
    words.set(t.word, weight);
    total += weight;
  }
  return { words, total };
}
