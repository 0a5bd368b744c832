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

const CLOSERS = new Set(['"', "'", "\u201d", "\u2019", ")", "]", "\u00bb"]);
const OPENERS = new Set(['"', "'", "\u201c", "\u2018", "(", "[", "\u00ab"]);

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\n" || ch === "\t" || ch === "\r" || ch === "\u00a0";
}

/** The word (letters, digits, dots, apostrophes) that ends just before `end`. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}\p{N}.'\u2019]/u.test(text[i - 1] ?? "")) i--;
  return text.slice(i, end);
}

/** The next word after `from` (skipping opening quotes), lower case. */
function wordAfter(text: string, from: number): string {
  let i = from;
  while (i < text.length && OPENERS.has(text[i] ?? "")) i++;
  let j = i;
  while (j < text.length && /[\p{L}\p{N}]/u.test(text[j] ?? "")) j++;
  return text.slice(i, j).toLowerCase();
}

/** Whether the period at `dot` belongs to an abbreviation, an initial or a dotted acronym. */
function isNonFinalPeriod(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  if (word === "") return false;
  const bare = word.replace(/^['\u2019]+/, "");
  if (ABBREVIATIONS.has(bare.toLowerCase())) return true;
  // An initial: "J. K. Rowling", "Roman A. Vassilenko".
  if (bare.length === 1 && isUpper(bare)) return true;
  // A dotted acronym ("U.S.", "U.N."): ends a sentence only before a typical sentence opener.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return !SENTENCE_OPENERS.has(wordAfter(text, next));
  return false;
}

/**
 * Splits text into sentences. A sentence ends at ".", "!", "?" or "…" (plus any closing quotes or
 * brackets) followed by white space and a capital letter, digit or opening quote; abbreviations
 * ("Mr", "Dr"), initials and dotted acronyms ("U.S.") do not end sentences. One linear pass.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = skipSpace(text, 0);
  let i = start;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "\u2026") {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && (text[end] === "." || text[end] === "!" || text[end] === "?"))
      end++;
    while (end < text.length && CLOSERS.has(text[end] as string)) end++;
    if (!isSpace(text[end])) {
      i = end;
      continue;
    }
    const next = skipSpace(text, end);
    if (next >= text.length) break;
    const nextCh = text[next] as string;
    const opensSentence = isUpper(nextCh) || /\d/.test(nextCh) || OPENERS.has(nextCh);
    const period = ch === "." && end === i + 1 + countClosers(text, i + 1, end);
    if (opensSentence && !(period && isNonFinalPeriod(text, i, next))) {
      spans.push({ start, end });
      start = next;
    }
    i = next;
  }
  const last = trimEnd(text, text.length);
  if (last > start) spans.push({ start, end: last });
  return spans;
}

function countClosers(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (CLOSERS.has(text[k] as string)) n++;
  return n;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

function trimEnd(text: string, to: number): number {
  let i = to;
  while (i > 0 && isSpace(text[i - 1])) i--;
  return i;
}
