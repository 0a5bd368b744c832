import { acronymPhrasesIn, couldBeAcronym, MAX_PRESENT_ACRONYM_LETTERS } from "../text/acronyms.js";
import { isEveryday } from "../text/common-words.js";
import { type FoldedToken, foldTokens } from "../text/fold.js";
import { isRomanNumeral } from "../text/markers.js";
import { isStopword } from "../text/stopwords.js";
import { IRREGULAR, type TermCache } from "../text/terms.js";
import type { TokenColumns } from "../text/token-columns.js";
import {
  defaultWordNetOptions,
  kindsOf,
  namesAThing,
  relatedWords,
  taggedUses,
  type WordNetOptions,
} from "../text/wordnet.js";
import { isEnglish, LETTERS, mendedEnglishWord, mendFunctionWords } from "./mend.js";
import { type AnswerKind, answerKind, sayingAt } from "./question.js";
import type { Correction, Speller } from "./spell.js";
import { editDistance } from "./vocabulary.js";

/** Tuning of how a question is read. */
export interface QueryOptions {
  /** Weight of a WordNet synonym relative to the question's own word. Default 0.2 (learned, docs/retrieval.md). */
  synonymFactor: number;
  /** Weight of a WordNet derived form (depart -> departure) relative to the question's own word. Default 0.5. */
  derivationFactor: number;
  /** Weight of a synonym or derived form when the corpus lacks the question's own word. Default 0.8. */
  absentSynonymFactor: number;
  /** Which WordNet senses and words are used. */
  wordnet: WordNetOptions;
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
   * Shortest word that, when nothing is within its typos, is read as the start of a longer
   * corpus word: a name cut short ("gronk", "trus"). Default 4.
   */
  completionMinLength: number;
  /**
   * Corrections kept for one misspelt word: the closest, commonest first, each weighted by the
   * square root of its frequency relative to the commonest. Default 3.
   */
  maxCorrections: number;
  /** Informative words read at most: a pasted paragraph must not cost more than a question. Default 16. */
  maxWords: number;
  /**
   * Whether a word as typed may be read as a slip for a corpus word one edit away that the
   * question's other words are written beside ("toy": Tony, beside "Dow"): the second reading
   * of a question refused as typed. Default false.
   */
  readSlips: boolean;
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
};

/** One index term that counts as the question's word, with how much it counts. */
export interface Alternative {
  id: number;
  term: string;
  factor: number;
  /**
   * How it stands for the word: the word itself (or joined with a neighbour), a spelling
   * correction or completion, or a WordNet related word. A name is only ever matched by the first two.
   */
  source: "word" | "typo" | "related";
  /**
   * Its weight in ranking when that is not `factor` (what it counts toward coverage and key
   * words): a correction into an English word is surer than one into a name.
   */
  rank?: number;
}

/** What an alternative weighs in ranking. */
export function rankFactor(a: Alternative): number {
  return a.rank ?? a.factor;
}

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
  /** Words read as slips for others the corpus writes beside the question's words (`readSlips`). */
  slips?: number;
}

/** BM25's inverse document frequency. */
export function idf(df: number, docs: number): number {
  return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
}

