// Spelling corrections of a question's words: a word the corpus does not write read as the corpus
// words it was most likely meant as (a misspelling within the edits its length allows, a slip at
// the first letter, a misspelt stem, two words written as one), weighted so the likeliest counts
// most. Kept apart from the question reading (query.ts) that asks them, word by word; the look-ups
// in the corpus's words are the `Speller`'s (spell.ts).
import type { FoldedToken } from "../text/fold.js";
import { isStopword } from "../text/stopwords.js";
import type { TermCache } from "../text/terms.js";
import type { Alternative, Terms } from "./alternatives.js";
import { isEnglish, LETTERS } from "./mend.js";
import type { Correction, Speller } from "./spell.js";
import { editDistance } from "./vocabulary.js";

/** Tuning of spelling correction (part of `QueryOptions`). */
export interface SpellingOptions {
  /**
   * Weight of a spelling correction of a word the corpus does not have, toward coverage and key
   * words, and in ranking for a correction into a name. Default 0.8.
   */
  typoFactor: number;
  /**
   * Weight in ranking (not toward coverage or key words, where `typoFactor` holds) of a correction
   * into an English word, one WordNet's sense-tagged texts use as the corpus writes it ("offce":
   * office); a correction into a name ("Bekiyev": Bakiyev, Bakiev) is less sure and ranks at
   * `typoFactor`. Default 1, the word as typed right (chosen on misspelt questions of each fold,
   * docs/retrieval.md).
   */
  typoWordRankFactor: number;
  /** Shortest word that gets one typo allowed; twice this gets two. Default 5. */
  typoMinLength: number;
  /**
   * Shortest word as typed (not its stem) that gets one typo allowed against the corpus's words
   * as written, when it is no English word itself: typing slips hit short words too ("gte",
   * "bwl", "wokr"). Default 3.
   */
  typoShortLength: number;
  /**
   * Shortest word that, when nothing in the corpus is within its typos and it starts no corpus
   * word, gets one typo more. Default 7 (chosen on fold 0, docs/retrieval.md).
   */
  typoWideLength: number;
  /**
   * Corrections kept for one misspelt word: the closest, commonest first, each weighted by the
   * square root of its frequency relative to the commonest. Default 3.
   */
  maxCorrections: number;
}

/**
 * The word a misspelling stands for, as the corpus writes its likeliest (commonest) correction,
 * closest to what was typed: "cointry" is "country", so "which cointry" still asks for a country.
 */
export function meantWord(
  typed: string,
  alternatives: readonly Alternative[],
  wordsOf: (term: string) => readonly string[],
): string | null {
  const likeliest = likeliestCorrection(alternatives);
  if (likeliest === null) return null;
  let best: string | null = null;
  let fewest = Number.POSITIVE_INFINITY;
  for (const w of wordsOf(likeliest.term)) {
    const edits = editDistance(typed, w, 0, w.length, typed.length + w.length);
    if (edits < fewest || (edits === fewest && best !== null && w < best)) {
      best = w;
      fewest = edits;
    }
  }
  return best;
}

/** The spelling correction that counts most (the commonest of the closest), or null. */
export function likeliestCorrection(alternatives: readonly Alternative[]): Alternative | null {
  let likeliest: Alternative | null = null;
  for (const a of alternatives)
    if (a.source === "typo" && (likeliest === null || a.factor > likeliest.factor)) likeliest = a;
  return likeliest;
}

/**
 * A lower-case word the corpus does not write, that is no English word, but whose stem is term
 * `own` of other corpus words ("retireeent" stems to the "retire" of "retirees", "retalier" to the
 * "retali" of "retaliation"): the corrections of the word as typed into other terms
 * ("retirement", "retailer"), so that it is read as a misspelling. Empty for any other word, and
 * for one as close, as typed, to a corpus word of its own stem ("folowers": followers).
 */
export function misspeltIntoStem(
  w: FoldedToken,
  term: string,
  own: number,
  speller: Speller,
  options: SpellingOptions,
): Correction[] {
  if (w.capitalized || /\d/.test(w.word) || w.word.length < options.typoMinLength) return [];
  if (speller.writes(w.word) || isEnglish(w.word)) return [];
  const found = speller.corrections(w.word, term, typoEdits(w.word, options), 0);
  // One edit from a word of its own stem ("tenis": tennis), it misspells that word, not "tents".
  return found.some((c) => c.id === own) ? [] : found;
}

/**
 * The corpus terms a word the corpus lacks was most likely meant as: of the corrections or
 * completions found, those fewest edits away, the commoner ones counting more ("resignaton" ->
 * "resignation"), and those written beside the question's other words more than by chance
 * counting more still (`lift`, a log odds: "fances tiafoe" is Frances, not the commoner "faces").
 * Only a positive lift counts: a short question's words missing beside a correction say little.
 */
