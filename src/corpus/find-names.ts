/**
 * Names of people in a text, each with the role written around it: "Kazakh Foreign Minister Kanat
 * Saudabayev" is Kanat Saudabayev, Kazakh Foreign Minister. A capitalised run is a name only when
 * its words can be one (no title, function word or label) and a title, a second word or an
 * appositive says it is a person.
 */
import { isGivenName } from "../text/given-names.js";
import { capitalRanges, periodEnd } from "./capital-runs.js";
import { DOT, isDigitCode, LEFT_QUOTE, RIGHT_QUOTE, STRAIGHT_QUOTE } from "./chars.js";
import { isCommonNoun, namesAPerson, namesPlace } from "./name-classes.js";
import { possessiveEnd } from "./name-keys.js";
import { appositive, isTitleWord, roleBefore, rolePrefix } from "./name-roles.js";
import { describesPerson } from "./noun-phrase.js";
import { isLabelWord } from "./page-labels.js";
import {
  FUNCTION_WORDS,
  HONORIFICS,
  NON_PERSON_WORDS,
  ROLE_WORDS,
  type Token,
  tokenize,
} from "./words.js";

/** A name found in the text and the title written before or beside it. */
export interface NameRun {
  name: string;
  role: string | null;
  /** Offsets of the name itself in the text. */
  start: number;
  end: number;
  possessive: boolean;
}

/** A word that can be part of a person's name: capitalised, no digit, no title or function word. */
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

/** An initial inside a name, a capital and its period: the "G." of "Ferran G. Vilaró", the "J." of "J. Alex Navarro". */
function isInitial(text: string, t: Token): boolean {
  return t.text.length === 1 && t.capital && text.charCodeAt(t.end) === DOT;
}

/**
 * Where a given name and a surname (and perhaps a second surname) end `run[from, to)`: the given
 * name's index, or -1.
 */
function givenNameAfter(run: readonly Token[], from: number, to: number): number {
  for (let g = Math.max(from, to - 3); g <= to - 2; g++)
    if (isGivenName((run[g] as Token).lower)) return g;
  return -1;
}

/** Whether a word has an ASCII digit (`/\d/`), told without running a pattern per word. */
function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isDigitCode(word.charCodeAt(i))) return true;
  return false;
}

/** A capitalised word joining two names by a hyphen: "Cheney-Harriet" in "Liz Cheney-Harriet Hageman". */
const NAME_PAIR = /^\p{Lu}[\p{L}'\u2019.]*-\p{Lu}[\p{L}'\u2019.]*$/u;

/**
 * "the Liz Cheney-Harriet Hageman race" names two people, each with a first name and a surname;
 * a hyphen in the last word is one double-barrelled surname ("Carrie Walton-Penner"), and one
 * between title words is one title ("WHO Director-General Tedros Adhanom Ghebreyesus").
 */
function pairedNames(run: Token[]): Token[][] {
  const i = run.findIndex(
    (t, k) => k > 0 && k < run.length - 1 && NAME_PAIR.test(t.text) && !isTitleWord(t),
  );
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

const COMMA = 44;

/** Double quotation marks, straight and curly. */
const QUOTE_MARKS = new Set([STRAIGHT_QUOTE, LEFT_QUOTE, RIGHT_QUOTE]);

/**
 * A run that fills a quotation by itself names a work, not a person: the song "Black Water," in
 * "a performance of “Black Water,” Simmons …".
 */
function isQuotedTitle(text: string, first: Token, last: Token): boolean {
  if (!QUOTE_MARKS.has(text.charCodeAt(first.start - 1))) return false;
  const after = ",.?!".includes(text.charAt(last.end)) ? last.end + 1 : last.end;
  return QUOTE_MARKS.has(text.charCodeAt(after));
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
    if (isQuotedTitle(text, tokens[from] as Token, tokens[to - 1] as Token)) continue;
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
  // common noun ("National Highway Traffic Safety Administration") ends no person's name unless a
  // given name stands before it ("Archbishop Desmond Tutu").
  if (
    k === -1 &&
    to - from > 2 &&
    (!isCommonNoun(run[to - 1] as Token) || isGivenName((run[to - 2] as Token).lower))
  )
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
  let nameTo = of === -1 ? to : of;
  // "Secretary of State Antony Blinken": a title's "of" phrase, then a given name and a surname.
  const ofName = k !== -1 && of === k + 1 ? givenNameAfter(run, of + 1, to) : -1;
  if (ofName !== -1) [nameFrom, nameTo] = [ofName, to];
  // "special envoy to Ukraine Kurt Volker", "Environment and Water Tanya Plibersek": common nouns
  // or a place before a given name and a surname are no part of the name; after a title, they
  // are the title's ("Chief Data Strategist Robert Morse").
  else if (nameTo - nameFrom > 2 && !isGivenName((run[nameFrom] as Token).lower)) {
    const g = givenNameAfter(run, nameFrom + 1, nameTo);
    let dropped = g !== -1;
    for (let i = nameFrom; dropped && i < g; i++) {
      const t = run[i] as Token;
      dropped = !isInitial(text, t) && (isCommonNoun(t) || namesPlace(t.text));
    }
    if (dropped) {
      if (k !== -1) k = g - 1;
      nameFrom = g;
    }
  }
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
    if (i < nameTo - 1 && isInitial(text, t)) continue;
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
    of === -1 || !titled
      ? ""
      : text.slice((run[of] as Token).start, (run[(ofName === -1 ? to : ofName) - 1] as Token).end);
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

/** The parts that are not empty, joined by spaces. */
function joinPresent(a: string, b: string, c: string): string {
  let joined = a;
  for (const part of [b, c]) if (part !== "") joined = joined === "" ? part : `${joined} ${part}`;
  return joined;
}
