import { splitSentences } from "../corpus/sentences.js";
import { scanWords } from "../text/fold.js";
import { IRREGULAR, type TermCache } from "../text/terms.js";
import {
  CAPITALIZED,
  JOINED,
  NUMERIC,
  type TokenColumns,
  tokenColumns,
} from "../text/token-columns.js";
import { WordShapes } from "../text/word-shapes.js";
import { namesInstanceOf } from "../text/wordnet.js";
import { rankFactor } from "./alternatives.js";
import type { ParsedQuery, QueryGroup } from "./query.js";
import {
  answeredByKind,
  type EvidenceWords,
  hasAnswer,
  MATCHED,
  readsText,
  SENTENCE_START,
} from "./question.js";

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
  paragraphShare: 0.25,
  pairFactor: 0.9,
  pronounFactor: 0.6,
  contextFactor: 0.3,
  coverageCredit: 0.5,
};

/** How well a paragraph answers, and which of its sentences to quote. */
export interface PassageMatch {
  score: number;
  /** Share of the question's weight that the paragraph holds (0..1). */
  coverage: number;
  quoteStart: number;
  quoteEnd: number;
  /** Matched word ranges, relative to the quote. */
  highlights: Array<[number, number]>;
  /** Some sentence window holds the kind of answer asked for (always, when the question asks for none). */
  answered: boolean;
  /** The paragraph's words, folded (`foldTokens`), hyphenated words as their parts. */
  words: EvidenceWords;
}

/**
 * The question's words found in the paragraph being scored, one entry a hit, in columns kept from
 * one paragraph to the next: scoring runs for every candidate of every question, and an object a
 * hit was most of what a question left for the collector.
 */
class Hits {
  length = 0;
  group = new Int32Array(64);
  /** Toward coverage. */
  factor = new Float64Array(64);
  /** In ranking (`rankFactor`). */
  rank = new Float64Array(64);
  start = new Int32Array(64);
  end = new Int32Array(64);
  position = new Int32Array(64);
  /** The passage's term that matched; null for a pronoun standing for a name (not highlighted). */
  term: Array<string | null> = [];

  push(
    group: number,
    factor: number,
    rank: number,
    start: number,
    end: number,
    position: number,
    term: string | null,
  ): void {
    const at = this.length;
    if (at === this.group.length) this.grow();
    this.group[at] = group;
    this.factor[at] = factor;
    this.rank[at] = rank;
    this.start[at] = start;
    this.end[at] = end;
    this.position[at] = position;
    this.term[at] = term;
    this.length = at + 1;
  }

  private grow(): void {
    const n = 2 * this.group.length;
    const grown = <T extends Int32Array | Float64Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.group = grown(this.group, new Int32Array(n));
    this.factor = grown(this.factor, new Float64Array(n));
    this.rank = grown(this.rank, new Float64Array(n));
    this.start = grown(this.start, new Int32Array(n));
    this.end = grown(this.end, new Int32Array(n));
    this.position = grown(this.position, new Int32Array(n));
  }
}

/** The paragraph being scored's hits (scorePassage does not run inside itself). */
const hits = new Hits();

/** Pronouns that stand for a name of the paragraph before. */
const CARRIED_PRONOUNS = new Set(["he", "she", "they", "his", "her", "their"]);
/** Letters of the longest: a longer word is none, told without hashing it. */
const LONGEST_PRONOUN = 5;

/** What `groupsIn` reads a text with, module-wide so that its scan makes no closure a text. */
const lending = {
  text: "",
  groupsOf: new Map() as TermGroups,
  term: (word: string): string => word,
  namesOnly: false,
  written: null as WordShapes | null,
  groups: new Set<number>(),
};

function lendWord(word: string, _start: number, _end: number, capitalized: boolean): void {
  if (lending.namesOnly && !capitalized) return;
  // What counts in full in ranking: the word, and its correction into an English word, which
  // ranks as the word typed right ("paudoned": pardoned).
  for (const [g, , rank] of lending.groupsOf.get(lending.term(word)) ?? [])
    if (rank === 1) lending.groups.add(g);
}

function lendPlainWord(start: number, end: number, capitalized: boolean): void {
  const { text, namesOnly, written } = lending;
  if ((namesOnly && !capitalized) || !(written as WordShapes).mayHold(text, start, end)) return;
  lendWord(text.slice(start, end).toLowerCase(), start, end, capitalized);
}

