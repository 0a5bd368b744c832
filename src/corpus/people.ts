import { isEveryday } from "../text/common-words.js";
import { notRegexSpace } from "../text/count.js";
import { remembered } from "../text/memo.js";
import { commonestNounClass, lemmasOf } from "../text/wordnet.js";
import { isDigitCode } from "./chars.js";
import { describesPerson } from "./noun-phrase.js";
import { splitSentences } from "./sentences.js";
import {
  FUNCTION_WORDS,
  HONORIFICS,
  NON_PERSON_WORDS,
  PRONOUNS,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  TITLE_ABBREVIATIONS,
  type Token,
  tokenize,
  WordSet,
} from "./words.js";

/** A person named in the article, with every role the article gives them. */
export interface Person {
  /** Full name as the article first gives it ("Kanat Saudabayev"). */
  name: string;
  role: string | null;
  roleWords: ReadonlySet<string>;
  /** Every role phrase seen, so each is read once. */
  roles: ReadonlySet<string>;
}

/** The roles of a person the article gives none (most): one set shared by all of them. */
const NO_ROLES: ReadonlySet<string> = new Set();

/** A name found in the text and the title written before or beside it. */
export interface NameRun {
  name: string;
  role: string | null;
  /** Offsets of the name itself in the text. */
  start: number;
  end: number;
  possessive: boolean;
}

/** A place in the article: paragraph index and character offset. */
export interface Position {
  para: number;
  pos: number;
}

/** No irregular forms: a word's base form is read by its regular endings ("centers" -> "center"). */
const REGULAR_ONLY: ReadonlyMap<string, string> = new Map();

const CONNECTORS = new Set([
  "of",
  "for",
  "the",
  "de",
  "da",
  "van",
  "von",
  "der",
  "al",
  "bin",
  "el",
  "la",
  "le",
]);

function isNameWord(t: Token): boolean {
  return (
    t.capital &&
    t.text.length > 1 &&
    !hasDigit(t.text) &&
    !NON_PERSON_WORDS.has(t.lower) &&
    !FUNCTION_WORDS.has(t.lower) &&
    !ROLE_WORDS.has(t.lower) &&
    !HONORIFICS.has(t.lower)
  );
}

/** Whether a word has an ASCII digit (`/\d/`), told without running a pattern per word. */
function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isDigitCode(word.charCodeAt(i))) return true;
  return false;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (text[i] !== " " && text[i] !== "\u00a0" && text[i] !== ".") return false;
  return to - from <= 2;
}

const DOT = 46;

/** A word a period may follow inside a name: "Gov. Tate Reeves", "J. K. Rowling", "Mr. X". */
function isAbbreviation(t: Token): boolean {
  return t.text.length === 1 || HONORIFICS.has(t.lower) || TITLE_ABBREVIATIONS.has(t.lower);
}

/** A word of three letters or more written all in capitals: "MUST", "WATCH", "NASA". */
function inCapitals(t: Token): boolean {
  // Most capitalised words go on in lower case: told by their second letter, with no new string.
  const second = t.text.charCodeAt(1);
  if (t.text.length < 3 || (second >= LOWER_A && second <= LOWER_Z)) return false;
  return t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();
}

const LOWER_A = 97;
const LOWER_Z = 122;

/**
 * An everyday word written in capitals ("MUST", "WATCH"): a label of the page, such as a video
 * box's "MUST WATCH". An initialism ("NASA") is no everyday word, "WHO" a function word.
 */
function isLabelWord(t: Token): boolean {
  return inCapitals(t) && isEveryday(t.lower) && !FUNCTION_WORDS.has(t.lower);
}

/**
 * Whether a label in capitals stands before a word that is not: "MUST WATCH Frances Tiafoe" is
 * no name of four words.
 */
function labelBreak(a: Token, b: Token): boolean {
  return !inCapitals(b) && isLabelWord(a);
}

/**
 * Runs of capitalised words ("Kazakh Foreign Minister Kanat Saudabayev"), linked by "of", "for"...,
 * as [from, to) token ranges, one after the other (a run is always consecutive tokens): most runs
 * are a single word, which findNames and orgRuns set aside without making an array.
 */
