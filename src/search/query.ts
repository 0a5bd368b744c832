import { acronymPhrasesIn, couldBeAcronym, MAX_PRESENT_ACRONYM_LETTERS } from "../text/acronyms.js";
import { isEveryday } from "../text/common-words.js";
import { withoutEmoticons } from "../text/emoticons.js";
import { type FoldedToken, foldTokens } from "../text/fold.js";
import { interjectionsAtEdges } from "../text/interjections.js";
import { isRomanNumeral } from "../text/markers.js";
import { phrasalCompounds } from "../text/phrasal-verbs.js";
import { isStopword } from "../text/stopwords.js";
import { IRREGULAR, type TermCache } from "../text/terms.js";
import type { TokenColumns } from "../text/token-columns.js";
import {
  commonestNounClass,
  defaultWordNetOptions,
  isOnlyAdverb,
  kindsOf,
  lemmasOf,
  namesAThing,
  PERSON_CLASS,
  relatedWords,
  taggedUses,
  type WordNetOptions,
} from "../text/wordnet.js";
import type { Alternative, Terms } from "./alternatives.js";
import { mendedEnglishWord, mendFunctionWords } from "./mend.js";
import { type AnswerKind, answerKind, framesCount, sayingAt } from "./question.js";
import {
  contextLift,
  realWordSlips,
  type SlipContext,
  type SlipOptions,
  slipContext,
} from "./real-word-slips.js";
import type { Correction, Speller } from "./spell.js";
import {
  closestTerms,
  corrections,
  firstLetterSlips,
  likeliestCorrection,
  meantWord,
  misspeltIntoStem,
  type SpellingOptions,
  splitCompound,
  typedEdits,
  typoAlternative,
  wideCorrections,
} from "./spelling.js";

/** Tuning of how a question is read. */
export interface QueryOptions extends SpellingOptions, SlipOptions {
  /** Weight of a WordNet synonym relative to the question's own word. Default 0.2 (learned, docs/retrieval.md). */
  synonymFactor: number;
  /** Weight of a WordNet derived form (depart -> departure) relative to the question's own word. Default 0.5. */
  derivationFactor: number;
  /** Weight of a synonym or derived form when the corpus lacks the question's own word. Default 0.8. */
  absentSynonymFactor: number;
  /** Which WordNet senses and words are used. */
  wordnet: WordNetOptions;
  /**
   * Weight of the name a word the corpus lacks abbreviates, found written out in the first
   * pass's paragraphs ("nyc": "New York City"). Default 1: the name itself, not a guess.
   */
  acronymFactor: number;
  /**
   * Weight of each word of that name on its own, for the name written in lower case ("interim
   * prime minister"); two of them together count as independent chances. Default 0.5.
   */
  acronymWordFactor: number;
  /**
   * Shortest word that, when nothing is within its typos, is read as the start of a longer
   * corpus word: a name cut short ("gronk", "trus"). Default 4.
   */
  completionMinLength: number;
  /** Informative words read at most: a pasted paragraph must not cost more than a question. Default 16. */
  maxWords: number;
  /**
   * Whether a word as typed may be read as a slip for a corpus word one edit away that the
   * question's other words are written beside ("toy": Tony, beside "Dow"): the second reading
   * of a question refused as typed. Default false.
   */
  readSlips: boolean;
  /**
   * Weight of an everyday English word the corpus lacks ("country"), as a share of the weight of
   * a word the corpus lacks altogether. Default 0.35.
   */
  everydayAbsentShare: number;
  /**
   * Most an everyday English word the corpus has ("anyone", "people") weighs, as a share of the
   * weight of a word the corpus lacks: in a small corpus such a word can be rare by chance.
   * Default 0.7.
   */
  everydayPresentShare: number;
  /**
   * Whether a question asks for words only when its question word comes before the verb of
   * saying: "what did Netflix say" does, "Netflix says it lost how many subscribers" asks for a
   * count. Default true (docs/retrieval.md, "Shelved rules read on a second blind set").
   */
  askedBeforeSaying: boolean;
}

