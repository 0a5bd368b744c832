import { splitSentences } from "../corpus/sentences.js";
import {
  CAPITALIZED,
  JOINED,
  NUMERIC,
  type TokenColumns,
  tokenColumns,
} from "../text/token-columns.js";
import { instancesNamed } from "./instances-named.js";
import { addHits, cover, hits, phraseWeight } from "./passage-hits.js";
import type { PassageOptions } from "./passage-options.js";
import { groupsIn, type PassageContext, type PassageTerms } from "./passage-terms.js";
import type { ParsedQuery, QueryGroup } from "./query.js";
import {
  answeredByFigure,
  answeredByKind,
  COUNTED_BY,
  type EvidenceWords,
  FRAMES,
  flaggedBetween,
  hasAnswer,
  holdsFigure,
  MATCHED,
  readsText,
  SENTENCE_START,
  statesAmount,
} from "./question.js";
import { firstAtOrAfter, mergeRanges } from "./text-ranges.js";
import { wholeQuotation } from "./whole-quotation.js";

/** How well a paragraph answers, and which of its sentences to quote. */
export interface PassageMatch {
  score: number;
  /** Share of the question's weight that the paragraph holds (0..1). */
  coverage: number;
  /**
   * What `coverage` credits each question group (0..1): 1 for a word the paragraph holds, the
   * context's loan (`PassageOptions.contextFactor`) for one only its title or lead holds.
   */
  groupsHeld: Float32Array;
  /** The best sentence window, whole quotations kept whole: what ranking reads as the passage's answer. */
  quoteStart: number;
  quoteEnd: number;
  /** What is shown: the quote, or a best sentence of narration with a neighbour (shownWithNeighbour). */
  shownStart: number;
  shownEnd: number;
  /** Matched word ranges, relative to what is shown. */
  highlights: Array<[number, number]>;
  /** Some sentence window holds the kind of answer asked for (always, when the question asks for none). */
  answered: boolean;
  /**
   * `answered` by a window that also holds one of the question's counting verbs
   * (`PassageTerms.countedBy`), or the question has none.
   */
  counted: boolean;
  /** The paragraph's words, folded (`foldTokens`), hyphenated words as their parts. */
  words: EvidenceWords;
}

/** Pronouns that stand for a name of the paragraph before. */
const CARRIED_PRONOUNS = new Set(["he", "she", "they", "his", "her", "their"]);
/** Letters of the longest: a longer word is none, told without hashing it. */
const LONGEST_PRONOUN = 5;

/**
 * Scores a paragraph for a question: its best one- or two-sentence quote, plus the rest.
 * `text` and the paragraph before it (read only when a pronoun may stand for a name in it) are
 * paragraphs the index holds (read with `terms.indexed`). `tokens` are `text`'s, when a caller has
 * them already (the other steps of a question read the same candidates).
 */