/** Term strings <-> ids of the corpus (-1 for a term it does not use). */
export interface Terms {
  id(term: string): number;
  term(id: number): string;
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

/** Reads a question into weighted word groups against the corpus vocabulary. */
export function parseQuery(
  question: string,
  { vocabulary, speller, df: documentFrequency, docs, wordsOf, together, beside }: QueryCorpus,
  cache: TermCache,
  options: QueryOptions,
): ParsedQuery {
  question = mendFunctionWords(question, (w) => speller.writes(w));
  const words = foldTokens(question);
  // A hyphenated word counts once: as its joined form when the corpus knows it, else as parts.
  const skip = new Set<FoldedToken>();
  for (const j of words) {
    if (!j.joined) continue;
    if (vocabulary.id(cache.term(j.word)) < 0) skip.add(j);
    else for (const w of words) if (!w.joined && w.start >= j.start && w.end <= j.end) skip.add(w);
  }
  const kind = answerKind(question);
  const askedFor = askedWords(words);
  const saying = sayingAt(question);
  const groups: QueryGroup[] = [];
  const seen = new Set<string>();
  // A misspelt word as the corpus writes its likeliest correction, by start offset.
  const meant = new Map<number, string>();
  // Asked of a misspelt word twice (split, then corrected): worked out once, scanning the vocabulary.
  const corrected = new Map<string, Correction[]>();
  // A correction is into an English word when WordNet's sense-tagged texts use a word the corpus
  // writes for it ("deny" for "denied"); names ("Bakiyev", "Musk") they never use.
  const english = (term: string): boolean =>
    wordsOf?.(term).some((w) => taggedUses(w, IRREGULAR) > 0) === true;
  const correct = (word: string, term: string): Correction[] => {
    let found = corrected.get(word);
    if (found === undefined) {
      found = corrections(speller, word, term, options);
      corrected.set(word, found);
    }
    return found;
  };
  // A long word misspelt twice ("mynkeypocks", "morberg"): one edit more than its length allows
  // from a corpus word, as typed or as a stem ("exnoerees": "exonerated"), unless it is English
  // itself ("trapped" is no "tape").
  const wideCorrections = (word: string, term: string): Correction[] => {
    if (word.length < options.typoWideLength || isEnglish(word)) return [];
    const key = ` ${word}`;
    let found = corrected.get(key);
    if (found === undefined) {
      found = speller.corrections(
        word,
        term,
        typoEdits(word, options) + 1,
        typoEdits(term, options) + 1,
      );
      corrected.set(key, found);
    }
    return found;
  };
  // A word the corpus lacks that misspells one of its words is no closed compound ("morberg" is
  // Marburg misspelt, not "mor" and "berg").
  const misspelt = (word: string, term: string): boolean =>
    correct(word, term).length > 0 || wideCorrections(word, term).length > 0;
  const content = words
    .filter(
      (w, i) =>
        !skip.has(w) &&
        cache.term(w.word) !== "" &&
        !isQuestionAdjective(words, i) &&
        !(kind === "quote" && AUDIENCE.has(w.word)),
    )
    .flatMap((w) => splitCompound(w, vocabulary, misspelt, cache))
    .slice(0, options.maxWords);
  // The question's words the corpus writes, counted once beside each neighbour a real-word slip
  // may be for (made on first use: only a question refused as typed reads slips).
  let slipContext: SlipContext | null = null;
  let slips = 0;
  const context = (): SlipContext => {
    if (slipContext !== null) return slipContext;
    const ids = [...new Set(content.map((w) => vocabulary.id(cache.term(w.word))))].filter(
      (o) => o >= 0 && documentFrequency(o) <= options.slipPostings,
    );
    slipContext = { ids, counted: ids.length > 0 && beside ? beside(ids) : null };
    return slipContext;
  };
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
      alternatives.push(...closestTerms(found, vocabulary, documentFrequency, english, options));
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
            wideCorrections(w.word, term),
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
    // "Jalal Abad" asked, "Jalalabad" written.
    const next = content[i + 1];
    const prev = content[i - 1];
    for (const joined of [next ? w.word + next.word : "", prev ? prev.word + w.word : ""]) {
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
    const sameMeaning = relatedWords(word, IRREGULAR, options.wordnet).filter(
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
    alternatives.push(...synonymIds);
    if (
      options.readSlips &&
      !w.capitalized &&
      !w.numeric &&
      !alternatives.some((a) => a.source === "typo")
    ) {
      const read = realWordSlips(w.word, term, id, context(), {
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
  };
}

/** The question's words the corpus writes (`ids`) and how often each is written beside a term. */
interface SlipContext {
  ids: number[];
  counted: ((id: number) => number[]) | null;
}

/**
 * Corpus terms a word as typed is likelier a slip for ("toy": Tony, "lie": line, "cam": camp), as
 * a noisy channel with context reads them: words the corpus writes one edit away (first letter
 * kept), in more paragraphs than the word as typed (`own`, -1 when the corpus lacks it), whose
 * paragraphs hold the question's other words (of `context`) more often than chance, by more than the
 * odds `slipOdds` of a slip and than the word as typed does. The likeliest weighs `typoFactor`,
 * below the word as typed, the others by how much less likely they are.
 */
function realWordSlips(
  word: string,
  term: string,
  own: number,
  context: SlipContext,
  corpus: {
    speller: Speller;
    df: (id: number) => number;
    docs: number;
    vocabulary: Terms;
    options: QueryOptions;
  },
): Alternative[] {
  const { speller, df, docs, vocabulary, options } = corpus;
  const { ids, counted } = context;
  if (counted === null || ids.every((o) => o === own)) return [];
  const chance = ids.map((o) => df(o) / docs);
  const mu = options.slipSmoothing;
  // log P(others | x) / P(others), each P(o | x) smoothed toward P(o); the word as typed and the
  // neighbour itself are no context.
  const lift = (id: number): number => {
    const n = df(id);
    let sum = 0;
    counted(id).forEach((c, k) => {
      const o = ids[k];
      const p = chance[k] ?? 0;
      if (o !== own && o !== id) sum += Math.log((c + mu * p) / ((n + mu) * p));
    });
    return sum;
  };
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
 * The word a misspelling stands for, as the corpus writes its likeliest (commonest) correction,
 * closest to what was typed: "cointry" is "country", so "which cointry" still asks for a country.
 */
function meantWord(
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
 * ("retirement", "retailer"), so that it is read as a misspelling. Empty for any other word.
 */
function misspeltIntoStem(
  w: FoldedToken,
  term: string,
  own: number,
  speller: Speller,
  options: QueryOptions,
): Correction[] {
  if (w.capitalized || /\d/.test(w.word) || w.word.length < options.typoMinLength) return [];
  if (speller.writes(w.word) || isEnglish(w.word)) return [];
  return speller
    .corrections(w.word, term, typoEdits(w.word, options), 0)
    .filter((c) => c.id !== own);
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
    // A name's words as `nameTokens` gives them: hyphenated words as their parts.
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

function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * The corpus terms a word the corpus lacks was most likely meant as: of the corrections or
 * completions found, those fewest edits away, the commoner ones counting more ("resignaton" ->
 * "resignation").
 */
function closestTerms(
  found: readonly Correction[],
  vocabulary: Terms,
  df: (id: number) => number,
  english: (term: string) => boolean,
  options: QueryOptions,
): Alternative[] {
  const fewest = found[0]?.edits ?? 0;
  const closest = found.filter((c) => c.edits === fewest);
  const top = Math.max(1, ...closest.map((c) => df(c.id)));
  return closest
    .sort((a, b) => df(b.id) - df(a.id))
    .slice(0, options.maxCorrections)
    .map((c) =>
      typoAlternative(c.id, vocabulary.term(c.id), Math.sqrt(df(c.id) / top), english, options),
    );
}

/** A spelling correction into term `id`, its weights scaled by `share`. */
function typoAlternative(
  id: number,
  term: string,
  share: number,
  english: (term: string) => boolean,
  options: QueryOptions,
): Alternative {
  const alternative: Alternative = { id, term, factor: options.typoFactor * share, source: "typo" };
  if (options.typoWordRankFactor !== options.typoFactor && english(term))
    alternative.rank = options.typoWordRankFactor * share;
  return alternative;
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
 * Corpus terms a misspelt `word` (stem `term`) may stand for. Words as typed are compared with
 * words as written ("peple" with "people"), stems with stems, each allowed the edits of its own length.
 */
function corrections(
  speller: Speller,
  word: string,
  term: string,
  options: QueryOptions,
): Correction[] {
  return speller.corrections(word, term, typedEdits(word, options), typoEdits(term, options));
}

/** Edits a misspelling as typed may be from a corpus word: a short word gets one only when it is no English word itself ("care" is no "came"). */
function typedEdits(word: string, options: QueryOptions): number {
  const short =
    word.length < options.typoMinLength &&
    word.length >= options.typoShortLength &&
    !isEnglish(word);
  return short ? 1 : typoEdits(word, options);
}

/**
 * Terms of the words the corpus writes one slip at the first letter from `word`, which a
 * correction never reaches (it keeps the first letter): the first two letters swapped ("ehalth"),
 * the first letter changed ("nlast"), left out ("utin") or typed before it ("bminers").
 */
function firstLetterSlips(
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

/** Edits a misspelling may be from a corpus word or stem of about its length: none under `typoMinLength` letters, one from there, two from twice that. */
function typoEdits(word: string, options: QueryOptions): number {
  return word.length >= 2 * options.typoMinLength
    ? 2
    : word.length >= options.typoMinLength
      ? 1
      : 0;
}

/** Shortest part a closed compound is split into. */
const MIN_PART = 3;

/**
 * A word the corpus lacks, misspelling none of its words, that is two corpus words written as one
 * ("seabird" asked, "sea bird" written) reads as those two words; the split with the longer
 * shorter part wins.
 */
function splitCompound(
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
