import { splitSentences } from "../corpus/sentences.js";
import { type FoldedToken, foldTokens, scanWords } from "../text/fold.js";
import { IRREGULAR, type TermCache } from "../text/terms.js";
import { WordShapes } from "../text/word-shapes.js";
import { namesInstanceOf } from "../text/wordnet.js";
import { type ParsedQuery, rankFactor } from "./query.js";
import { answeredByKind, type EvidenceWord, hasAnswer } from "./question.js";

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
  words: readonly EvidenceWord[];
}

interface Hit {
  group: number;
  /** Toward coverage. */
  factor: number;
  /** In ranking (`rankFactor`). */
  rank: number;
  start: number;
  end: number;
  position: number;
  /** The passage's term that matched (absent for a pronoun standing for a name). */
  term?: string;
  /** Stands for a name of the paragraph before (a pronoun): not highlighted. */
  carried?: boolean;
}

/** Pronouns that stand for a name of the paragraph before. */
const CARRIED_PRONOUNS = new Set(["he", "she", "they", "his", "her", "their"]);

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
  const groups = new Set<number>();
  const add = (word: string, _start: number, _end: number, capitalized: boolean) => {
    if (namesOnly && !capitalized) return;
    for (const [g, factor] of groupsOf.get(term(word)) ?? []) if (factor === 1) groups.add(g);
  };
  // Words as scanned, not tokens: a question reads the lead of every candidate's article.
  scanWords(
    text,
    add,
    written === null
      ? undefined
      : (start, end, capitalized) => {
          if ((namesOnly && !capitalized) || !written.mayHold(text, start, end)) return;
          add(text.slice(start, end).toLowerCase(), start, end, capitalized);
        },
  );
  return [...groups];
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
 * paragraphs the index holds (read with `terms.indexed`).
 */
export function scorePassage(
  text: string,
  query: ParsedQuery,
  terms: PassageTerms,
  options: PassageOptions,
  previous: () => string | null = () => null,
  context: PassageContext | null = null,
  present: readonly number[] = [],
): PassageMatch {
  const { groupsOf, cache } = terms;
  const tokens = foldTokens(text);
  const hits: Hit[] = [];
  let carried: number[] | null = null;
  const words: EvidenceWord[] = [];
  const wordStarts: number[] = [];
  let position = 0;
  let prev: (typeof tokens)[number] | undefined;
  for (const t of tokens) {
    if (!t.joined) position++;
    const term = terms.indexed(t.word);
    let matched = addHits(hits, groupsOf.get(term), t.start, t.end, position, term);
    if (prev && t.capitalized && prev.capitalized && !t.joined && t.start === prev.end + 1) {
      const pair = cache.term(prev.word + t.word);
      matched = addHits(hits, groupsOf.get(pair), prev.start, t.end, position, pair) || matched;
    }
    if (!t.joined && CARRIED_PRONOUNS.has(t.word)) {
      carried ??= groupsIn(previous() ?? "", groupsOf, terms.indexed, true, terms.written);
      for (const group of carried)
        hits.push({
          group,
          factor: options.pronounFactor,
          rank: options.pronounFactor,
          start: t.start,
          end: t.end,
          position,
          carried: true,
        });
    }
    if (!t.joined) {
      words.push({
        word: t.word,
        capitalized: t.capitalized,
        numeric: t.numeric,
        matched,
        sentenceStart: false,
      });
      wordStarts.push(t.start);
      prev = t;
    }
  }
  let sentences = splitSentences(text);
  if (sentences.length === 0) sentences = [{ start: 0, end: text.length }];
  for (const s of sentences) {
    const w = words[firstAtOrAfter(wordStarts, s.start)];
    if (w) w.sentenceStart = true;
  }

  const instances =
    query.askedClass && options.instanceBonus > 0
      ? instancesNamed(tokens, words, query.askedClass)
      : [];
  const total = query.totalWeight || 1;
  const floor = new Float64Array(query.groups.length);
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
  query.groups.forEach((g, i) => {
    if (answeredByKind(query.kind, g.word, text)) floor[i] = 1;
  });
  for (const g of present) floor[g] = 1;
  const paragraphCover = cover(hits, query, 0, text.length, floor);
  const coverage = cover(hits, query, 0, text.length, floor, options.coverageCredit) / total;
  let best = { score: -1, start: 0, end: text.length };
  let answeredAnywhere = query.kind === null;
  for (let i = 0; i < sentences.length; i++) {
    for (let span = 1; span <= 2 && i + span <= sentences.length; span++) {
      const start = (sentences[i] as { start: number }).start;
      const end = (sentences[i + span - 1] as { end: number }).end;
      if (span === 2 && end - start > options.maxQuoteChars) continue;
      let score = cover(hits, query, start, end, floor) / total;
      score += (options.phraseBonus * phraseWeight(hits, query, start, end)) / total;
      if (query.kind) {
        // Words start in order: those of the window are one run of them.
        const inWindow = words.slice(
          firstAtOrAfter(wordStarts, start),
          firstAtOrAfter(wordStarts, end),
        );
        if (hasAnswer(query.kind, text.slice(start, end), inWindow)) {
          score += options.answerBonus;
          answeredAnywhere = true;
        }
      }
      if (instances.some((at) => at >= start && at < end)) score += options.instanceBonus;
      if (span === 2) score *= options.pairFactor;
      if (score > best.score) best = { score, start, end };
    }
  }
  best = {
    ...best,
    ...wholeQuotation(text, sentences, best.start, best.end, options.maxQuoteChars),
  };
  const highlights: Array<[number, number]> = hits
    .filter((h) => !h.carried && h.start >= best.start && h.end <= best.end)
    .map((h) => [h.start - best.start, h.end - best.start]);
  return {
    score:
      (1 - options.paragraphShare) * best.score + (options.paragraphShare * paragraphCover) / total,
    coverage,
    quoteStart: best.start,
    quoteEnd: best.end,
    highlights: mergeRanges(highlights),
    answered: answeredAnywhere,
    words,
  };
}