export function scorePassage(
  text: string,
  query: ParsedQuery,
  terms: PassageTerms,
  options: PassageOptions,
  previous: () => string | null = () => null,
  context: PassageContext | null = null,
  present: readonly number[] = [],
  tokens: TokenColumns = tokenColumns(text),
): PassageMatch {
  const { groupsOf, cache } = terms;
  hits.length = 0;
  let carried: number[] | null = null;
  // The words: the tokens but hyphenated words' joined forms, each with its flags.
  const plain = tokens.plain();
  const n = plain.length;
  const flags = new Uint8Array(n);
  let w = 0;
  let position = 0;
  let prev = -1;
  for (let i = 0; i < tokens.length; i++) {
    const f = tokens.flags[i] as number;
    const joined = (f & JOINED) !== 0;
    const word = tokens.word[i] as string;
    const start = tokens.start[i] as number;
    const end = tokens.end[i] as number;
    if (!joined) position++;
    const term = terms.indexed(word);
    let matched = addHits(groupsOf.get(term), start, end, position, term);
    if (
      prev >= 0 &&
      !joined &&
      (f & CAPITALIZED) !== 0 &&
      ((tokens.flags[prev] as number) & CAPITALIZED) !== 0 &&
      start === (tokens.end[prev] as number) + 1
    ) {
      const pair = cache.term((tokens.word[prev] as string) + word);
      matched =
        addHits(groupsOf.get(pair), tokens.start[prev] as number, end, position, pair) || matched;
    }
    if (!joined && word.length <= LONGEST_PRONOUN && CARRIED_PRONOUNS.has(word)) {
      carried ??= groupsIn(previous() ?? "", groupsOf, terms.indexed, true, terms.written);
      const pronoun = options.pronounFactor;
      for (const group of carried) hits.push(group, pronoun, pronoun, start, end, position, null);
    }
    if (!joined) {
      const counts = terms.countedBy.has(term) ? COUNTED_BY : 0;
      const frames = terms.frames.has(term) ? FRAMES : 0;
      flags[w++] = (f & (CAPITALIZED | NUMERIC)) | (matched ? MATCHED : 0) | counts | frames;
      prev = i;
    }
  }
  const starts = plain.start;
  let sentences = splitSentences(text);
  if (sentences.length === 0) sentences = [{ start: 0, end: text.length }];
  for (const s of sentences) {
    const at = firstAtOrAfter(starts, s.start, n);
    if (at < n) flags[at] = (flags[at] as number) | SENTENCE_START;
  }
  const words: EvidenceWords = { length: n, word: plain.word, flags };

  const instances =
    query.askedClass && options.instanceBonus > 0
      ? instancesNamed(plain, flags, query.askedClass)
      : [];
  const total = query.totalWeight || 1;
  const groups = query.groups.length;
  if (floorScratch.length < groups) floorScratch = new Float64Array(groups);
  const floor = floorScratch;
  floor.fill(0, 0, groups);
  if (context) {
    let lent = terms.lent.get(context);
    if (lent === undefined) {
      // Read apart, the title and the lead give the words they give read as one text.
      lent = [
        ...groupsIn(context.title, groupsOf, (w) => cache.term(w), false),
        ...groupsIn(context.lead, groupsOf, terms.indexed, false, terms.written),
      ];
      terms.lent.set(context, lent);
    }
    for (const g of lent) floor[g] = options.contextFactor;
  }
  for (let i = 0; i < groups; i++)
    if (answeredByKind(query.kind, (query.groups[i] as QueryGroup).word, text)) floor[i] = 1;
  for (const g of present) floor[g] = 1;
  const paragraphCover = cover(query, 0, text.length, floor);
  const groupsHeld = new Float32Array(groups);
  const coverage = cover(query, 0, text.length, floor, options.coverageCredit, groupsHeld) / total;
  let bestScore = -1;
  let bestStart = 0;
  let bestEnd = text.length;
  const amount = query.howMuch === true;
  let answeredAnywhere = query.kind === null;
  let countedAnywhere = query.kind === null;
  let bestAnswers = false;
  // The best two-sentence window holding the kind of answer asked for: shown instead of a better
  // single sentence inside it that holds none ("Briggs said he was not a fan of kids." and the
  // quotation after it).
  let pairScore = -1;
  let pairStart = -1;
  let pairEnd = -1;
  // Each two-sentence window's score before `pairFactor` (-1 when longer than `maxQuoteChars`), by
  // its first sentence: a best sentence of narration is shown with a neighbour (shownWithNeighbour).
  if (pairScratch.length < sentences.length) pairScratch = new Float64Array(sentences.length * 2);
  const pairs = pairScratch;
  pairs.fill(-1, 0, sentences.length);
  let bestIndex = 0;
  let bestSpan = 1;
  for (let i = 0; i < sentences.length; i++) {
    for (let span = 1; span <= 2 && i + span <= sentences.length; span++) {
      const start = (sentences[i] as { start: number }).start;
      const end = (sentences[i + span - 1] as { end: number }).end;
      if (span === 2 && end - start > options.maxQuoteChars) continue;
      let score = cover(query, start, end, floor) / total;
      let answers = false;
      score += (options.phraseBonus * phraseWeight(query, start, end)) / total;
      if (query.kind) {
        // Words start in order: those of the window are one run of them.
        const from = firstAtOrAfter(starts, start, n);
        const to = firstAtOrAfter(starts, end, n);
        // A slice a window only for the kinds read in the text, not in the words, and for a
        // how-much count, which an amount stated by its sign answers too.
        const window = readsText(query.kind) || amount ? text.slice(start, end) : "";
        if (hasAnswer(query.kind, window, words, from, to) || (amount && statesAmount(window))) {
          // A count beside none of the question's counting verbs still answers (the no-match
          // decision reads it), but earns no bonus: "a million people [without power]".
          if (terms.countedBy.size === 0 || flaggedBetween(words, from, to, COUNTED_BY)) {
            score += options.answerBonus;
            countedAnywhere = true;
          }
          answeredAnywhere = true;
          answers = true;
        }
      }
      if (instances.some((at) => at >= start && at < end)) score += options.instanceBonus;
      if (span === 2) {
        pairs[i] = score;
        score *= options.pairFactor;
      }
      if (score > bestScore) {
        bestScore = score;
        bestStart = start;
        bestEnd = end;
        bestAnswers = answers;
        bestIndex = i;
        bestSpan = span;
      }
      if (answers && span === 2 && score > pairScore) {
        pairScore = score;
        pairStart = start;
        pairEnd = end;
      }
    }
  }
  const paired = !bestAnswers && pairStart >= 0 && pairStart <= bestStart && pairEnd >= bestEnd;
  const window = paired ? { start: pairStart, end: pairEnd } : { start: bestStart, end: bestEnd };
  const quote = wholeQuotation(text, sentences, window.start, window.end, options.maxQuoteChars);
  // A sentence inside a longer quotation is shown as that quotation (wholeQuotation), not a pair.
  const alone = !paired && bestSpan === 1 && quote.start === bestStart && quote.end === bestEnd;
  const shown = alone ? shownWithNeighbour(text, sentences, pairs, bestIndex) : quote;
  const highlights: Array<[number, number]> = [];
  for (let k = 0; k < hits.length; k++) {
    const start = hits.start[k] as number;
    const end = hits.end[k] as number;
    if (hits.term[k] !== null && start >= shown.start && end <= shown.end)
      highlights.push([start - shown.start, end - shown.start]);
  }
  // A count may be any figure; an amount of money, a share, a distance, a length of time and an age
  // are read by their own answer test (a sign or unit, an age stated): any figure says too little.
  const figureless =
    query.kind === "number"
      ? !holdsFigure(words)
      : answeredByFigure(query.kind) && !answeredAnywhere;
  return {
    score:
      (figureless ? options.figurelessFactor : 1) *
      ((1 - options.paragraphShare) * bestScore +
        (options.paragraphShare * paragraphCover) / total),
    coverage,
    groupsHeld,
    quoteStart: quote.start,
    quoteEnd: quote.end,
    shownStart: shown.start,
    shownEnd: shown.end,
    highlights: mergeRanges(highlights),
    answered: answeredAnywhere,
    counted: countedAnywhere,
    words,
  };
}