export const defaultQueryOptions: QueryOptions = {
  synonymFactor: 0.2,
  derivationFactor: 0.5,
  absentSynonymFactor: 0.8,
  wordnet: defaultWordNetOptions,
  typoFactor: 0.8,
  typoWordRankFactor: 1,
  acronymFactor: 1,
  acronymWordFactor: 0.5,
  typoMinLength: 5,
  typoShortLength: 3,
  typoWideLength: 7,
  completionMinLength: 4,
  maxCorrections: 3,
  everydayAbsentShare: 0.35,
  everydayPresentShare: 0.7,
  maxWords: 16,
  readSlips: false,
  slipOdds: 0.03,
  slipSmoothing: 10,
  slipPostings: 20_000,
  askedBeforeSaying: true,
};

/** One informative word of the question and everything that stands for it. */
export interface QueryGroup {
  word: string;
  /** Inverse document frequency: rare words say more. A word the corpus lacks gets the most. */
  weight: number;
  alternatives: Alternative[];
  /**
   * For a misspelling, the word its likeliest correction is written as, closest to what was typed
   * ("accordng": according, not accordance).
   */
  meant?: string;
  /**
   * The word names the kind of thing asked for ("creature" in "which sea creature"): the answer
   * need not use it.
   */
  asked: boolean;
  /**
   * In a question asking for words, the word may name who speaks: it comes before the verb of
   * saying ("Liz Cheney" in "what did Liz Cheney say after she lost to Hageman", not "Hageman").
   */
  speaks: boolean;
  /** A unit of time framing a how-many question's count ("this year"), not what it counts (`framesCount`). */
  frames?: true;
}

export interface ParsedQuery {
  groups: QueryGroup[];
  kind: AnswerKind | null;
  /** Sum of the group weights: what a passage would score if it held every word. */
  totalWeight: number;
  /**
   * Function words that may be a name's initials, read as such only when the first pass's
   * paragraphs write that name out (`withAcronyms`): the "who" of "who monkeypox emergency".
   */
  initials: string[];
  /**
   * The noun whose individuals answer the question, when WordNet may know them by name: the head
   * of "which state", "what country". Null (or absent) for other questions.
   */
  askedClass?: string | null;
  /** A how-much question read as a count: an amount stated by its sign or unit answers it too. */
  howMuch?: boolean;
  /** Words read as slips for others the corpus writes beside the question's words (`readSlips`). */
  slips?: number;
}

/** BM25's inverse document frequency. */
export function idf(df: number, docs: number): number {
  return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
}

/** What a question is read against. */
export interface QueryCorpus {
  vocabulary: Terms;
  speller: Speller;
  /** Paragraphs holding term `id`. */
  df: (id: number) => number;
  /** Paragraphs in all. */
  docs: number;
  /** The corpus's words as written whose term is `term` (for what a misspelling stands for). */
  wordsOf?: (term: string) => readonly string[];
  /** Whether some paragraph holds every one of the terms `ids`. */
  together?: (ids: readonly number[]) => boolean;
  /**
   * Counts for the terms `others` (the first 32): for term `id`, how many paragraphs hold it and
   * each of them.
   */
  beside?: (others: readonly number[]) => (id: number) => number[];
}

/** A web address pasted with a question ("is this true? https://…"): its parts are no words of it. */
const LINK = /\b(?:https?:\/\/|www\.)\S+/gi;