/** Longest run of capitalised words looked up as one name ("New York City"). */
const MAX_NAME_WORDS = 3;

/**
 * Where the paragraph names an individual of the kind `noun` names (WordNet's instances: a state,
 * a country, a known person), by runs of up to `MAX_NAME_WORDS` capitalised words, none of them
 * the question's own (what it names cannot be its answer).
 */
function instancesNamed(
  tokens: readonly FoldedToken[],
  words: readonly EvidenceWord[],
  noun: string,
): number[] {
  const plain = tokens.filter((t) => !t.joined);
  const out: number[] = [];
  for (let i = 0; i < plain.length; i++) {
    let name = "";
    for (let k = i; k < plain.length && k < i + MAX_NAME_WORDS; k++) {
      const t = plain[k] as FoldedToken;
      const w = words[k] as EvidenceWord;
      if (!t.capitalized || t.numeric || w.matched) break;
      if (k > i && t.start !== (plain[k - 1] as FoldedToken).end + 1) break;
      name = k === i ? t.word : `${name} ${t.word}`;
      if (namesInstanceOf(name, noun, IRREGULAR)) {
        out.push(t.start);
        break;
      }
    }
  }
  return out;
}

const QUOTE_MARK = /["\u201c\u201d]/g;

function marksBefore(text: string, at: number): number[] {
  const out: number[] = [];
  for (const m of text.slice(0, at).matchAll(QUOTE_MARK)) out.push(m.index);
  return out;
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
  const before = marksBefore(text, start);
  if (before.length % 2 === 1) {
    const open = before[before.length - 1] as number;
    const s = sentences.filter((x) => x.start <= open).pop();
    if (s && end - s.start <= 2 * maxChars) from = s.start;
  }
  if (marksBefore(text, end).length % 2 === 1) {
    QUOTE_MARK.lastIndex = 0;
    const close = text.slice(end).search(QUOTE_MARK);
    const s = close < 0 ? undefined : sentences.find((x) => x.end > end + close);
    if (s && s.end - from <= 2 * maxChars) to = s.end;
  }
  return { start: from, end: to };
}

function addHits(
  hits: Hit[],
  groups: Array<[number, number, number]> | undefined,
  start: number,
  end: number,
  position: number,
  term: string,
): boolean {
  if (!groups) return false;
  for (const [group, factor, rank] of groups)
    hits.push({ group, factor, rank, start, end, position, term });
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
  hits: readonly Hit[],
  query: ParsedQuery,
  start: number,
  end: number,
  floor: Float64Array,
  credit: number | null = null,
): number {
  const groups = floor.length;
  if (coverBest.length < groups) {
    coverBest = new Float64Array(groups);
    coverMissed = new Float64Array(groups);
  }
  // Scratch kept between calls: cover runs for every window of every candidate.
  const best = coverBest;
  const missed = coverMissed;
  best.set(floor);
  // Two different related words for one question word ("death toll" for "died") are stronger
  // evidence than either: their factors combine as independent chances (ranking only).
  missed.fill(1, 0, groups);
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k] as Hit;
    if (h.start < start || h.end > end) continue;
    const f = credit === null ? h.rank : h.factor ** credit;
    if (f > (best[h.group] as number)) best[h.group] = f;
    if (credit !== null || h.term === undefined || counted(hits, k, start, end)) continue;
    missed[h.group] = (missed[h.group] as number) * (1 - f);
  }
  if (credit === null)
    for (let g = 0; g < groups; g++)
      if (1 - (missed[g] as number) > (best[g] as number)) best[g] = 1 - (missed[g] as number);
  let sum = 0;
  query.groups.forEach((g, i) => {
    sum += g.weight * (best[i] as number);
  });
  return sum;
}

/** The first index of ascending `xs` whose value is at least `at` (xs.length when none). */
export function firstAtOrAfter(xs: ArrayLike<number>, at: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a hit before hits[k] in [start, end) has its group and term: each pair counts once. */
function counted(hits: readonly Hit[], k: number, start: number, end: number): boolean {
  const { group, term } = hits[k] as Hit;
  for (let j = 0; j < k; j++) {
    const h = hits[j] as Hit;
    if (h.group === group && h.term === term && h.start >= start && h.end <= end) return true;
  }
  return false;
}

/** Weight of consecutive question words found within three words of each other, in order. */
function phraseWeight(
  hits: readonly Hit[],
  query: ParsedQuery,
  start: number,
  end: number,
): number {
  let sum = 0;
  for (let g = 0; g + 1 < query.groups.length; g++) {
    const near = hits.some(
      (a) =>
        a.group === g &&
        a.start >= start &&
        a.end <= end &&
        hits.some(
          (b) =>
            b.group === g + 1 &&
            b.end <= end &&
            b.position > a.position &&
            b.position - a.position <= 3,
        ),
    );
    if (near) sum += ((query.groups[g]?.weight ?? 0) + (query.groups[g + 1]?.weight ?? 0)) / 2;
  }
  return sum;
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
