import { isEveryday } from "../text/common-words.js";
import { foldTokens } from "../text/fold.js";
import { isEditionMarker, isRomanNumeral, isYear } from "../text/markers.js";
import { sentenceTokens } from "../text/sentence-tokens.js";
import { IRREGULAR, type TermCache } from "../text/terms.js";
import { namesAThing } from "../text/wordnet.js";
import type { ParsedQuery } from "./query.js";
import { asksForFigure } from "./question.js";
import { likeliestCorrection } from "./spelling.js";
import { firstAtOrAfter } from "./text-ranges.js";

/**
 * Tuning of the decision that a passage is about what the question asks. A question word is a
 * key word (the name, place, event or year the question is about) when it names a thing
 * (`namesAThing`), is not everyday English, is not a figure other than a year, is not the kind
 * of thing asked for ("which sea creature") and recurs through the articles that use it
 * (`minBurst`).
 */
export interface TopicOptions {
  /**
   * Weakest alternative (spelling correction, derived form) that counts as the key word being
   * there; a plain synonym at `QueryOptions.synonymFactor` says too little. Default 0.5.
   */
  keyMinFactor: number;
  /**
   * A candidate whose article (title or any paragraph) lacks more than this share of the key
   * words' weight is about something else ("another earthquake") and cannot stand against
   * "no match". Default 0.5 (learned, docs/retrieval.md).
   */
  maxMissingKeyShare: number;
  /**
   * Least paragraphs per article that use a word, on average, for it to be a key word: a topic
   * (a place, a name, an event) recurs through the articles about it ("earthquake" 5 paragraphs an
   * article), a word used in passing does not ("equivalent", "knocked": 1). Default 2.
   */
  minBurst: number;
  /**
   * A key word in more paragraphs than this is too common to tell topics apart and counts as
   * present everywhere (also keeps the check cheap). Default 2,000.
   */
  maxKeyPostings: number;
  /**
   * A passage that itself names every key word answers even below `RankOptions.minCoverage`
   * when the key words carry at least this share of the question's weight: the rest is how the
   * question says it ("scrap the scene"), which the article may say otherwise ("the plan had to
   * be ditched"). 1 turns it off. Default 0.4 (docs/retrieval.md).
   */
  minHeldKeyShare: number;
  /**
   * How much of a question word that the corpus never uses, and that names no thing (a verb or
   * adjective: "mediated", "arrested", "hurt"), counts as held: it is how the question says it,
   * which the articles may say otherwise ("negotiated", "detained", "injured"); an absent name or
   * event stays missing. 0 turns it off. Default 0.5 (chosen on fold 0, docs/retrieval.md).
   */
  absentWordingCredit: number;
  /**
   * Share of a word's uses where no sentence opens and no full stop follows that the corpus writes
   * with a capital for the word to be one of the question's names (`keyNames`): "hey" for a mistyped
   * "they" is none. Default 0.5.
   */
  nameCapitalShare: number;
  /**
   * Fewest letters of a name the question gives besides its key name for that name to be held too:
   * an article that never names it ("how many bz4x has toyota sold in europe" against a Toyota
   * story that never names Europe) answers another question. Two capital letters are more often
   * an abbreviation or a slip ("ad" for "and": the corpus writes "AD") than a name. Infinity:
   * the key name alone. Default 3 (chosen on fold 0, docs/retrieval.md).
   */
  minOtherNameLetters: number;
  /**
   * Fewest letters of a word for it to be the question's key name: the corpus writes single letters
   * as names ("U", initials), but one typed in a question is chat's "u" ("u know who won mega
   * millions") or a slip's stray letter, and as the key name it would veto every article. Default 2
   * (docs/retrieval.md).
   */
  minKeyNameLetters: number;
  /** Uses where no sentence opens read for a would-be key name's capitals (the first by paragraph id). Default 8. */
  nameUses: number;
  /** Paragraphs read at most for those uses: a word seldom used where no sentence opens is settled by these. Default 32. */
  nameParagraphs: number;
  /**
   * Least share of the rest of the question, beyond its key name, that a passage holds to answer
   * by coverage: a passage naming the key name and little else the question asks ("heubner
   * apology" met by "… according to Heubner.") answers another question. One naming every key
   * word answers when it holds anything beyond the key name. Not read when the key name is the
   * whole question ("Aliev"). Negative turns it off. Default 0.25 (chosen on fold 0, docs/retrieval.md).
   */
  minBeyondKeyName: number;
  /**
   * The same least share for a passage holding the key name only in part: through its article's
   * title or lead (at `PassageOptions.contextFactor`) or by a weaker spelling. The name then counts
   * at what the passage's coverage credits it, not at its whole share, so a later paragraph that
   * does not repeat the name is read on what it holds of the rest ("Large rocks were hurled as
   * far as 1½ miles south" for "how far did the rocks go when sakurajima blew"). A passage whose
   * article names the key name elsewhere only keeps `minBeyondKeyName` beyond its whole share.
   * Default 0.3 (chosen on fold 0, docs/retrieval.md).
   */
  minBeyondLentName: number;
  /**
   * A question asking what someone said ("what did taco bell say about …") answers only when a
   * passage on topic gives that speaker words: a quote credited to them, a quotation in a
   * sentence naming them, or a verb of saying beside them as its speaker (`attributesWords`). A
   * story that only ranks or lists them has nothing they said. Default true (chosen on fold 0,
   * docs/retrieval.md).
   */
  speakerHeard: boolean;
  /**
   * A passage whose article holds the question's key name and every key word answers once it holds
   * more than `minBeyondKeyName` of the rest, whatever its coverage: the article is about what the
   * question asks, and the rest is how the question says it, which the article may say otherwise
   * ("is rihanna the richest woman in music" against "the world's wealthiest female musician").
   * With no key name, the heaviest key word stands in for it ("who tied the record in 2019" is not
   * answered by "He joined the club in 2019."). A passage in an article missing some key word
   * ("another earthquake") still needs `RankOptions.minCoverage`. Default true (chosen on fold 0,
   * docs/retrieval.md).
   */
  wholeTopicAnswers: boolean;
}