/** Reads a question into weighted word groups against the corpus vocabulary. */
export function parseQuery(
  question: string,
  { vocabulary, speller, df: documentFrequency, docs, wordsOf, together, beside }: QueryCorpus,
  cache: TermCache,
  options: QueryOptions,
): ParsedQuery {
  question = mendFunctionWords(withoutEmoticons(question.replace(LINK, " ")), (w) =>
    speller.writes(w),
  );
  const words = foldTokens(question);
  // A hyphenated word counts once: as its joined form when the corpus knows it, else as parts.
  const skip = new Set<FoldedToken>();
  for (const j of words) {
    if (!j.joined) continue;
    if (vocabulary.id(cache.term(j.word)) < 0) skip.add(j);
    else for (const w of words) if (!w.joined && w.start >= j.start && w.end <= j.end) skip.add(w);
  }
  const kind = answerKind(question, options.askedBeforeSaying);
  const askedFor = askedWords(words);
  const saying = sayingAt(question);
  const groups: QueryGroup[] = [];
  const seen = new Set<string>();
  // A misspelt word as the corpus writes its likeliest correction, by start offset.
  const meant = new Map<number, string>();
  // Asked of a misspelt word twice (split, then corrected): worked out once, scanning the vocabulary.
  const corrected = new Map<string, Correction[]>();
  const once = (key: string, find: () => Correction[]): Correction[] => {
    let found = corrected.get(key);
    if (found === undefined) {
      found = find();
      corrected.set(key, found);
    }
    return found;
  };
  const correct = (word: string, term: string): Correction[] =>
    once(word, () => corrections(speller, word, term, options));
  // Keyed apart from `correct`'s (no word starts with a space).
  const correctWide = (word: string, term: string): Correction[] =>
    once(` ${word}`, () => wideCorrections(speller, word, term, options));
  // A correction is into an English word when WordNet's sense-tagged texts use a word the corpus
  // writes for it ("deny" for "denied"); names ("Bakiyev", "Musk") they never use.
  const english = (term: string): boolean =>
    wordsOf?.(term).some((w) => taggedUses(w, IRREGULAR) > 0) === true;
  // A word the corpus lacks that misspells one of its words is no closed compound ("morberg" is
  // Marburg misspelt, not "mor" and "berg").
  const misspelt = (word: string, term: string): boolean =>
    correct(word, term).length > 0 || correctWide(word, term).length > 0;
  const chat = chatAtEdges(question, words);
  const adverbs = stanceAdverbs(words, cache);
  const content = words
    .filter(
      (w, i) =>
        !skip.has(w) &&
        !chat.has(w) &&
        !adverbs.has(w) &&
        cache.term(w.word) !== "" &&
        !isQuestionAdjective(words, i) &&
        !CORPUS_WORDS.has(w.word) &&
        !(kind === "quote" && AUDIENCE.has(w.word)),
    )
    .flatMap((w) => splitCompound(w, vocabulary, misspelt, cache))
    .slice(0, options.maxWords);
  // The question's words the corpus writes, counted once beside each neighbour a real-word slip
  // or a correction may be for (made on first use: only a question refused as typed reads slips,
  // only a misspelt word with several corrections orders them by it).
  let context: SlipContext | null = null;
  const slipContextOf = () =>
    slipContext(
      content.map((w) => vocabulary.id(cache.term(w.word))),
      documentFrequency,
      beside,
      options,
    );
  let slips = 0;
  content.forEach((w, i) => {
    const term = cache.term(w.word);
    if (seen.has(term)) return;
    seen.add(term);
    const alternatives: Alternative[] = [];
    const own = vocabulary.id(term);
    const stemOnly = own >= 0 ? misspeltIntoStem(w, term, own, speller, options) : [];
    // A misspelling whose stem some other corpus word has is read as the words it misspells.
    const id = stemOnly.length > 0 ? -1 : own;
    // The word as meant (a misspelt English word read as it, below).
    let word = w.word;
    if (id >= 0) alternatives.push({ id, term, factor: 1, source: "word" });
    else if (!/^\d/.test(term) && !isRomanNumeral(term)) {
      let found = stemOnly.length > 0 ? stemOnly : correct(w.word, term);
      if (found.length === 0 && typedEdits(w.word, options) > 0)
        found = firstLetterSlips(w.word, speller, vocabulary, cache);
      if (found.length === 0 && w.word.length >= options.completionMinLength)
        found = speller.completions(w.word);
      // Several corrections: those the question's other words are written beside come first.
      if (found.length > 1) context ??= slipContextOf();
      const near = context;
      const lift = near
        ? (cid: number) =>
            contextLift(cid, -1, near, documentFrequency, docs, options.slipSmoothing)
        : undefined;
      alternatives.push(
        ...closestTerms(found, vocabulary, documentFrequency, english, options, lift),
      );
      // Nothing in the corpus near it: an English word misspelt ("retireeent"), read as that word
      // so that its stem and related words stand for it. A capitalised word is a name ("Fance").
      const mended =
        found.length === 0 && !w.capitalized
          ? mendedEnglishWord(w.word, options.typoMinLength)
          : null;
      // Nor an English word: perhaps a long word misspelt twice ("eemrgancy").
      if (found.length === 0 && mended === null)
        alternatives.push(
          ...closestTerms(
            correctWide(w.word, term),
            vocabulary,
            documentFrequency,
            english,
            options,
          ),
        );
      if (mended !== null) {
        word = mended;
        const meant = cache.term(mended);
        const eid = vocabulary.id(meant);
        if (eid >= 0) alternatives.push(typoAlternative(eid, meant, 1, () => true, options));
      }
    }
    // "Jalal Abad" asked, "Jalalabad" written; "locked down" asked, "lockdown" written.
    const next = content[i + 1];
    const prev = content[i - 1];
    const joinedForms = [
      next ? w.word + next.word : "",
      prev ? prev.word + w.word : "",
      ...phrasalCompounds(words, w),
    ];
    for (const joined of joinedForms) {
      if (joined === "") continue;
      const jid = vocabulary.id(cache.term(joined));
      if (jid >= 0)
        alternatives.push({ id: jid, term: cache.term(joined), factor: 1, source: "word" });
    }
    // When the corpus never uses the word, its same-meaning words are how the corpus says it
    // ("arrested" asked, only "detained" written): they count as much as a spelling correction.
    const synonymIds: Alternative[] = [];
    // Its kinds too: "hurt" asked, only "injured" written.
    const kinds = id < 0 ? kindsOf(word, IRREGULAR, options.wordnet) : [];
    // A word of a synonym written as several ("nuclear" of "nuclear warhead" for "nukes") only for
    // a word the corpus lacks, and only when some paragraph writes all of them.
    const related = relatedWords(word, IRREGULAR, options.wordnet);
    const sameMeaning = related.filter(
      (r) =>
        r.relation !== "part" ||
        (id < 0 &&
          together !== undefined &&
          writtenTogether(r.of ?? "", vocabulary, cache, together)),
    );
    for (const related of [
      ...sameMeaning,
      ...kinds.map((w) => ({ word: w, relation: "kind" as const })),
    ]) {
      const syn = cache.term(related.word);
      const sid = syn === term ? -1 : vocabulary.id(syn);
      const factor =
        id < 0
          ? options.absentSynonymFactor
          : related.relation === "synonym"
            ? options.synonymFactor
            : options.derivationFactor;
      if (sid >= 0) synonymIds.push({ id: sid, term: syn, factor, source: "related" });
    }
    // A word the corpus writes may also be written out as a name of two words, read as passages
    // read a capitalised pair: "United States" for "us", "United Nations" for "un". Not for a word
    // it lacks, whose rare WordNet sense would then stand alone ("exec": {White House, EXEC}).
    if (id >= 0)
      for (const entry of new Set(related.map((r) => r.of))) {
        const parts = entry?.split("_");
        if (parts?.length !== 2) continue;
        const pair = cache.term(parts.join(""));
        const pid = pair === term ? -1 : vocabulary.id(pair);
        if (pid >= 0)
          synonymIds.push({
            id: pid,
            term: pair,
            factor: options.synonymFactor,
            source: "related",
          });
      }
    alternatives.push(...synonymIds);
    if (
      options.readSlips &&
      !w.capitalized &&
      !w.numeric &&
      !alternatives.some((a) => a.source === "typo")
    ) {
      context ??= slipContextOf();
      const read = realWordSlips(w.word, term, id, context, {
        speller,
        df: documentFrequency,
        docs,
        vocabulary,
        options,
      });
      if (read.length > 0) slips++;
      alternatives.push(...read);
    }
    const typed = id < 0 && wordsOf ? meantWord(w.word, alternatives, wordsOf) : null;
    if (typed !== null) meant.set(w.start, typed);
    // ... and the word is as telling as those words, not as an unknown word.
    // A misspelling is as telling as the word it stands for ("knockyd" as "knocked").
    // Its likeliest correction, not its rarest: "earhquake" is the earthquake of 60 paragraphs, not
    // the one paragraph's "eartquake".
    const likeliest = likeliestCorrection(alternatives);
    const standIns = likeliest === null ? synonymIds : [...synonymIds, likeliest];
    const found =
      id >= 0
        ? idf(documentFrequency(id), docs)
        : standIns.length > 0
          ? Math.max(...standIns.map((a) => idf(documentFrequency(a.id), docs)))
          : idf(0, docs);
    // Everyday English ("anyone", "people", "take") never outweighs a topic word, present or not.
    const share = id >= 0 ? options.everydayPresentShare : options.everydayAbsentShare;
    const weight = isEveryday(word) ? Math.min(found, idf(0, docs) * share) : found;
    groups.push({
      word,
      weight,
      alternatives: dedupe(alternatives),
      ...(typed !== null ? { meant: typed } : {}),
      asked: askedFor.has(w.start),
      speaks: kind === "quote" && (saying < 0 || w.start < saying),
      ...(framesCount(kind, words, words.indexOf(w)) ? { frames: true as const } : {}),
    });
  });
  const totalWeight = groups.reduce((s, g) => s + g.weight, 0);
  return {
    groups,
    kind,
    totalWeight,
    initials: verblessInitials(question.toLowerCase(), words),
    askedClass: askedHead(words, askedFor, meant),
    slips,
    howMuch: kind === "number" && /\bhow much\b/i.test(question),
  };
}

