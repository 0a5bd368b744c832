import { scanWords } from "../text/fold.js";
import { IRREGULAR, type TermCache } from "../text/terms.js";
import { WordShapes } from "../text/word-shapes.js";
import { isMostlyVerb, lemmasOf } from "../text/wordnet.js";
import { rankFactor } from "./alternatives.js";
import type { ParsedQuery, QueryGroup } from "./query.js";

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
export function groupsIn(
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

function termGroups(query: ParsedQuery): TermGroups {
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
  /**
   * For a how-many question, the terms of its verbs (`countingTerms`) and of their alternatives: a
   * count earns `answerBonus` only in a window holding one. Empty otherwise.
   */
  countedBy: ReadonlySet<string>;
  /** The terms of the units of time framing a how-many question's count (`QueryGroup.frames`). */
  frames: ReadonlySet<string>;
}

/**
 * The question's terms for scoring passages. With `wordsOfTerm` (every word as written, of the
 * paragraphs passages come from, whose term is the given one), a passage word's term is read from
 * the question's own words: no stemming, and a look-up in a small table rather than the cache of
 * every word met. `countVerbWeight`: the weight from which a how-many question's verb binds its
 * count (`countedBy`).
 */
export function passageTerms(
  query: ParsedQuery,
  cache: TermCache,
  wordsOfTerm: ((term: string) => readonly string[]) | null = null,
  countVerbWeight = 0,
): PassageTerms {
  const groupsOf = termGroups(query);
  const shared = {
    groupsOf,
    cache,
    lent: new Map<PassageContext, readonly number[]>(),
    countedBy: countingTerms(query, countVerbWeight),
    frames: termsOf(query.groups.filter((g) => g.frames)),
  };
  if (!wordsOfTerm) return { ...shared, indexed: (word) => cache.term(word), written: null };
  const termOfWord = new Map<string, string>();
  for (const term of groupsOf.keys())
    for (const word of wordsOfTerm(term)) termOfWord.set(word, term);
  const written = new WordShapes([...termOfWord.keys()]);
  return {
    ...shared,
    // Most words of a passage are none of the question's: their shape tells without a look-up.
    indexed: (word) => (written.mayHold(word, 0, word.length) ? (termOfWord.get(word) ?? "") : ""),
    written,
  };
}

/** The terms of `groups`' words and of their alternatives. */
function termsOf(groups: readonly QueryGroup[]): Set<string> {
  return new Set(groups.flatMap((g) => g.alternatives.map((a) => a.term)));
}

/**
 * The terms a count must stand beside (`PassageTerms.countedBy`): for a how-many question, those of
 * each of its verbs weighing at least `minWeight` ("kill" in "how many people did fiona kill";
 * a verb as common as "get" or "go" says little of what is counted). A question asks with its
 * verb in the base or past form ("did … kill", "died"); a word written as its base plus "-s" is a
 * noun there ("the current protests").
 */
function countingTerms(query: ParsedQuery, minWeight: number): Set<string> {
  if (query.kind !== "number") return new Set();
  return termsOf(
    query.groups.filter((group) => {
      const word = group.meant ?? group.word;
      return group.weight >= minWeight && isMostlyVerb(word, IRREGULAR) && !isPluralForm(word);
    }),
  );
}

/** Whether WordNet knows `word` only as its base plus "-s" ("protests", "kills"; not "pass"). */
function isPluralForm(word: string): boolean {
  return word.endsWith("s") && !lemmasOf(word, IRREGULAR).includes(word);
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