/**
 * Groups matched in full by a word of `text` (only by capitalised words, names, with `namesOnly`).
 * With `written` (`PassageTerms.written`), a plain word whose length and first letter no written
 * word of the question's terms has is passed over without being cut out of the text.
 */
function groupsIn(
  text: string,
  groupsOf: TermGroups,
  term: (word: string) => string,
  namesOnly: boolean,
  written: WordShapes | null = null,
): number[] {
  lending.text = text;
  lending.groupsOf = groupsOf;
  lending.term = term;
  lending.namesOnly = namesOnly;
  lending.written = written;
  lending.groups.clear();
  // Words as scanned, not tokens: a question reads the lead of every candidate's article.
  scanWords(text, lendWord, written === null ? undefined : lendPlainWord);
  return [...lending.groups];
}

/** term -> [(group, factor, factor in ranking)] for one question. */
export type TermGroups = Map<string, Array<[number, number, number]>>;

export function termGroups(query: ParsedQuery): TermGroups {
  const map: TermGroups = new Map();
  query.groups.forEach((g, gi) => {
    for (const a of g.alternatives) {
      const list = map.get(a.term) ?? [];
      list.push([gi, a.factor, rankFactor(a)]);
      map.set(a.term, list);
    }
  });
  return map;
}

/** How the words of passages are read against one question's groups. */
export interface PassageTerms {
  groupsOf: TermGroups;
  /**
   * The term of a word of a paragraph the index holds, or "" when it is none of the question's
   * terms: looked up among the question's terms' words as written, not worked out word by word.
   */
  indexed: (word: string) => string;
  /** Terms of words of any other text: titles, two capitalised words read as one. */
  cache: TermCache;
  /** With `indexed` read from a table: the shapes of the words it holds, else null. */
  written: WordShapes | null;
  /** The groups each context lends, worked out once a question however many candidates it serves. */
  lent: Map<PassageContext, readonly number[]>;
}

/**
 * The question's terms for scoring passages. With `wordsOfTerm` (every word as written, of the
 * paragraphs passages come from, whose term is the given one), a passage word's term is read from
 * the question's own words: no stemming, and a look-up in a small table rather than the cache of
 * every word met.
 */
export function passageTerms(
  query: ParsedQuery,
  cache: TermCache,
  wordsOfTerm: ((term: string) => readonly string[]) | null = null,
): PassageTerms {
  const groupsOf = termGroups(query);
  const lent = new Map<PassageContext, readonly number[]>();
  if (!wordsOfTerm)
    return { groupsOf, indexed: (word) => cache.term(word), cache, written: null, lent };
  const termOfWord = new Map<string, string>();
  for (const term of groupsOf.keys())
    for (const word of wordsOfTerm(term)) termOfWord.set(word, term);
  const written = new WordShapes([...termOfWord.keys()]);
  return {
    groupsOf,
    // Most words of a passage are none of the question's: their shape tells without a look-up.
    indexed: (word) => (written.mayHold(word, 0, word.length) ? (termOfWord.get(word) ?? "") : ""),
    cache,
    written,
    lent,
  };
}

/**
 * The title and first paragraph of a passage's article, which lend it their words: one object an
 * article, so the groups they lend are read once (`PassageTerms.lent`).
 */
