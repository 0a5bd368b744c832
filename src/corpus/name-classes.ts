/**
 * What WordNet's noun classes say of a word in a name: a common noun ("Bureau") ends no person's
 * name, a kind of person ("Sheriff") is a title, a place or a body ("Stadium", "County") is no one.
 */
import { remembered } from "../text/memo.js";
import {
  commonestNounClass,
  isOnlyAdjective,
  isOnlyAdverb,
  lemmasOf,
  namesInstanceOf,
  PERSON_CLASS,
} from "../text/wordnet.js";
import type { Token } from "./words.js";

/** No irregular forms: a word's base form is read by its regular endings ("centers" -> "center"). */
const REGULAR_ONLY: ReadonlyMap<string, string> = new Map();

/**
 * Whether WordNet has a class sense of the word, or of its singular, as a noun ("bureau", "Centers";
 * not "Carlsen", "Salazar").
 */
export function isCommonNoun(t: Token): boolean {
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

/**
 * A capitalised word whose commonest sense in WordNet is a kind of person: "Sheriff", "Coach", the
 * last part of "Singer-guitarists".
 */
export function namesAPerson(t: Token): boolean {
  if (t.possessive) return false;
  // "Singer-guitarists": a compound's head is its last part, read in the singular too.
  const head = t.lower.slice(t.lower.lastIndexOf("-") + 1);
  return lemmasOf(head, REGULAR_ONLY).some((lemma) => commonestNounClass(lemma) === PERSON_CLASS);
}

/** WordNet's classes of buildings and things made, places, and bodies of people (lexicographer files). */
const PLACE_CLASSES = new Set([6, 14, 15]);

/** Whether a word's commonest sense in WordNet is a building, a place or a body: "stadium", "county". */
export function endsInPlace(word: string): boolean {
  return PLACE_CLASSES.has(commonestNounClass(word) ?? -1);
}

/** Whether a capitalised word names a place WordNet knows: "Ukraine", "US"; not "Carlsen". */
export function namesPlace(word: string): boolean {
  return namesInstanceOf(word, "location", REGULAR_ONLY);
}

/**
 * Whether a capitalised word is WordNet's only as an adverb: "Seemingly", "Lately" open sentences
 * and name no one.
 */
export function isAdverbOnly(t: Token): boolean {
  return t.lower.endsWith("ly") && isOnlyAdverb(t.lower, REGULAR_ONLY);
}

/**
 * Whether a word is WordNet's only as an adjective: a phrase ending in one ("two highly critical")
 * is no subject, and the "verb of saying" after it is a noun ("reports").
 */
export function isAdjectiveOnly(t: Token): boolean {
  return isOnlyAdjective(t.lower, REGULAR_ONLY);
}