/**
 * The question's words that are chat filler at its start or end ("pls … lol", "ok so …", "… or
 * nah": `interjectionsAtEdges`); none when only function words would be left: read as typed.
 */
function chatAtEdges(question: string, words: readonly FoldedToken[]): Set<FoldedToken> {
  const filler = new Set(interjectionsAtEdges(question));
  if (filler.size === 0) return new Set();
  let first = 0;
  while (first < words.length && filler.has((words[first] as FoldedToken).word)) first++;
  if (first > 0 && isVocative(words[first], words[first + 1])) first++;
  let last = words.length;
  while (last > first && filler.has((words[last - 1] as FoldedToken).word)) last--;
  const kept = words.slice(first, last);
  return kept.some((w) => !isStopword(w.word))
    ? new Set([...words.slice(0, first), ...words.slice(last)])
    : new Set();
}

/**
 * The question's everyday words that WordNet lists only as adverbs ("what is walensky actually
 * changing", "has anyone really stopped lava"): they say how the question is meant, not what
 * it is about, so they are read like function words. None when nothing else would be left.
 */
function stanceAdverbs(words: readonly FoldedToken[], cache: TermCache): Set<FoldedToken> {
  const adverbs = new Set(
    words.filter((w) => isEveryday(w.word) && isOnlyAdverb(w.word, IRREGULAR)),
  );
  return words.every((w) => adverbs.has(w) || cache.term(w.word) === "") ? new Set() : adverbs;
}

