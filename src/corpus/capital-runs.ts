/**
 * Runs of capitalised words ("Kazakh Foreign Minister Kanat Saudabayev", "Bank of America"): the
 * raw material of names of people and of organisations, read once per paragraph as token ranges.
 */
import { DOT } from "./chars.js";
import { labelBreak } from "./page-labels.js";
import {
  HONORIFICS,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  TITLE_ABBREVIATIONS,
  type Token,
  WordSet,
} from "./words.js";

/** Lower-case words that link the capitalised words of one name: "Bank of America", "Vincent van Gogh". */
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

/** Whether only a space or two (or an abbreviation's period) stands between two words of a name. */
function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (text[i] !== " " && text[i] !== "\u00a0" && text[i] !== ".") return false;
  return to - from <= 2;
}

/** A word a period may follow inside a name: "Gov. Tate Reeves", "J. K. Rowling", "Mr. X". */
function isAbbreviation(t: Token): boolean {
  return t.text.length === 1 || HONORIFICS.has(t.lower) || TITLE_ABBREVIATIONS.has(t.lower);
}

/**
 * Whether two words may stand in one name or title: only spaces between them, or a period after
 * an abbreviation ("Gov. Tate Reeves"), never a sentence's end ("… met Rodolfo Hernandez. Petro's aide").
 */
export function adjoins(text: string, a: Token, b: Token): boolean {
  return onlySpaces(text, a.end, b.start) && (text.charCodeAt(a.end) !== DOT || isAbbreviation(a));
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
      adjoins(text, prev, t) &&
      !(t.capital && labelBreak(prev, t));
    const next = tokens[i + 1];
    const connector =
      !t.capital &&
      CONNECTORS.has(t.lower) &&
      next?.capital === true &&
      linked &&
      adjoins(text, t, next);
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

/** Where a title word ends, its abbreviation period included ("Gov."). */
export function periodEnd(text: string, t: Token | undefined): number | undefined {
  if (!t) return undefined;
  return text.charCodeAt(t.end) === DOT && isAbbreviation(t) ? t.end + 1 : t.end;
}

/** Lower-case words that matter to names: links inside them and role words before them. */
export const nameContextWord = new WordSet([
  ...CONNECTORS,
  ...ROLE_MODIFIERS,
  ...ROLE_WORDS,
]).test();