export function capitalRanges(text: string, tokens: readonly Token[]): number[] {
  const ranges: number[] = [];
  // Where the current run started, or -1; a run always ends at the token before the one read.
  let from = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = from === -1 ? undefined : tokens[i - 1];
    const linked =
      prev !== undefined &&
      !prev.possessive &&
      onlySpaces(text, prev.end, t.start) &&
      (text.charCodeAt(prev.end) !== DOT || isAbbreviation(prev)) &&
      !(t.capital && labelBreak(prev, t));
    const next = tokens[i + 1];
    const connector =
      !t.capital &&
      CONNECTORS.has(t.lower) &&
      next?.capital === true &&
      linked &&
      onlySpaces(text, t.end, next.start);
    if ((t.capital || connector) && (linked || from === -1)) {
      if (from === -1) from = i;
    } else {
      if (from !== -1) ranges.push(from, i);
      from = t.capital ? i : -1;
    }
  }
  if (from !== -1) ranges.push(from, tokens.length);
  return ranges;
}

/** A capitalised word joining two names by a hyphen: "Cheney-Harriet" in "Liz Cheney-Harriet Hageman". */
const NAME_PAIR = /^\p{Lu}[\p{L}'\u2019.]*-\p{Lu}[\p{L}'\u2019.]*$/u;

/**
 * "the Liz Cheney-Harriet Hageman race" names two people, each with a first name and a surname;
 * a hyphen in the last word is one double-barrelled surname ("Carrie Walton-Penner").
 */
function pairedNames(run: Token[]): Token[][] {
  const i = run.findIndex((t, k) => k > 0 && k < run.length - 1 && NAME_PAIR.test(t.text));
  const t = run[i];
  if (!t) return [run];
  const cut = t.text.indexOf("-");
  const left = t.text.slice(0, cut);
  const right = t.text.slice(cut + 1);
  const part = (text: string, start: number): Token => ({
    ...t,
    text,
    lower: text.toLowerCase(),
    start,
    end: start + text.length,
    possessive: false,
  });
  return [
    [...run.slice(0, i), part(left, t.start)],
    [part(right, t.start + cut + 1), ...run.slice(i + 1)],
  ];
}

/** The role words written just before a run: "Kyrgyzstan's ousted" in "Kyrgyzstan's ousted President X". */
function rolePrefix(text: string, tokens: readonly Token[], index: number): string {
  const runStart = (tokens[index] as Token).start;
  let i = index - 1;
  let from = runStart;
  for (let n = 0; i >= 0 && n < 4; i--, n++) {
    const t = tokens[i] as Token;
    if (!onlySpaces(text, t.end, from)) break;
    const roleish =
      ROLE_MODIFIERS.has(t.lower) || ROLE_WORDS.has(t.lower) || (t.capital && t.possessive);
    if (!roleish || FUNCTION_WORDS.has(t.lower)) break;
    from = t.start;
  }
  return text.slice(from, runStart).trim();
}

const COMMA = 44;

/** "X, the chief of staff of Y," -> "the chief of staff of Y" when it names a role. */
function appositive(text: string, end: number): string | null {
  // redos-bounded: a slice of 130 characters
  const m = /^,\s+([^,.;:"\u201c\u201d\s][^,.;:"\u201c\u201d]{1,119})(?=,|\.|;|$)/.exec(
    text.slice(end, end + 130),
  );
  const phrase = m?.[1]?.trim();
  if (!phrase) return null;
  return isRolePhrase(phrase) ? phrase : null;
}

/** "the head of the ILO's mission", "a hydrologist at X", "spokesman for the ministry". */
export function isRolePhrase(phrase: string): boolean {
  const words = tokenize(phrase);
  if (words.length === 0 || words.length > 14) return false;
  return (
    /^(?:a|an|the|his|her|its|their)$/.test(words[0]?.text ?? "") ||
    words.slice(0, 8).some((w) => ROLE_WORDS.has(w.lower))
  );
}