export function closestTerms(
  found: readonly Correction[],
  vocabulary: Terms,
  df: (id: number) => number,
  english: (term: string) => boolean,
  options: SpellingOptions,
  lift: (id: number) => number = () => 0,
): Alternative[] {
  const fewest = found[0]?.edits ?? 0;
  const closest = found.filter((c) => c.edits === fewest);
  const odds = new Map(closest.map((c) => [c.id, df(c.id) * Math.exp(Math.max(0, lift(c.id)))]));
  const oddsOf = (id: number) => odds.get(id) ?? 0;
  const top = Math.max(1, ...odds.values());
  return closest
    .sort((a, b) => oddsOf(b.id) - oddsOf(a.id))
    .slice(0, options.maxCorrections)
    .map((c) =>
      typoAlternative(c.id, vocabulary.term(c.id), Math.sqrt(oddsOf(c.id) / top), english, options),
    );
}

/** A spelling correction into term `id`, its weights scaled by `share`. */
export function typoAlternative(
  id: number,
  term: string,
  share: number,
  english: (term: string) => boolean,
  options: SpellingOptions,
): Alternative {
  const alternative: Alternative = { id, term, factor: options.typoFactor * share, source: "typo" };
  if (options.typoWordRankFactor !== options.typoFactor && english(term))
    alternative.rank = options.typoWordRankFactor * share;
  return alternative;
}

/**
 * Corpus terms a misspelt `word` (stem `term`) may stand for. Words as typed are compared with
 * words as written ("peple" with "people"), stems with stems, each allowed the edits of its own length.
 */
export function corrections(
  speller: Speller,
  word: string,
  term: string,
  options: SpellingOptions,
): Correction[] {
  return speller.corrections(word, term, typedEdits(word, options), typoEdits(term, options));
}

/**
 * Corrections of a long word misspelt twice ("mynkeypocks", "morberg"): one edit more than its
 * length allows from a corpus word, as typed or as a stem ("exnoerees": "exonerated"), unless it
 * is English itself ("trapped" is no "tape").
 */
export function wideCorrections(
  speller: Speller,
  word: string,
  term: string,
  options: SpellingOptions,
): Correction[] {
  if (word.length < options.typoWideLength || isEnglish(word)) return [];
  return speller.corrections(
    word,
    term,
    typoEdits(word, options) + 1,
    typoEdits(term, options) + 1,
  );
}

/** Edits a misspelling as typed may be from a corpus word: a short word gets one only when it is no English word itself ("care" is no "came"). */
export function typedEdits(word: string, options: SpellingOptions): number {
  const short =
    word.length < options.typoMinLength &&
    word.length >= options.typoShortLength &&
    !isEnglish(word);
  return short ? 1 : typoEdits(word, options);
}

/** Edits a misspelling may be from a corpus word or stem of about its length: none under `typoMinLength` letters, one from there, two from twice that. */
function typoEdits(word: string, options: SpellingOptions): number {
  return word.length >= 2 * options.typoMinLength
    ? 2
    : word.length >= options.typoMinLength
      ? 1
      : 0;
}

/**
 * Terms of the words the corpus writes one slip at the first letter from `word`, which a
 * correction never reaches (it keeps the first letter): the first two letters swapped ("ehalth"),
 * the first letter changed ("nlast"), left out ("utin") or typed before it ("bminers").
 */
export function firstLetterSlips(
  word: string,
  speller: Speller,
  vocabulary: Terms,
  cache: TermCache,
): Correction[] {
  const rest = word.slice(1);
  const typed = new Set([word.charAt(1) + word.charAt(0) + word.slice(2), rest]);
  for (const c of LETTERS) {
    typed.add(c + rest);
    typed.add(c + word);
  }
  typed.delete(word);
  const found = new Set<number>();
  for (const t of [...typed].sort()) {
    const id = speller.writes(t) ? vocabulary.id(cache.term(t)) : -1;
    if (id >= 0) found.add(id);
  }
  return [...found].map((id) => ({ id, edits: 1 }));
}

/** Shortest part a closed compound is split into. */
const MIN_PART = 3;

/**
 * A word the corpus lacks, misspelling none of its words, that is two corpus words written as one
 * ("seabird" asked, "sea bird" written) reads as those two words; the split with the longer
 * shorter part wins.
 */
export function splitCompound(
  w: FoldedToken,
  vocabulary: Terms,
  misspelt: (word: string, term: string) => boolean,
  cache: TermCache,
): FoldedToken[] {
  const term = cache.term(w.word);
  if (w.numeric || w.word.length < 2 * MIN_PART || vocabulary.id(term) >= 0) return [w];
  if (misspelt(w.word, term)) return [w];
  let best: FoldedToken[] = [w];
  let bestShorter = 0;
  for (let at = MIN_PART; at <= w.word.length - MIN_PART; at++) {
    const parts = [w.word.slice(0, at), w.word.slice(at)];
    const shorter = Math.min(at, w.word.length - at);
    if (shorter <= bestShorter) continue;
    if (parts.every((p) => !isStopword(p) && vocabulary.id(cache.term(p)) >= 0)) {
      best = parts.map((word) => ({ ...w, word }));
      bestShorter = shorter;
    }
  }
  return best;
}