/** Words that open an English question: the question words and the auxiliaries of a yes/no question. */
const QUESTION_OPENER =
  /^(?:who|what|when|where|why|how|which|did|does|do|is|are|was|were|can|will)\b/i;

/**
 * Whether `word`, after the question's opening interjection and before `next`, names whom the
 * question is asked of ("hey guys what did …"): a noun whose commonest sense, by its base forms,
 * is a person, followed by a question word or auxiliary. "omg people died" asks about the people.
 */
function isVocative(word: FoldedToken | undefined, next: FoldedToken | undefined): boolean {
  return (
    word !== undefined &&
    next !== undefined &&
    QUESTION_OPENER.test(next.word) &&
    lemmasOf(word.word, IRREGULAR).some((l) => commonestNounClass(l) === PERSON_CLASS)
  );
}

/** Whether some paragraph of the corpus holds every word of a WordNet entry ("nuclear_warhead"). */
function writtenTogether(
  lemma: string,
  vocabulary: Terms,
  cache: TermCache,
  together: (ids: readonly number[]) => boolean,
): boolean {
  const ids = lemma.split("_").map((w) => vocabulary.id(cache.term(w)));
  return ids.every((id) => id >= 0) && together(ids);
}

/**
 * The noun that heads the phrase naming what is asked for: "seat" in "which US Senate seat",
 * "state" in "which state approved": the last word naming a thing before one that does not.
 */