export const defaultTopicOptions: TopicOptions = {
  keyMinFactor: 0.5,
  maxMissingKeyShare: 0.5,
  maxKeyPostings: 2_000,
  minBurst: 2,
  minHeldKeyShare: 0.4,
  absentWordingCredit: 0.5,
  nameCapitalShare: 0.5,
  minOtherNameLetters: 3,
  minKeyNameLetters: 2,
  nameUses: 8,
  nameParagraphs: 32,
  minBeyondKeyName: 0.25,
  minBeyondLentName: 0.3,
  speakerHeard: true,
  wholeTopicAnswers: true,
};

/**
 * A figure other than a year: questions round and convert amounts ("$1.3 billion" for
 * "$1.337 billion", "£15,000" for "150,000 yuan"), so its absence says little. A year stays key.
 */
function isAmount(word: string): boolean {
  return /^\d/.test(word) && !isYear(word);
}

/** What the topic check reads of the index. */
export interface TopicCorpus {
  /** Paragraph ids holding term `id`; read only, before the next call (it may be a view of the index's own postings or of a list the next call reuses). */
  postings: (id: number) => Int32Array;
  /** How many paragraphs hold term `id` (read before `postings`, which may be long). */
  postingCount: (id: number) => number;
  /** Article of paragraph `doc`. */
  articleOf: (doc: number) => number;
  /** Title of article `a` and its publication date ("" when it has neither). */
  title: (a: number) => string;
  /** The words as written, by some live article, whose term is `term`. */
  wordsOf: (term: string) => string[];
  /** Text of paragraph `doc`. */
  paragraph: (doc: number) => string;
  /** Whether the corpus writes a word as a name (`writtenAsName`), as found: kept across questions. */
  writtenAsName: Map<string, boolean>;
}

/** One key word of the question: the articles that use it (null: too common to tell). */
export interface KeyWord {
  /** The question's word, folded. */
  word: string;
  /** Index terms that count as the word (its own, corrections, derived forms). */
  terms: string[];
  weight: number;
  /** Ascending, each once. */
  articles: Int32Array | null;
  /**
   * A roman numeral ("Super Bowl LVII", "World War II") or an ordinal before a name ("the 74th
   * Emmy Awards"): part of an event's name, so an article that lacks it reports another edition.
   * Another ordinal or a year may count the story's own events ("his 62nd home run" asked of the
   * article on his 61st) and weighs like any key word.
   */
  edition: boolean;
}