export interface PassageContext {
  title: string;
  /** The first paragraph (a paragraph the index holds). */
  lead: string;
}

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
      flags[w++] = (f & (CAPITALIZED | NUMERIC)) | (matched ? MATCHED : 0);
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
  const coverage = cover(query, 0, text.length, floor, options.coverageCredit) / total;
  let bestScore = -1;
  let bestStart = 0;
  let bestEnd = text.length;
  let answeredAnywhere = query.kind === null;
  for (let i = 0; i < sentences.length; i++) {
    for (let span = 1; span <= 2 && i + span <= sentences.length; span++) {
      const start = (sentences[i] as { start: number }).start;
      const end = (sentences[i + span - 1] as { end: number }).end;
      if (span === 2 && end - start > options.maxQuoteChars) continue;
      let score = cover(query, start, end, floor) / total;
      score += (options.phraseBonus * phraseWeight(query, start, end)) / total;
      if (query.kind) {
        // Words start in order: those of the window are one run of them.
        const from = firstAtOrAfter(starts, start, n);
        const to = firstAtOrAfter(starts, end, n);
        // A slice a window only for the kinds read in the text, not in the words.
        const window = readsText(query.kind) ? text.slice(start, end) : "";
        if (hasAnswer(query.kind, window, words, from, to)) {
          score += options.answerBonus;
          answeredAnywhere = true;
        }
      }
      if (instances.some((at) => at >= start && at < end)) score += options.instanceBonus;
      if (span === 2) score *= options.pairFactor;
      if (score > bestScore) {
        bestScore = score;
        bestStart = start;
        bestEnd = end;
      }
    }
  }
  const quote = wholeQuotation(text, sentences, bestStart, bestEnd, options.maxQuoteChars);
  const highlights: Array<[number, number]> = [];
  for (let k = 0; k < hits.length; k++) {
    const start = hits.start[k] as number;
    const end = hits.end[k] as number;
    if (hits.term[k] !== null && start >= quote.start && end <= quote.end)
      highlights.push([start - quote.start, end - quote.start]);
  }
  return {
    score:
      (1 - options.paragraphShare) * bestScore + (options.paragraphShare * paragraphCover) / total,
    coverage,
    quoteStart: quote.start,
    quoteEnd: quote.end,
    highlights: mergeRanges(highlights),
    answered: answeredAnywhere,
    words,
  };
}

// scorePassage's scratch, grown to the most groups met.
let floorScratch = new Float64Array(16);

/** Longest run of capitalised words looked up as one name ("New York City"). */
const MAX_NAME_WORDS = 3;

/**
 * Where the paragraph names an individual of the kind `noun` names (WordNet's instances: a state,
 * a country, a known person), by runs of up to `MAX_NAME_WORDS` capitalised words, none of them
 * the question's own (what it names cannot be its answer).
 */
function instancesNamed(plain: TokenColumns, flags: Uint8Array, noun: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < plain.length; i++) {
    let name = "";
    for (let k = i; k < plain.length && k < i + MAX_NAME_WORDS; k++) {
      if (((flags[k] as number) & (CAPITALIZED | NUMERIC | MATCHED)) !== CAPITALIZED) break;
      if (k > i && plain.start[k] !== (plain.end[k - 1] as number) + 1) break;
      const word = plain.word[k] as string;
      name = k === i ? word : `${name} ${word}`;
      if (namesInstanceOf(name, noun, IRREGULAR)) {
        out.push(plain.start[k] as number);
        break;
      }
    }
  }
  return out;
}

/** Whether the character at `i` is a quote mark: " \u201c \u201d. */
function isQuoteMark(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 34 || c === 0x201c || c === 0x201d;
}

/** How many quote marks text[0, at) holds. */
function marksBefore(text: string, at: number): number {
  let n = 0;
  for (let i = 0; i < at; i++) if (isQuoteMark(text, i)) n++;
  return n;
}

/**
 * Widens a quote that starts or ends inside a quotation to the whole quotation and the sentence
 * that attributes it, so "Everybody knew," Kaliyev said' is shown with the words before it.
 * Stays within twice the longest quote.
 */
function wholeQuotation(
  text: string,
  sentences: ReadonlyArray<{ start: number; end: number }>,
  start: number,
  end: number,
  maxChars: number,
): { start: number; end: number } {
  let from = start;
  let to = end;
  if (marksBefore(text, start) % 2 === 1) {
    let open = start - 1;
    while (!isQuoteMark(text, open)) open--;
    const s = sentences.filter((x) => x.start <= open).pop();
    if (s && end - s.start <= 2 * maxChars) from = s.start;
  }
  if (marksBefore(text, end) % 2 === 1) {
    let close = end;
    while (close < text.length && !isQuoteMark(text, close)) close++;
    const s = close === text.length ? undefined : sentences.find((x) => x.end > close);
    if (s && s.end - from <= 2 * maxChars) to = s.end;
  }
  return { start: from, end: to };
}

/** Adds a hit of each of `groups` (a term's); whether there was any. */
function addHits(
  groups: Array<[number, number, number]> | undefined,
  start: number,
  end: number,
  position: number,
  term: string,
): boolean {
  if (!groups) return false;
  for (const [group, factor, rank] of groups)
    hits.push(group, factor, rank, start, end, position, term);
  return true;
}