function askedHead(
  words: readonly FoldedToken[],
  asked: ReadonlySet<number>,
  meant: ReadonlyMap<number, string>,
): string | null {
  let head: string | null = null;
  for (const w of words) {
    if (!asked.has(w.start) || w.joined) continue;
    const word = meant.get(w.start) ?? w.word;
    if (!namesAThing(word, IRREGULAR)) {
      if (head !== null) break;
      continue;
    }
    head = word;
  }
  return head;
}

/**
 * The one function word of a question otherwise made only of words naming things, when it could
 * be initials: a question word always comes with a verb ("who won", "who's"), so in "who
 * monkeypox emergency" it is more likely an organisation written in lower case.
 */
function verblessInitials(question: string, words: readonly FoldedToken[]): string[] {
  const plain = words.filter((w) => !w.joined);
  const functionWords = plain.filter((w) => isStopword(w.word));
  const [only] = functionWords;
  if (!only || functionWords.length > 1 || plain.length < 2 || !couldBeAcronym(only.word))
    return [];
  // "who's" is "who is": a verb.
  if (question.slice(only.start, only.end) !== only.word) return [];
  const named = plain.every((w) => w === only || w.numeric || namesAThing(w.word, IRREGULAR));
  return named ? [only.word] : [];
}

/**
 * `parsed` with the words that may be a name's initials read as the name `texts` (the tokens,
 * `tokenColumns`, of the first pass's paragraphs, asked for only when some word could be initials) write out in that many
 * capitalised words ("nyc": "New York City"), matched by that name's word pairs as the index
 * joins them ("newyork", "yorkciti"); the name written most often wins, the first seen on a tie.
 * Such a word is one the corpus lacks and nothing stands for; one the corpus has that none of
 * those paragraphs writes ("pm" for "Prime Minister"), the name joining the word's own term; or
 * a function word of a question with no verb ("who monkeypox emergency": the World Health
 * Organization), a word of its own only when some name is found. Null when no word changes.
 */