// scorePassage's scratch, grown to the most groups met.
let floorScratch = new Float64Array(16);
// Its pair scores by first sentence, grown to the most sentences met.
let pairScratch = new Float64Array(16);

/** A quotation mark, straight or curly. */
const QUOTE_MARK = /["\u201c\u201d]/;

/**
 * The best single sentence `i` shown with the neighbour that makes the better-scoring pair (on a
 * tie, the sentence after it), when that pair fits `maxQuoteChars` (`pairs`, by first sentence):
 * the answer often sits beside the sentence holding most of the question's words ("New Zealand's
 * national airline will weigh passengers …", then "Air New Zealand wants to weigh 10,000 …").
 * Narration only: a sentence with a quotation mark, or a mark just outside it, is never joined,
 * so a direct quote's speaker never labels narration, nor narration a quote. The score is the
 * best window's either way.
 */
function shownWithNeighbour(
  text: string,
  sentences: readonly { start: number; end: number }[],
  pairs: Float64Array,
  i: number,
): { start: number; end: number } {
  const narration = (k: number) => {
    const sentence = sentences[k];
    return (
      sentence !== undefined &&
      !QUOTE_MARK.test(text.slice(Math.max(0, sentence.start - 1), sentence.end + 1))
    );
  };
  const sentence = sentences[i] as { start: number; end: number };
  const alone = { start: sentence.start, end: sentence.end };
  if (!narration(i)) return alone;
  const before = narration(i - 1) ? (pairs[i - 1] as number) : -1;
  const after = narration(i + 1) ? (pairs[i] as number) : -1;
  if (before < 0 && after < 0) return alone;
  const from = before > after ? i - 1 : i;
  return {
    start: (sentences[from] as { start: number }).start,
    end: (sentences[from + 1] as { end: number }).end,
  };
}