/**
 * The question's key words and, for each, which articles hold it. A word the corpus lacks
 * altogether (no correction, no related word) is left to the coverage test, where it weighs the
 * most: it may be a name the corpus never mentions or a nickname it cannot place.
 */
export function keyWords(
  query: ParsedQuery,
  corpus: TopicCorpus,
  options: TopicOptions,
): KeyWord[] {
  const out: KeyWord[] = [];
  for (const [i, g] of query.groups.entries()) {
    if (isEditionMarker(g.word)) {
      out.push(editionKey(g, query.groups[i + 1], corpus, options));
      continue;
    }
    if (g.asked || isAmount(g.word)) continue;
    const meant = wordsMeant(g, corpus);
    // A misspelling names a thing only if the word it most likely stands for does ("accordng").
    const named = g.meant !== undefined ? [g.meant] : meant;
    if (
      meant.some(isEveryday) ||
      foldsIntoEveryday(g, corpus) ||
      !named.some((w) => namesAThing(w, IRREGULAR))
    )
      continue;
    const strong = g.alternatives.filter((a) => a.factor >= options.keyMinFactor);
    if (strong.length === 0 && g.alternatives.length > 0) continue;
    const terms = strong.map((a) => a.term);
    const paragraphs = strong.reduce((s, a) => s + corpus.postingCount(a.id), 0);
    if (paragraphs > options.maxKeyPostings) {
      out.push({ word: g.word, terms, weight: g.weight, articles: null, edition: false });
      continue;
    }
    const articles = articlesHolding(
      strong.map((a) => a.id),
      corpus,
    );
    if (paragraphs < options.minBurst * articles.length) continue;
    out.push({ word: g.word, terms, weight: g.weight, articles, edition: false });
  }
  return out;
}

/** A name the question gives and the articles that hold it (see `keyNames`). */
interface KeyName {
  /** Its share of the question's weight. */
  share: number;
  /** Its group in the question. */
  group: number;
  /** Its own term and those of the spellings it was corrected, completed or joined to. */
  terms: string[];
  /** Ascending, each once. */
  articles: Int32Array;
}

/**
 * The question's names, its key name first: of its words the corpus writes as the question
 * does, those that name a thing, are not everyday English and that the corpus mostly writes with
 * a capital (`writtenAsName`), however seldom its articles repeat them; the key name is the
 * heaviest of at least `minKeyNameLetters` letters, the others need `minOtherNameLetters`.
 * WordNet's sense-tagged texts use many names ("Washington", "Japan", "Monday"), so they do not
 * tell a name here; the capitals do. Null when there is none, or when the key name is in more
 * than `maxKeyPostings` paragraphs (too common to tell, as a key word); another name that common
 * is left out.
 */
function keyNames(
  query: ParsedQuery,
  corpus: TopicCorpus,
  options: TopicOptions,
): KeyName[] | null {
  // Heaviest first (the question's order among equals).
  const byWeight = [...query.groups].sort((x, y) => y.weight - x.weight);
  const names: KeyName[] = [];
  for (const g of byWeight) {
    const other = names.length > 0;
    if (
      g.word.length < (other ? options.minOtherNameLetters : options.minKeyNameLetters) ||
      g.asked ||
      /^\d/.test(g.word) ||
      isEditionMarker(g.word) ||
      !g.alternatives.some((a) => a.source === "word" && corpus.wordsOf(a.term).includes(g.word)) ||
      isEveryday(g.word) ||
      !namesAThing(g.word, IRREGULAR) ||
      !isWrittenAsName(g, corpus, options)
    )
      continue;
    const spelt = g.alternatives.filter((a) => a.source !== "related");
    const paragraphs = spelt.reduce((s, a) => s + corpus.postingCount(a.id), 0);
    if (paragraphs > options.maxKeyPostings) {
      if (other) continue;
      return null;
    }
    names.push({
      share: g.weight / (query.totalWeight || 1),
      group: query.groups.indexOf(g),
      terms: spelt.map((a) => a.term),
      articles: articlesHolding(
        spelt.map((a) => a.id),
        corpus,
      ),
    });
  }
  return names.length > 0 ? names : null;
}

/** Words whose capitals an index keeps before it starts afresh (a long-running process stays bounded). */
const NAMES_KEPT = 100_000;