/** "Head of the interim government, X," -> "Head of the interim government". */
function roleBefore(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 100), start);
  // What the pattern needs at the end, read first: it would be tried at every position.
  if (!before.trimEnd().endsWith(",")) return null;
  const m = /(?:^|[.;:,]\s|\bthat\s)([^,.;:"\u201c\u201d]{2,90}),\s*$/.exec(before);
  const phrase = m?.[1]?.trim();
  if (!phrase) return null;
  const words = tokenize(phrase);
  const last = words[words.length - 1];
  return words.length <= 10 && words.some((w) => ROLE_WORDS.has(w.lower)) && !last?.capital
    ? phrase
    : words.length <= 6 && last !== undefined && ROLE_WORDS.has(last.lower)
      ? phrase
      : null;
}

/** Where a title word ends, its abbreviation period included ("Gov."). */
function periodEnd(text: string, t: Token | undefined): number | undefined {
  if (!t) return undefined;
  return text.charCodeAt(t.end) === DOT && isAbbreviation(t) ? t.end + 1 : t.end;
}

/** Names of people in `text` with their roles. `loose` accepts a lone surname ("Baisalov"). */
export function findNames(
  text: string,
  tokens: readonly Token[] = tokenize(text),
  loose = false,
): NameRun[] {
  const found: NameRun[] = [];
  const ranges = capitalRanges(text, tokens);
  for (let r = 0; r < ranges.length; r += 2) {
    const from = ranges[r] as number;
    const to = ranges[r + 1] as number;
    // One word names someone only untitled and with an appositive after it (see addName); most
    // capitalised words are one alone, a sentence's first, so this is decided before any array.
    if (to - from === 1 && !loose) {
      const t = tokens[from] as Token;
      if (text.charCodeAt(t.end) !== COMMA || isTitleWord(t)) continue;
    }
    // Only a word with a word on either side can join two names (see pairedNames).
    if (to - from < 3) addName(text, tokens, tokens, from, to, loose, found);
    else
      for (const run of pairedNames(tokens.slice(from, to)))
        addName(text, tokens, run, 0, run.length, loose, found);
  }
  return found;
}

/**
 * The name the capitalised run `run[from, to)` gives, if any, pushed onto `found` (see
 * findNames). Read as index ranges, no arrays: it runs for every run of capitalised words.
 */
function addName(
  text: string,
  tokens: readonly Token[],
  run: readonly Token[],
  from: number,
  to: number,
  loose: boolean,
  found: NameRun[],
): void {
  let k = -1;
  let honorific = false;
  for (let i = from; i < to; i++) {
    const t = run[i] as Token;
    if (isTitleWord(t)) k = i;
    if (HONORIFICS.has(t.lower)) honorific = true;
  }
  // "Bexar County Sheriff Javier Salazar": a word WordNet first knows as a kind of person, with a
  // first name and a surname after it, is a title even when no list has it. A last word that is a
  // common noun ("National Highway Traffic Safety Administration") ends no person's name.
  if (k === -1 && to - from > 2 && !isCommonNoun(run[to - 1] as Token))
    for (let i = to - 3; i >= from && k === -1; i--) if (namesAPerson(run[i] as Token)) k = i;
  // "Rep. Kevin McCarthy of California": the name stops at "of"; the rest describes the role.
  let of = -1;
  for (let i = k === -1 ? from : k + 1; i < to && of === -1; i++) {
    const lower = (run[i] as Token).lower;
    if (lower === "of" || lower === "for") of = i;
  }
  // Untitled, "Magnus Carlsen of Norway" is a name and a place; "Federal Bureau of Investigation",
  // whose word before "of" is a common noun, is no one.
  if (k === -1 && of !== -1 && (of - from < 2 || isCommonNoun(run[of - 1] as Token))) of = -1;
  let nameFrom = k === -1 ? from : k + 1;
  const nameTo = of === -1 ? to : of;
  // In a speaker phrase, "On 5 October Diamond tweeted": the date before the name is no name.
  if (loose && k === -1) {
    let i = nameFrom;
    while (i < nameTo && !isNameWord(run[i] as Token)) i++;
    if (i < nameTo) nameFrom = i;
  }
  const count = nameTo - nameFrom;
  if (count < 1 || count > 4) return;
  const first = run[nameFrom] as Token;
  const last = run[nameTo - 1] as Token;
  let labels = 0;
  for (let i = nameFrom; i < nameTo; i++) {
    const t = run[i] as Token;
    if (!isNameWord(t) || (t.possessive && i < nameTo - 1)) return;
    if (isLabelWord(t)) labels++;
  }
  // "MUST WATCH", a label of words alone, is no one ("ICE" may be an agency that speaks).
  if (count > 1 && labels === count) return;
  const titled = k >= 0;
  // A lone surname is a person when an appositive says so: "Kinzinger, the other Republican …,".
  const described = text.charCodeAt(last.end) === COMMA ? appositive(text, last.end) : null;
  const lone = loose || (described !== null && describesPerson(described));
  if (!titled && count < 2 && !lone) return;
  // The title's words, without function words: none after an honorific ("Mr").
  let titleFrom = -1;
  let titleTo = -1;
  if (!honorific)
    for (let i = from; i <= k; i++)
      if (!FUNCTION_WORDS.has((run[i] as Token).lower)) {
        if (titleFrom === -1) titleFrom = i;
        titleTo = i;
      }
  const titleFirst = run[titleFrom];
  const title = titleFirst ? text.slice(titleFirst.start, periodEnd(text, run[titleTo])) : "";
  const prefix = titleFirst ? rolePrefix(text, tokens, titleFirst.index) : "";
  const after =
    of === -1 || !titled ? "" : text.slice((run[of] as Token).start, (run[to - 1] as Token).end);
  const role =
    joinPresent(prefix, title, after) || described || roleBefore(text, first.start) || null;
  found.push({
    name: text.slice(first.start, possessiveEnd(text, first.start, last.end)),
    role,
    start: first.start,
    end: last.end,
    possessive: last.possessive,
  });
}

/**
 * Whether two full names of one surname are two people: each has a first name, they differ, and
 * neither ends with the other ("Constant Tiafoe" and "Frances Tiafoe"; "Hillary Rodham Clinton"
 * is "Hillary Clinton", "Cindy Parlow Cone" is "Parlow Cone").
 */
function namesAnother(known: string, name: string): boolean {
  if (partCount(known) < 2 || partCount(name) < 2) return false;
  const a = known.toLowerCase().split(/\s+/);
  const b = name.toLowerCase().split(/\s+/);
  const endsWith = (x: string[], y: string[]) =>
    y.every((w, i) => x[x.length - y.length + i] === w);
  return a[0] !== b[0] && !endsWith(a, b) && !endsWith(b, a);
}

/**
 * Whether WordNet has a class sense of the word, or of its singular, as a noun ("bureau", "Centers";
 * not "Carlsen", "Salazar").
 */
function isCommonNoun(t: Token): boolean {
  return remembered(
    commonNouns,
    t.lower,
    () => lemmasOf(t.lower, REGULAR_ONLY).some((lemma) => commonestNounClass(lemma) !== null),
    COMMON_NOUNS_LIMIT,
  );
}

/** isCommonNoun's answers by word: a corpus asks about the same surnames again and again. */
const commonNouns = new Map<string, boolean>();
const COMMON_NOUNS_LIMIT = 50_000;

/** WordNet's class of people (lexicographer file noun.person). */
const PERSON_CLASS = 18;

/** A capitalised word whose commonest sense in WordNet is a kind of person: "Sheriff", "Coach". */
function namesAPerson(t: Token): boolean {
  return !t.possessive && commonestNounClass(t.lower) === PERSON_CLASS;
}

/** The parts that are not empty, joined by spaces. */
function joinPresent(a: string, b: string, c: string): string {
  let joined = a;
  for (const part of [b, c]) if (part !== "") joined = joined === "" ? part : `${joined} ${part}`;
  return joined;
}

/**
 * A role word or an honorific, which the name follows. A token never ends with a period
 * (words.ts), so its lower form is the honorific's key as written.
 */
function isTitleWord(t: Token): boolean {
  return (ROLE_WORDS.has(t.lower) && !t.possessive) || HONORIFICS.has(t.lower);
}

/**
 * The last word of a name, lower case, without a possessive: what `split(/\s+/)` and a
 * `/['’]s?$/` replace give, read from the end without arrays and patterns (a key per name).
 */
export function surnameKey(name: string): string {
  const lower = name.toLowerCase();
  let from = lower.length;
  while (from > 0 && notRegexSpace(lower.charCodeAt(from - 1))) from--;
  return lower.slice(from, possessiveEnd(lower, from, lower.length));
}

/** How many parts `name.split(/\s+/)` gives, counted without the array (a count per mention). */
export function partCount(name: string): number {
  let parts = 1;
  let inSpace = false;
  for (let i = 0; i < name.length; i++) {
    const space = !notRegexSpace(name.charCodeAt(i));
    if (space && !inSpace) parts++;
    inSpace = space;
  }
  return parts;
}

const LOWER_S = 115;

/** Where `text.slice(from, to)` ends without a final "'" or "'s" (as `/['’]s?$/` finds them). */
export function possessiveEnd(text: string, from: number, to: number): number {
  if (to - from >= 2 && text.charCodeAt(to - 1) === LOWER_S && isApostrophe(text, to - 2))
    return to - 2;
  return to > from && isApostrophe(text, to - 1) ? to - 1 : to;
}

function isApostrophe(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code === 39 || code === 0x2019;
}

/** The words of a role, abbreviated titles spelt out ("Gov." -> "gov", "governor"). */
function roleWordsOf(role: string | null): string[] {
  if (!role) return [];
  return tokenize(role).flatMap((t) => {
    const full = TITLE_ABBREVIATIONS.get(t.lower);
    return full ? [t.lower, full] : [t.lower];
  });
}

/** WordNet's classes of buildings and things made, places, and bodies of people (lexicographer files). */
const PLACE_CLASSES = new Set([6, 14, 15]);

/** Whether a word's commonest sense in WordNet is a building, a place or a body: "stadium", "county". */
function endsInPlace(word: string): boolean {
  return PLACE_CLASSES.has(commonestNounClass(word) ?? -1);
}

/** Notes the capitalised words written alone ("Truss said") as names of one word. */
function addWordsAlone(
  text: string,
  tokens: readonly Token[],
  shortest: Map<string, number>,
): void {
  const ranges = capitalRanges(text, tokens);
  for (let r = 0; r < ranges.length; r += 2) {
    const from = ranges[r] as number;
    if ((ranges[r + 1] as number) - from === 1) shortest.set((tokens[from] as Token).lower, 1);
  }
}

/** Conjunctions that open a clause before the subject: "After Petro claimed victory, Hernandez …". */
const SUBORDINATORS = new Set(
  "after before when while although though as since once until because if unless whereas".split(
    " ",
  ),
);

/**
 * Where the subject part of a sentence starts when the sentence opens with a subordinate clause
 * (a conjunction among its first two words, "After …," "Shortly after …,"): just after the
 * clause's comma. -1 when it opens with no such clause.
 */
export function openingClauseEnd(text: string, start: number, end: number): number {
  // redos-bounded: a slice of 40 characters
  const opening = /^(\p{L}+)(?:\s+(\p{L}+))?/u.exec(text.slice(start, start + 40));
  const words = [opening?.[1], opening?.[2]].map((w) => w?.toLowerCase() ?? "");
  if (!words.some((w) => SUBORDINATORS.has(w))) return -1;
  const comma = text.indexOf(",", start);
  return comma === -1 || comma >= end ? -1 : comma + 1;
}

/** How far into its sentence (characters) a name may be and still be the sentence's subject. */
const SUBJECT_REACH = 70;

/** Lower-case words that matter to names: links inside them and role words before them. */
export const nameContextWord = new WordSet([
  ...CONNECTORS,
  ...ROLE_MODIFIERS,
  ...ROLE_WORDS,
]).test();

/** How many mentions back a role ("the minister") looks for the person it means. */
const ROLE_LOOKBACK = 200;

export function before(a: Position, b: Position): boolean {
  return a.para < b.para || (a.para === b.para && a.pos < b.pos);
}

/** Index of the first event at or after `at` in a list sorted by position. */
export function indexAfter(events: readonly Position[], at: Position): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(events[mid] as Position, at)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface SubjectEvent extends Position {
  person: Person;
  /** The subject of its sentence (or a speaker), not just a mention. */
  subject: boolean;
}

/** The people of one article: who they are, and who is the subject of each sentence. */
export class People {
  private readonly bySurname = new Map<string, Person>();
  /**
   * People who share a surname with someone named earlier under another first name ("Constant
   * Tiafoe", the father of "Frances Tiafoe"), by full name in lower case: the surname stays the
   * first one's.
   */
  private readonly byFullName = new Map<string, Person>();
  /**
   * Sentence subjects and other mentions of the people the article names, read on first need:
   * most articles' quotes are attributed by name and never ask (see `events`).
   */
  private subjects: SubjectEvent[] | null = null;
  /** Speakers of quotes, in text order (quotes are attributed in order). */
  private readonly speakers: SubjectEvent[] = [];

  /** `masked` are the paragraphs with quoted words blanked out (same length), `tokens` their words. */
  constructor(
    private readonly masked: readonly string[],
    private readonly tokens: readonly (readonly Token[])[],
  ) {
    // The fewest words each name is written with: a person's is shortened ("Truss said").
    const shortest = new Map<string, number>();
    masked.forEach((text, para) => {
      for (const run of findNames(text, tokens[para])) {
        const key = surnameKey(this.record(run.name, run.role).name);
        shortest.set(key, Math.min(shortest.get(key) ?? Infinity, partCount(run.name)));
      }
    });
    this.dropPlaces(shortest);
  }

  /**
   * Forgets the names whose last word is first of all, in WordNet, a building, a place or a body
   * ("Arthur Ashe Stadium", "Bexar County"), unless the article also writes the name
   * shorter, as it does a person's ("Trump", "Truss said", "Parlow Cone" for "Cindy Parlow Cone"):
   * a stadium is no "he".
   */
  private dropPlaces(shortest: Map<string, number>): void {
    let wordsAlone = false;
    for (const [key, person] of this.bySurname) {
      if (!endsInPlace(key)) continue;
      if (!wordsAlone)
        this.masked.forEach((text, para) => {
          addWordsAlone(text, this.tokens[para] ?? [], shortest);
        });
      wordsAlone = true;
      if ((shortest.get(key) ?? 1) >= partCount(person.name)) this.bySurname.delete(key);
    }
  }

  /** A person attribution names: the article's subjects are read first, without them (see `events`). */
  add(name: string, role: string | null): Person {
    if (!this.subjects && !this.bySurname.has(surnameKey(name))) this.events();
    return this.record(name, role);
  }

  private record(name: string, role: string | null): Person {
    const key = surnameKey(name);
    let person = this.bySurname.get(key);
    if (person && namesAnother(person.name, name)) {
      const full = name.toLowerCase();
      person = this.byFullName.get(full);
      if (!person) {
        person = { name, role, roleWords: NO_ROLES, roles: NO_ROLES };
        this.byFullName.set(full, person);
      }
    } else if (!person) {
      person = { name, role, roleWords: NO_ROLES, roles: NO_ROLES };
      this.bySurname.set(key, person);
    } else if (partCount(name) > partCount(person.name)) person.name = name;
    if (role && !person.role) person.role = role;
    if (role && !person.roles.has(role)) {
      person.roles = new Set(person.roles).add(role);
      person.roleWords = new Set([...person.roleWords, ...roleWordsOf(role)]);
    }
    return person;
  }

  /** The person a name refers to ("Saudabayev" -> "Kanat Saudabayev"). */
  find(name: string): Person | undefined {
    return this.byFullName.get(name.toLowerCase()) ?? this.bySurname.get(surnameKey(name));
  }

  /** Records that `person` spoke at `at`: a later "he" or "she" may refer back to them. */
  noteSpeaker(person: Person, at: Position): void {
    this.speakers.push({ para: at.para, pos: at.pos, person, subject: true });
  }

  /** The person a "he"/"she" at `at` most likely refers to: the latest sentence subject before it. */
  pronoun(at: Position): Person | undefined {
    const subjects = this.events();
    let subject: SubjectEvent | undefined;
    const from = indexAfter(subjects, at) - 1;
    for (let i = from; i >= 0 && i > from - ROLE_LOOKBACK && !subject; i--) {
      const event = subjects[i] as SubjectEvent;
      if (event.subject) subject = event;
    }
    const speaker = this.speakers[indexAfter(this.speakers, at) - 1];
    if (!speaker) return subject?.person;
    return !subject || before(subject, speaker) ? speaker.person : subject.person;
  }

  /** The subject of the latest sentence before `at` that has one, within `paragraphs` paragraphs. */
  salient(at: Position, paragraphs: number): Person | undefined {
    const subjects = this.events();
    const from = indexAfter(subjects, at) - 1;
    for (let i = from; i >= 0 && i > from - ROLE_LOOKBACK; i--) {
      const event = subjects[i] as SubjectEvent;
      if (at.para - event.para > paragraphs) return undefined;
      if (event.subject) return event.person;
    }
    return undefined;
  }

  /**
   * The named person who best fits a role ("the ousted President"), most recent mention first.
   * `proper` are the capitalised modifiers ("illinois" in "the Illinois Republican"): a person
   * whose roles have one fits even without the head word. `required` are the capitalised words
   * of the role's complement ("the Duchess of York"): a duchess of elsewhere does not fit.
   */
  forRole(
    head: string,
    modifiers: readonly string[],
    at: Position,
    proper: readonly string[] = [],
    required: readonly string[] = [],
  ): Person | undefined {
    let best: { person: Person; score: number } | undefined;
    const seen = new Set<Person>();
    const subjects = this.events();
    const from = indexAfter(subjects, at) - 1;
    for (let i = from; i >= 0 && i > from - ROLE_LOOKBACK; i--) {
      const person = (subjects[i] as SubjectEvent).person;
      if (seen.has(person)) continue;
      // "the Illinois Republican": a proper modifier (place, party) identifies as well as the head.
      if (!person.roleWords.has(head) && !proper.some((m) => person.roleWords.has(m))) continue;
      if (required.length > 0 && !required.some((w) => person.roleWords.has(w))) continue;
      seen.add(person);
      const fits = modifiers.filter((m) => person.roleWords.has(m)).length;
      const score = (fits + (person.roleWords.has(head) ? 1 : 0)) * 100 - seen.size;
      if (!best || score > best.score) best = { person, score };
    }
    return best?.person;
  }

  /**
   * The subjects, read when first asked for, or before attribution adds a person: they are
   * mentions of the people the article names, as the parse has always read them.
   */
  private events(): SubjectEvent[] {
    if (this.subjects) return this.subjects;
    const subjects: SubjectEvent[] = [];
    this.masked.forEach((text, para) => {
      this.collectSubjects(text, this.tokens[para] ?? [], para, subjects);
    });
    this.subjects = subjects;
    return subjects;
  }

  /**
   * Every sentence's subject person: its first mention of a known person among its first words
   * (not a possessive "Mr X's departure"). Other mentions count too, after the subject.
   */
  private collectSubjects(
    text: string,
    tokens: readonly Token[],
    para: number,
    subjects: SubjectEvent[],
  ): void {
    let k = 0;
    for (const span of splitSentences(text)) {
      let subjectTaken = false;
      // "Shortly after Petro claimed victory, rival Hernandez gave a speech": Hernandez is the subject.
      const clause = openingClauseEnd(text, span.start, span.end);
      // The first name of a sentence opening with a clause: its subject if none follows the clause.
      let first = -1;
      for (; k < tokens.length && (tokens[k] as Token).start < span.end; k++) {
        const t = tokens[k] as Token;
        if (!t.capital || PRONOUNS.has(t.lower)) continue;
        const prev = tokens[k - 1];
        // "Constant Tiafoe" is his own person, not "Frances Tiafoe", named first.
        const fullName =
          prev?.capital && onlySpaces(text, prev.end, t.start)
            ? this.byFullName.get(`${prev.lower} ${t.lower}`)
            : undefined;
        const person = fullName ?? this.bySurname.get(t.lower);
        const next = tokens[k + 1];
        // Only the last word of a name counts ("Kurmanbek Bakiyev" is one mention).
        const nameGoesOn =
          next?.capital && onlySpaces(text, t.end, next.start) && this.bySurname.has(next.lower);
        if (!person || nameGoesOn) continue;
        const reaches = (from: number) =>
          !t.possessive && t.start >= from && t.start - from < SUBJECT_REACH;
        if (clause !== -1 && first === -1 && reaches(span.start)) first = subjects.length;
        const isSubject = !subjectTaken && reaches(clause === -1 ? span.start : clause);
        if (isSubject) subjectTaken = true;
        subjects.push({ para, pos: t.start, person, subject: isSubject });
      }
      // "When Biden arrived, he said": no name after the clause, so the clause's name is the subject.
      if (!subjectTaken && first !== -1) (subjects[first] as SubjectEvent).subject = true;
    }
  }
}