export function withAcronyms(
  parsed: ParsedQuery,
  texts: () => ReadonlyArray<TokenColumns>,
  { vocabulary, df, docs }: QueryCorpus,
  cache: TermCache,
  options: QueryOptions,
): ParsedQuery | null {
  const weightOf = (alternatives: readonly Alternative[]) =>
    Math.max(...alternatives.filter((a) => a.source === "typo").map((a) => idf(df(a.id), docs)));
  let changed = false;
  let read: Array<{ tokens: TokenColumns; terms: Set<string> | null }> | null = null;
  /**
   * The name `word` abbreviates, written out in the paragraphs ("nyc": "New York City"). For a
   * word the corpus has, only when the name is written, in paragraphs holding another word of
   * the question, more often than the word itself is: "pm" is "p.m." in paragraphs about
   * something else, "Prime Minister" in the one about Israel.
   */
  const spelledOut = (word: string, present: boolean): Alternative[] => {
    // A name's words as plain tokens: hyphenated words as their parts.
    read ??= texts().map((tokens) => ({ tokens: tokens.plain(), terms: null }));
    const found = read.map((paragraph) => acronymPhrasesIn(word, paragraph.tokens));
    if (found.every((phrases) => phrases.length === 0)) return [];
    const seen = new Map<string, number>();
    const term = cache.term(word);
    let itself = 0;
    for (const [i, paragraph] of read.entries()) {
      const phrases = found[i] ?? [];
      if (!present) {
        for (const phrase of phrases) count(seen, phrase.join(" "));
        continue;
      }
      paragraph.terms ??= new Set(paragraph.tokens.word.map((w) => cache.term(w)));
      const terms = paragraph.terms;
      const onTopic = parsed.groups.some(
        (g) => g.word !== word && g.alternatives.some((a) => terms.has(a.term)),
      );
      if (!onTopic) continue;
      if (terms.has(term)) itself++;
      for (const phrase of phrases) count(seen, phrase.join(" "));
    }
    let best = "";
    for (const [key, n] of seen) if (n > (seen.get(best) ?? 0)) best = key;
    if ((seen.get(best) ?? 0) <= itself) return [];
    const words = best.split(" ");
    const alternatives: Alternative[] = [];
    for (let k = 0; k + 1 < words.length; k++) {
      const term = cache.term(`${words[k]}${words[k + 1]}`);
      const id = vocabulary.id(term);
      if (id >= 0) alternatives.push({ id, term, factor: options.acronymFactor, source: "typo" });
    }
    if (alternatives.length === 0) return [];
    // The name also written in lower case ("interim prime minister"), word by word, each saying
    // only as much as it is rare next to the name.
    const name = weightOf(alternatives);
    for (const w of words) {
      const term = cache.term(w);
      const id = term === "" ? -1 : vocabulary.id(term);
      if (id < 0) continue;
      const factor = options.acronymWordFactor * Math.min(1, idf(df(id), docs) / name);
      alternatives.push({ id, term, factor, source: "related" });
    }
    return alternatives;
  };
  const groups = parsed.groups.map((g) => {
    if (!couldBeAcronym(g.word)) return g;
    const present = g.alternatives.some((a) => a.source === "word");
    // A short word the corpus lacks may be initials though it is one slip from a corpus word
    // ("nyc", "nbc"): initials written out where the question's other words are say more.
    const guessed = !present && g.word.length < options.typoMinLength;
    if (
      present ? g.word.length > MAX_PRESENT_ACRONYM_LETTERS : g.alternatives.length > 0 && !guessed
    )
      return g;
    const alternatives = spelledOut(g.word, present);
    if (alternatives.length === 0) return g;
    changed = true;
    const weight = Math.min(g.weight, weightOf(alternatives));
    const kept = guessed ? [] : g.alternatives;
    return { ...g, weight, alternatives: dedupe([...kept, ...alternatives]) };
  });
  let kind = parsed.kind;
  for (const word of parsed.initials) {
    const alternatives = spelledOut(word, false);
    if (alternatives.length === 0) continue;
    changed = true;
    const weight = weightOf(alternatives);
    groups.push({ word, weight, alternatives: dedupe(alternatives), asked: false, speaks: false });
    // "who monkeypox emergency" names the organisation; it asks for no person.
    kind = null;
  }
  if (!changed) return null;
  return { ...parsed, groups, kind, totalWeight: groups.reduce((s, g) => s + g.weight, 0) };
}

/**
 * `parsed` without the words too short to correct (under `typoShortLength` letters) that the
 * corpus lacks and nothing stands for, not even initials ("tp" for top, "sb" for sub): a slip no
 * reading recovers says nothing of the topic, so it neither weighs as an unknown name nor refuses
 * the question. Null when no word is left out, or when no other word is left.
 */
export function withoutUnreadShortWords(
  parsed: ParsedQuery,
  options: SpellingOptions,
): ParsedQuery | null {
  const kept = parsed.groups.filter(
    (g) => g.alternatives.length > 0 || g.word.length >= options.typoShortLength,
  );
  if (kept.length === parsed.groups.length || kept.length === 0) return null;
  return keeping(parsed, kept);
}

/** Longest word read as chat shorthand ("tbh", "thx", "idk") by `withoutUnknownEdgeWords`. */
const MAX_SHORTHAND_LETTERS = 4;

/**
 * `parsed` without a short lower-case word at the question's first or last content place that
 * WordNet does not know and the corpus does not write, read at most as a spelling correction
 * ("… ngl" as NFL): chat shorthand no lexicon holds ("who mediated the departure tbh", "idk but
 * who …"); and without a single letter typed in lower case anywhere, which the corpus may write
 * as a name or an initial but chat writes for a word ("did u see what happened at yellowstone");
 * and without the lower-case words before a question word or auxiliary that comes second or third
 * ("wait what happened to Kaliyev": `MAX_WORDS_BEFORE_OPENER`). Keyword searches too ("yuan
 * record low tbh"), when two words or more are left: in a search of two ("nyd rain") such a word
 * is the topic. A question (a question word or auxiliary opens it, or it asks for a kind of
 * answer) may keep one ("what happened to Kaliyev tbh"). Null when none is left out. A reading of
 * last resort, for a question refused however else it is read.
 */