/** `writtenAsName`, read once for many questions: questions repeat their names. */
function isWrittenAsName(
  g: ParsedQuery["groups"][number],
  corpus: TopicCorpus,
  options: TopicOptions,
): boolean {
  const known = corpus.writtenAsName.get(g.word);
  if (known !== undefined) return known;
  const found = writtenAsName(g, corpus, options);
  if (corpus.writtenAsName.size >= NAMES_KEPT) corpus.writtenAsName.clear();
  corpus.writtenAsName.set(g.word, found);
  return found;
}

/**
 * Whether the corpus writes `g`'s word with a capital in more than `nameCapitalShare` of its first
 * `nameUses` uses, as written, where no sentence opens and no full stop follows: an abbreviation
 * ("Portland, Ore.", "Lt. Col.") is a capital that says nothing of "ore" or "lt" typed for
 * "more" or "it". Read in its first `nameParagraphs` paragraphs.
 */
function writtenAsName(
  g: ParsedQuery["groups"][number],
  corpus: TopicCorpus,
  options: TopicOptions,
): boolean {
  // Settled once either way can no longer win over `nameUses` uses.
  const most = options.nameCapitalShare * options.nameUses;
  let capital = 0;
  let uses = 0;
  for (const a of g.alternatives) {
    if (a.source !== "word") continue;
    for (const d of corpus.postings(a.id).subarray(0, options.nameParagraphs)) {
      const text = corpus.paragraph(d);
      for (const { token, opens } of sentenceTokens(text))
        if (token.word === g.word && !opens && text[token.end] !== ".") {
          uses++;
          if (token.capitalized) capital++;
        }
      if (capital > most) return true;
      if (uses - capital >= options.nameUses - most) return false;
    }
  }
  return capital > options.nameCapitalShare * uses;
}

/**
 * Whether article `a` (its paragraphs or title) holds every name of the question (`keyNames`), or
 * the question has none: a passage of an article that never names the question's person or place
 * answers another question, whatever else it shares. The names are found on the first call and
 * each article judged once.
 */
export function holdsKeyName(
  query: ParsedQuery,
  corpus: TopicCorpus,
  options: TopicOptions,
  cache: TermCache,
): KeyNameTest {
  let names: KeyName[] | null | undefined;
  const judged = new Map<number, boolean>();
  // Not `??=`: null, no name, is an answer.
  const found = () => {
    if (names === undefined) names = keyNames(query, corpus, options);
    return names;
  };
  return {
    holds(a) {
      const keys = found();
      if (keys === null) return true;
      let held = judged.get(a);
      if (held === undefined) {
        const unheld = keys.filter((key) => !holds(key.articles, a));
        const title = unheld.length > 0 ? titleTerms(a, corpus, cache) : null;
        held = unheld.every((key) => key.terms.some((t) => title?.has(t)));
        judged.set(a, held);
      }
      return held;
    },
    share: () => found()?.[0]?.share ?? 0,
    group: () => found()?.[0]?.group ?? -1,
  };
}

/** `holdsKeyName`'s answers. */
export interface KeyNameTest {
  /** Whether article `a` holds every name of the question, or the question has none. */
  holds(a: number): boolean;
  /** The key name's share of the question's weight (0 with none). */
  share(): number;
  /** The key name's group in the question (-1 with none). */
  group(): number;
}

/** The terms of article `a`'s title and publication date: a key word the title names is held. */
function titleTerms(a: number, corpus: TopicCorpus, cache: TermCache): Set<string> {
  return new Set(foldTokens(corpus.title(a)).map((t) => cache.term(t.word)));
}

/**
 * The words a question word stands for: itself, or for a misspelling the corpus lacks, the words
 * its likeliest correction is written as ("peopoe": people, everyday English like the word meant;
 * "arested": arrested, a verb, which names no thing).
 */
function wordsMeant(g: ParsedQuery["groups"][number], corpus: TopicCorpus): string[] {
  if (g.alternatives.some((a) => a.source === "word")) return [g.word];
  const typo = likeliestCorrection(g.alternatives);
  const written = typo ? corpus.wordsOf(typo.term) : [];
  return written.length > 0 ? written : [g.word];
}

/**
 * Whether `g`'s word, which the corpus never writes, shares its term with an everyday word the
 * corpus writes: the stemmer folds a slip into it ("peopl": people), and a slip of everyday
 * English is no key word.
 */
