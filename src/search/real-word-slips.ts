// Real-word slips: a question word the corpus writes that was likelier typed for another one edit
// away ("toy": Tony beside "Dow"), read as a noisy channel with context. Only the second reading
// of a question refused as typed asks it (`QueryOptions.readSlips`).
import type { Alternative, Terms } from "./alternatives.js";
import type { Speller } from "./spell.js";
import type { SpellingOptions } from "./spelling.js";

/** Tuning of the real-word slip reading (part of `QueryOptions`). */
export interface SlipOptions {
  /**
   * Odds of a slip into a word the corpus writes: how much likelier, beside the question's other
   * words, the neighbour must be than a word that says nothing of them. Default 0.03 (chosen on
   * fold 0, docs/retrieval.md).
   */
  slipOdds: number;
  /**
   * Paragraphs of smoothing toward how common each of the question's other words is, when
   * counting how often a neighbour is written beside it: a word of another paragraph of the same
   * story is no evidence against. Default 10 (chosen on fold 0).
   */
  slipSmoothing: number;
  /**
   * Paragraphs a word may be written in and still be counted beside a slip's neighbours: each
   * count is a pass over the word's paragraphs, so a commoner word is neither context nor a
   * neighbour (it says little of which neighbour is meant). Default 20,000, as `maxPostings`
   * reads of a word: more paragraphs than the measured corpora hold.
   */
  slipPostings: number;
}

/** The question's words the corpus writes (`ids`) and how often each is written beside a term. */
export interface SlipContext {
  ids: number[];
  counted: ((id: number) => number[]) | null;
}

/**
 * The context slips are read in: of the terms `ids` of the question's words, those the corpus
 * writes in at most `slipPostings` paragraphs, once each, with their counts beside a term
 * (`beside`, when the corpus can count them).
 */
export function slipContext(
  ids: readonly number[],
  df: (id: number) => number,
  beside: ((others: readonly number[]) => (id: number) => number[]) | undefined,
  options: SlipOptions,
): SlipContext {
  const kept = [...new Set(ids)].filter((o) => o >= 0 && df(o) <= options.slipPostings);
  return { ids: kept, counted: kept.length > 0 && beside ? beside(kept) : null };
}

/**
 * How much likelier the question's other words (of `context`) are beside term `id` than by
 * chance: log P(others | id) / P(others), each P(o | id) smoothed toward P(o) by `smoothing`
 * paragraphs; `own` (the word as typed, -1 for none) and `id` itself are no context. 0 when the
 * corpus cannot count. `docs` is the number of paragraphs.
 */
export function contextLift(
  id: number,
  own: number,
  context: SlipContext,
  df: (id: number) => number,
  docs: number,
  smoothing: number,
): number {
  const { ids, counted } = context;
  if (counted === null) return 0;
  const n = df(id);
  let sum = 0;
  counted(id).forEach((c, k) => {
    const o = ids[k] as number;
    const p = df(o) / docs;
    if (o !== own && o !== id) sum += Math.log((c + smoothing * p) / ((n + smoothing) * p));
  });
  return sum;
}

/**
 * Corpus terms a word as typed is likelier a slip for ("toy": Tony, "lie": line, "cam": camp), as
 * a noisy channel with context reads them: words the corpus writes one edit away (first letter
 * kept), in more paragraphs than the word as typed (`own`, -1 when the corpus lacks it), whose
 * paragraphs hold the question's other words (of `context`) more often than chance, by more than the
 * odds `slipOdds` of a slip and than the word as typed does. The likeliest weighs `typoFactor`,
 * below the word as typed, the others by how much less likely they are.
 */
export function realWordSlips(
  word: string,
  term: string,
  own: number,
  context: SlipContext,
  corpus: {
    speller: Speller;
    df: (id: number) => number;
    docs: number;
    vocabulary: Terms;
    options: SlipOptions & SpellingOptions;
  },
): Alternative[] {
  const { speller, df, docs, vocabulary, options } = corpus;
  const { ids, counted } = context;
  if (counted === null || ids.every((o) => o === own)) return [];
  const lift = (id: number) => contextLift(id, own, context, df, docs, options.slipSmoothing);
  const floor = own >= 0 ? df(own) : 0;
  const neighbours = speller
    .corrections(word, term, 1, 0)
    .filter((c) => c.id !== own && df(c.id) > floor && df(c.id) <= options.slipPostings);
  // The word as typed is counted only when some neighbour is left to beat it.
  if (neighbours.length === 0) return [];
  const typed = Math.max(0, own >= 0 ? lift(own) : 0) - Math.log(options.slipOdds);
  const likelier = neighbours
    .map((c) => ({ id: c.id, fit: lift(c.id) }))
    .filter((c) => c.fit > typed)
    .sort((a, b) => b.fit - a.fit || (vocabulary.term(a.id) < vocabulary.term(b.id) ? -1 : 1))
    .slice(0, options.maxCorrections);
  const best = likelier[0]?.fit ?? 0;
  return likelier.map((c) => ({
    id: c.id,
    term: vocabulary.term(c.id),
    factor: options.typoFactor * Math.exp(c.fit - best),
    source: "typo" as const,
  }));
}