export function withoutUnknownEdgeWords(question: string, parsed: ParsedQuery): ParsedQuery | null {
  const words = foldTokens(question);
  const content = words.filter((t) => !isStopword(t.word));
  const edges = [content[0], content[content.length - 1]].filter(
    (t): t is FoldedToken =>
      t !== undefined &&
      !t.capitalized &&
      t.word.length <= MAX_SHORTHAND_LETTERS &&
      /^[a-z]+$/.test(t.word) &&
      lemmasOf(t.word, IRREGULAR).length === 0,
  );
  const letters = content.filter((t) => !t.capitalized && /^[a-z]$/.test(t.word));
  const before = wordsBeforeOpener(words);
  const shorthand = (g: QueryGroup) =>
    (g.alternatives.every((a) => a.source === "typo") && edges.some((t) => t.word === g.word)) ||
    letters.some((t) => t.word === g.word) ||
    before.includes(g.word);
  const kept = parsed.groups.filter((g) => !shorthand(g));
  const asks = parsed.kind !== null || QUESTION_OPENER.test(question.trim()) || before.length > 0;
  if (kept.length === parsed.groups.length || kept.length < (asks ? 1 : 2)) return null;
  return keeping(parsed, kept);
}

/** Most words typed before a question's opening word that `withoutUnknownEdgeWords` reads as chat. */
const MAX_WORDS_BEFORE_OPENER = 2;

/**
 * Of a question's `words`, those typed before a question word or auxiliary that opens the rest
 * ("wait", "hmm ok"), when they are all in lower case and at most `MAX_WORDS_BEFORE_OPENER`; else
 * none.
 */
function wordsBeforeOpener(words: readonly FoldedToken[]): string[] {
  const at = words.findIndex((t) => QUESTION_OPENER.test(t.word));
  const before = words.slice(0, Math.max(at, 0));
  return before.length <= MAX_WORDS_BEFORE_OPENER && before.every((t) => !t.capitalized)
    ? before.map((t) => t.word)
    : [];
}

/** `parsed` reading only `groups`, weighed as what is left. */
function keeping(parsed: ParsedQuery, groups: QueryGroup[]): ParsedQuery {
  return { ...parsed, groups, totalWeight: groups.reduce((s, g) => s + g.weight, 0) };
}

function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Words that open the phrase naming what is asked for: "which sea creature", "what state". */
const ASKING = new Set(["which", "what", "whose"]);
/** Longest phrase after "which"/"what" read as the kind of thing asked for. */
const MAX_ASKED_WORDS = 3;

/** Start offsets of the words after "which"/"what" up to the first function word. */
function askedWords(words: readonly FoldedToken[]): Set<number> {
  const out = new Set<number>();
  words.forEach((w, i) => {
    if (!ASKING.has(w.word)) return;
    for (const next of words.slice(i + 1, i + 1 + MAX_ASKED_WORDS)) {
      if (isStopword(next.word)) break;
      out.add(next.start);
    }
  });
  return out;
}

/**
 * The names of what the bot searches: "what do the articles say about …", "according to the
 * sources …", "which outlets reported …" ask about the story the articles tell, and every answer
 * names its outlet and article anyway.
 */
const CORPUS_WORDS = new Set(["article", "articles", "source", "sources", "outlet", "outlets"]);

/** "What did X tell reporters": whom words were said to is attribution, not what they were about. */
const AUDIENCE = new Set(["reporter", "reporters", "journalist", "journalists", "press"]);

function dedupe(alternatives: Alternative[]): Alternative[] {
  const best = new Map<number, Alternative>();
  for (const a of alternatives) {
    const had = best.get(a.id);
    if (!had || had.factor < a.factor) best.set(a.id, a);
  }
  return [...best.values()];
}

/** "old" in "how old", "far" in "how far": they ask for a figure, the answer kind covers them. */
function isQuestionAdjective(words: readonly FoldedToken[], i: number): boolean {
  return (
    words[i - 1]?.word === "how" &&
    /^(old|far|long|big|large|many|much|often|tall|high)$/.test(words[i]?.word ?? "")
  );
}