function foldsIntoEveryday(g: ParsedQuery["groups"][number], corpus: TopicCorpus): boolean {
  const own = g.alternatives.find((a) => a.source === "word");
  if (own === undefined) return false;
  const written = corpus.wordsOf(own.term);
  return !written.includes(g.word) && written.some(isEveryday);
}

/**
 * A year, ordinal or roman numeral of the question as a key word, however seldom its articles
 * repeat it, as its own term only: "Bowl LVI" joined, or "2022" corrected, is not "2021". A roman
 * numeral, or an ordinal the question follows (`next`, its next word) with a name
 * (`isWrittenAsName`: "the 74th Emmy Awards", not "his 62nd home run"), numbers an event's edition.
 */
function editionKey(
  g: ParsedQuery["groups"][number],
  next: ParsedQuery["groups"][number] | undefined,
  corpus: TopicCorpus,
  options: TopicOptions,
): KeyWord {
  // Stemming and name keys leave figures and numerals as written.
  const own = g.alternatives.find((a) => a.term === g.word);
  const key = {
    word: g.word,
    terms: [g.word],
    weight: g.weight,
    edition:
      isRomanNumeral(g.word) ||
      (!isYear(g.word) && next !== undefined && isWrittenAsName(next, corpus, options)),
  };
  if (own && corpus.postingCount(own.id) > options.maxKeyPostings)
    return { ...key, articles: null };
  return { ...key, articles: articlesHolding(own ? [own.id] : [], corpus) };
}

/**
 * The articles of the paragraphs holding any of the terms `ids`, ascending, each once: sorted
 * typed arrays rather than a set, and paragraphs looked up in order (a key word reads up to
 * `TopicOptions.maxKeyPostings` of them, scattered through the corpus).
 */
function articlesHolding(ids: readonly number[], corpus: TopicCorpus): Int32Array {
  // Copied: a list may be a view the next look-up reuses.
  const lists = ids.map((id) => corpus.postings(id).slice().sort());
  const ranks = new Int32Array(lists.reduce((n, l) => n + l.length, 0));
  let n = 0;
  for (const docs of lists) for (const d of docs) ranks[n++] = corpus.articleOf(d);
  ranks.sort();
  let distinct = 0;
  for (let i = 0; i < n; i++)
    if (i === 0 || ranks[i] !== ranks[i - 1]) ranks[distinct++] = ranks[i] as number;
  return ranks.subarray(0, distinct);
}

/** Whether ascending `xs` holds `x`. */
function holds(xs: Int32Array, x: number): boolean {
  return xs[firstAtOrAfter(xs, x)] === x;
}

/**
 * The share of the key words' weight that article `a` lacks, in its paragraphs and its title: a
 * passage from an article that never names the question's event, place or person answers
 * another question. An article lacking the question's roman numeral lacks all of it: "Super Bowl
 * LVI" shares every other word with the articles on LVII.
 */
export function missingKeyWords(
  keys: readonly KeyWord[],
  a: number,
  corpus: TopicCorpus,
  cache: TermCache,
): number {
  let missing = 0;
  let total = 0;
  let title: Set<string> | null = null;
  for (const k of keys) {
    total += k.weight;
    if (k.articles === null || holds(k.articles, a)) continue;
    title ??= titleTerms(a, corpus, cache);
    if (k.terms.some((t) => title?.has(t))) continue;
    if (k.edition) return 1;
    missing += k.weight;
  }
  return total > 0 ? missing / total : 0;
}

/**
 * The share of the question's weight that `keys` carry when a passage (its folded `words`, with
 * `term` the term of a word, or at least of every key word's) names every one of them, else 0: a passage naming the question's place, person and event is about what it asks even when the
 * question's other words are not the article's.
 */
export function heldKeyShare(
  keys: readonly KeyWord[],
  words: readonly string[],
  totalWeight: number,
  term: (word: string) => string,
): number {
  if (keys.length === 0 || totalWeight <= 0) return 0;
  const terms = new Set<string>();
  for (const w of words) terms.add(term(w));
  if (!keys.every((k) => k.terms.some((t) => terms.has(t)))) return 0;
  return keys.reduce((s, k) => s + k.weight, 0) / totalWeight;
}

/** The key words that are years. */
export function yearKeys(keys: readonly KeyWord[]): KeyWord[] {
  return keys.filter((k) => k.terms.length === 1 && isYear(k.terms[0] as string));
}

