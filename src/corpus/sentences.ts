import { DOT, isDigitCode, isSpaceCode, isUpperCode, isWordCode, NextMark } from "./chars.js";

/** A sentence as character offsets [start, end) into the text it was found in. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** Words that take a period without ending a sentence (compared lower case, without the dot). */
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "st",
  "sr",
  "jr",
  "gen",
  "col",
  "lt",
  "maj",
  "capt",
  "sgt",
  "cmdr",
  "adm",
  "gov",
  "sen",
  "rep",
  "rev",
  "hon",
  "pres",
  "amb",
  "messrs",
  "mme",
  "mlle",
  "no",
  "nos",
  "vs",
  // "Roe v. Wade": the law's "versus".
  "v",
  "etc",
  "approx",
  "est",
  "dept",
  "inc",
  "corp",
  "co",
  "ltd",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "fig",
  "p",
  "pp",
  "vol",
  "ca",
  "cf",
]);

/**
 * Capitalised words that usually open a sentence: after a dotted acronym ("U.S.") a break is
 * only taken before one of these, since "the U.S. State Department" is far more common.
 */
const SENTENCE_OPENERS = new Set([
  "the",
  "a",
  "an",
  "he",
  "she",
  "it",
  "they",
  "we",
  "i",
  "you",
  "this",
  "that",
  "these",
  "those",
  "there",
  "but",
  "and",
  "however",
  "in",
  "on",
  "at",
  "his",
  "her",
  "its",
  "their",
  "our",
  "meanwhile",
  "earlier",
  "later",
  "officials",
  "when",
  "while",
  "after",
  "before",
  "if",
  "as",
  "some",
  "many",
  "both",
]);

const CLOSERS = new Set([34, 39, 0x201d, 0x2019, 41, 93, 0xbb]);
const OPENERS = new Set([34, 39, 0x201c, 0x2018, 40, 91, 0xab]);
const APOSTROPHES = new Set([39, 0x2019]);

/** The marks isTerminal tests, as splitSentences looks them up. */
const TERMINALS = [".", "!", "?", "\u2026"];

function isTerminal(code: number): boolean {
  return code === DOT || code === 33 || code === 63 || code === 0x2026;
}

/** The start of the word (letters, digits, dots, apostrophes) that ends just before `end`. */
function wordStart(text: string, end: number): number {
  let i = end;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (!(isWordCode(c) || c === DOT || APOSTROPHES.has(c))) break;
    i--;
  }
  return i;
}

/** The next word after `from` (skipping opening quotes), lower case. */
function wordAfter(text: string, from: number): string {
  let i = from;
  while (i < text.length && OPENERS.has(text.charCodeAt(i))) i++;
  let j = i;
  while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
  return text.slice(i, j).toLowerCase();
}

/** Whether the period at `dot` belongs to an abbreviation, an initial or a dotted acronym. */
function isNonFinalPeriod(text: string, dot: number, next: number): boolean {
  let start = wordStart(text, dot);
  while (start < dot && APOSTROPHES.has(text.charCodeAt(start))) start++;
  const length = dot - start;
  if (length === 0 || length > 12) return false;
  const bare = text.slice(start, dot);
  if (ABBREVIATIONS.has(bare.toLowerCase())) return true;
  // An initial: "J. K. Rowling", "Roman A. Vassilenko".
  if (length === 1 && isUpperCode(bare.charCodeAt(0))) return true;
  // A dotted acronym ("U.S.", "U.N."): ends a sentence only before a typical sentence opener.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return !SENTENCE_OPENERS.has(wordAfter(text, next));
  return false;
}

/**
 * Whether the period at `dot` is inside a name that goes on: an abbreviation, an initial or a dotted
 * acronym followed by a capitalised word ("said Dr. Amesh Adalja", "argued Sophie K. Rosa", "by U.S.
 * News"), not one that ends the text or comes before a lower-case word ("King Jr. in 1963").
 */
export function periodInName(text: string, dot: number): boolean {
  // Inside a dotted acronym: "U.S." goes on to its next letter.
  if (isUpperCode(text.charCodeAt(dot + 1))) return true;
  const next = skipSpace(text, dot + 1);
  return (
    next > dot + 1 &&
    next < text.length &&
    isUpperCode(text.charCodeAt(next)) &&
    isNonFinalPeriod(text, dot, next)
  );
}

/**
 * Splits text into sentences. A sentence ends at ".", "!", "?" or "…" (plus any closing quotes or
 * brackets) followed by white space and a capital letter, digit or opening quote; abbreviations
 * ("Mr", "Dr"), initials and dotted acronyms ("U.S.") do not end sentences. One linear pass,
 * which stops once it has `limit` sentences: the first ones are the same either way.
 */
export function splitSentences(text: string, limit = Number.POSITIVE_INFINITY): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const n = text.length;
  const marks = new NextMark(text, TERMINALS);
  let start = skipSpace(text, 0);
  let i = marks.next(start);
  while (i < n) {
    const code = text.charCodeAt(i);
    let end = i + 1;
    while (end < n && isTerminal(text.charCodeAt(end))) end++;
    const dots = end - i;
    while (end < n && CLOSERS.has(text.charCodeAt(end))) end++;
    if (end >= n || !isSpaceCode(text.charCodeAt(end))) {
      i = marks.next(end);
      continue;
    }
    const next = skipSpace(text, end);
    if (next >= n) break;
    const nextCode = text.charCodeAt(next);
    const opensSentence = isUpperCode(nextCode) || isDigitCode(nextCode) || OPENERS.has(nextCode);
    const period = code === DOT && dots === 1;
    if (opensSentence && !(period && isNonFinalPeriod(text, i, next))) {
      spans.push({ start, end });
      if (spans.length >= limit) return spans;
      start = next;
    }
    i = marks.next(next);
  }
  const last = trimEnd(text, n);
  if (last > start) spans.push({ start, end: last });
  return spans;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Where the text before `to` ends once trailing white space is left out. */
export function trimEnd(text: string, to: number): number {
  let i = to;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}