// cover's scratch, grown to the most groups a question has had.
let coverBest = new Float64Array(16);
let coverMissed = new Float64Array(16);

/**
 * Sum over question groups of weight x best factor found in [start, end), at least `floor` (what
 * the article's context lends). With `credit` (an exponent) a weaker match (a synonym) counts as its factor to that power, e.g. the square
 * root of its factor: it names the same thing.
 */
function cover(
  query: ParsedQuery,
  start: number,
  end: number,
  floor: Float64Array,
  credit: number | null = null,
): number {
  const groups = query.groups.length;
  if (coverBest.length < groups) {
    coverBest = new Float64Array(groups);
    coverMissed = new Float64Array(groups);
  }
  // Scratch kept between calls: cover runs for every window of every candidate.
  const best = coverBest;
  const missed = coverMissed;
  for (let g = 0; g < groups; g++) best[g] = floor[g] as number;
  // Two different related words for one question word ("death toll" for "died") are stronger
  // evidence than either: their factors combine as independent chances (ranking only).
  missed.fill(1, 0, groups);
  for (let k = 0; k < hits.length; k++) {
    if ((hits.start[k] as number) < start || (hits.end[k] as number) > end) continue;
    const group = hits.group[k] as number;
    const f = credit === null ? (hits.rank[k] as number) : (hits.factor[k] as number) ** credit;
    if (f > (best[group] as number)) best[group] = f;
    if (credit !== null || hits.term[k] === null || counted(k, start, end)) continue;
    missed[group] = (missed[group] as number) * (1 - f);
  }
  if (credit === null)
    for (let g = 0; g < groups; g++)
      if (1 - (missed[g] as number) > (best[g] as number)) best[g] = 1 - (missed[g] as number);
  let sum = 0;
  for (let g = 0; g < groups; g++)
    sum += (query.groups[g] as QueryGroup).weight * (best[g] as number);
  return sum;
}

/**
 * The first index of ascending `xs` (its first `n` values) whose value is at least `at` (`n`
 * when none).
 */
export function firstAtOrAfter(xs: ArrayLike<number>, at: number, n = xs.length): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a hit before hit k in [start, end) has its group and term: each pair counts once. */
function counted(k: number, start: number, end: number): boolean {
  const group = hits.group[k];
  const term = hits.term[k];
  for (let j = 0; j < k; j++)
    if (
      hits.group[j] === group &&
      hits.term[j] === term &&
      (hits.start[j] as number) >= start &&
      (hits.end[j] as number) <= end
    )
      return true;
  return false;
}

/** Weight of consecutive question words found within three words of each other, in order. */
function phraseWeight(query: ParsedQuery, start: number, end: number): number {
  let sum = 0;
  for (let g = 0; g + 1 < query.groups.length; g++)
    if (nearNext(g, start, end))
      sum += ((query.groups[g]?.weight ?? 0) + (query.groups[g + 1]?.weight ?? 0)) / 2;
  return sum;
}

/**
 * Whether a hit of group `g` in [start, end) has a hit of group g + 1 ending by `end` one to three
 * words after it.
 */
function nearNext(g: number, start: number, end: number): boolean {
  for (let a = 0; a < hits.length; a++) {
    if (hits.group[a] !== g || (hits.start[a] as number) < start || (hits.end[a] as number) > end)
      continue;
    const at = hits.position[a] as number;
    for (let b = 0; b < hits.length; b++) {
      const after = (hits.position[b] as number) - at;
      if (hits.group[b] === g + 1 && (hits.end[b] as number) <= end && after > 0 && after <= 3)
        return true;
    }
  }
  return false;
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  // The caller's own list: sorted in place, when it is not already (hits come in text order but
  // for a pair of names, which starts at the word before): a sort copies the list.
  if (!inOrder(ranges)) ranges.sort(byStartThenEnd);
  const out: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push(r);
  }
  return out;
}

function byStartThenEnd(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

function inOrder(ranges: ReadonlyArray<[number, number]>): boolean {
  for (let i = 1; i < ranges.length; i++)
    if (byStartThenEnd(ranges[i - 1] as [number, number], ranges[i] as [number, number]) > 0)
      return false;
  return true;
}