/**
 * Whether the question names a year (`years`, of `yearKeys`) that neither `text` (a passage) nor
 * `heading` (its article's title and publication date, and the paragraph before it) name: a
 * passage about another year's event answers another question.
 */
export function missesYear(
  years: readonly KeyWord[],
  text: string,
  heading: string,
  cache: TermCache,
): boolean {
  if (years.length === 0) return false;
  const terms = new Set(foldTokens(`${heading} ${text}`).map((t) => cache.term(t.word)));
  return years.some((k) => !terms.has(k.terms[0] as string));
}

/** The latest of the question's `years` (of `yearKeys`). */
export function latestYear(years: readonly KeyWord[]): number {
  return Math.max(...years.map((k) => Number(k.terms[0])));
}

/**
 * Whether an article published (`published`, "2022-12-14") before `year` is too early to report
 * what the question asks happened then: asked only of a question in the past tense ("how many
 * homers did Judge hit in 2023" against a story of 2022 that names his contract for 2023-29), with
 * `year` its `latestYear`; null for any other question. An article of unknown date is not.
 */
export function publishedBefore(published: string | null, year: number | null): boolean {
  return published !== null && year !== null && Number(published.slice(0, 4)) < year;
}

/** What the no-match decision reads of a question and its candidate passages (each 0..1). */
export interface NoMatchEvidence {
  /** Most of the question's weight one on-topic passage holds. */
  coverage: number;
  /** Most of the question's weight held by an on-topic passage that names every key word. */
  readonly held: number;
  /** Share of the question's weight on words the corpus lacks, with nothing standing for them, that name no thing (verbs, adjectives). */
  absentWordingShare: number;
  /** Least share of the key words' weight a candidate's article lacks (1 with no candidate). */
  offTopic: number;
}

/** One scored candidate as the decision sees it. */
export interface JudgedPassage {
  coverage: number;
  /** Share of the key words' weight its article lacks. */
  offTopic: number;
  /** Its article holds the question's key name (`holdsKeyName`), asked only of on-topic passages. */
  named: () => boolean;
  /** It holds the kind of answer asked for (`PassageMatch.answered`). */
  answered: boolean;
  /** It names something the question does not (`namesAnother`), asked only of who-questions. */
  namesAnother: () => boolean;
  /** What its coverage credits question group `g` (`PassageMatch.groupsHeld`, 0..1). */
  heldOf: (g: number) => number;
  /** heldKeyShare of its words, asked only when the decision needs it (it reads every word). */
  held: () => number;
}

/** Shares of the question's weight (each 0..1) that tie a passage to the question's topic. */
export interface Anchors {
  /** The key name's (0 with none), read on need: finding it reads the corpus's capitals. */
  name: () => number;
  /** The key name's group in the question, read after `name`. Default: none, the name counts at its whole share. */
  nameGroup?: () => number;
  /** The heaviest key word's: it stands in for the key name in `wholeTopicAnswers` when there is none. Default 0. */
  key?: number;
  /**
   * The question's years' (`yearKeys`), together: a passage holding a year must hold more than
   * `minBeyondKeyName` of the rest beyond it, or it names the year in passing ("He joined the club
   * in 2019." for "who tied the record in 2019"). Default 0.
   */
  year?: number;
}

/**
 * What the no-match decision reads of `passages`, tied to the question's topic by `anchors`.
 *
 * @example
 * // A passage holding 0.45 of a question whose key name weighs 0.2 of it: it holds more than
 * // `minBeyondKeyName` of the rest, and its article every key word (offTopic 0), so it covers it.
 * noMatchEvidence(query, [passage], defaultTopicOptions, { name: () => 0.2 }).coverage; // 1
 */
export function noMatchEvidence(
  query: ParsedQuery,
  passages: readonly JudgedPassage[],
  options: TopicOptions,
  anchors: Anchors,
): NoMatchEvidence {
  const { key: keyShare = 0, year = 0 } = anchors;
  const total = query.totalWeight || 1;
  // A figure is what a how-many question asks: a passage with no counted figure does not answer it
  // ("how many rounds of voting … McCarthy speaker" meets "McCarthy, who is hoping to become speaker").
  const figure = asksForFigure(query.kind);
  // Who asks for someone: a passage naming nobody but the question's own names gives no one ("who
  // was the last person ghana executed" meets "Having carried out its last execution in 1993, Ghana …").
  // A verbless "who" may be initials ("who monkeypox emergency"), and asks for no one.
  const someone = query.kind === "person" && query.initials.length === 0;
  const gives = (p: JudgedPassage) =>
    figure ? p.answered : !someone || p.answered || p.namesAnother();
  const named = passages.filter(
    (p) => p.offTopic <= options.maxMissingKeyShare && gives(p) && p.named(),
  );
  // Read once some passage named it: the key name is found on the first `named`.
  const share = named.length > 0 ? anchors.name() : 0;
  // An anchor ties a passage only when it is some of the question, not none or all of it: a
  // question of its key name alone ("Aliev", "what happened to Kaliyev") asks for any passage on it.
  const partial = (part: number) => part > 0 && part < 1;
  const alone = !partial(share) || options.minBeyondKeyName < 0;
  // Whether the passage holds more than `least` of the question beyond an anchor's `part` of it.
  const holdsBeyond = (p: JudgedPassage, part: number, least: number) =>
    p.coverage - part > least * (1 - part);
  const group = share > 0 ? (anchors.nameGroup?.() ?? -1) : -1;
  // A name held in part (the title's or lead's loan) counts at its credit; the rest must then hold
  // `minBeyondLentName` of the question, or anything (`least` 0) for the evidence of every key word.
  const beyondName = (p: JudgedPassage, least: number) => {
    const held = group < 0 ? 1 : p.heldOf(group);
    if (held === 0 || held === 1) return holdsBeyond(p, share, least);
    return p.coverage - share * held > (least > 0 ? options.minBeyondLentName : 0) * (1 - share);
  };
  const beyond = (p: JudgedPassage, least: number) =>
    (alone || beyondName(p, least)) && (!partial(year) || holdsBeyond(p, year, least));
  const absentWording = query.groups.filter(
    (g) => g.alternatives.length === 0 && !namesAThing(g.word, IRREGULAR),
  );
  // An article holding the key name and every key word is on the question's topic: the passage
  // may word the rest otherwise. With no key name, its heaviest key word anchors the passage as the
  // key name does (not a year named in passing).
  const anchored = (p: JudgedPassage) =>
    share > 0 || (partial(keyShare) && holdsBeyond(p, keyShare, options.minBeyondKeyName));
  const covered = (p: JudgedPassage) =>
    options.wholeTopicAnswers && p.offTopic === 0 && anchored(p) ? 1 : p.coverage;
  return new Evidence(
    most(named.filter((p) => beyond(p, options.minBeyondKeyName)).map(covered)),
    // Naming every key word is evidence of its own: anything beyond the key name will do.
    named.filter((p) => beyond(p, 0)),
    absentWording.reduce((s, g) => s + g.weight, 0) / total,
    passages.reduce((m, p) => Math.min(m, p.offTopic), 1),
  );
}

function most(xs: readonly number[]): number {
  return xs.reduce((m, x) => Math.max(m, x), 0);
}

/**
 * The evidence, its `held` read on need. A class, not a getter in an object literal: that is a new
 * accessor each question, and V8 then keeps what its closure holds through every scavenge.
 */
class Evidence implements NoMatchEvidence {
  #held: number | undefined;
  constructor(
    readonly coverage: number,
    /** The on-topic passages whose held key share counts. */
    private readonly onTopic: readonly JudgedPassage[],
    readonly absentWordingShare: number,
    readonly offTopic: number,
  ) {}
  get held(): number {
    this.#held ??= most(this.onTopic.map((p) => p.held()));
    return this.#held;
  }
}

/**
 * Whether the best passages answer at all: one on-topic passage holds `minCoverage` of the
 * question, counting its absent wording at `absentWordingCredit`, or names its every key word
 * when they carry `minHeldKeyShare` of it.
 */
export function answers(
  evidence: NoMatchEvidence,
  minCoverage: number,
  options: TopicOptions,
): boolean {
  // Coverage first: `held` tokenizes the passages, so it is read only when coverage falls short.
  const credited = evidence.coverage + options.absentWordingCredit * evidence.absentWordingShare;
  if (evidence.coverage > 0 && credited >= minCoverage) return true;
  return evidence.held >= options.minHeldKeyShare;
}
