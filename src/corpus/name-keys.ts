/**
 * A name's surname key and part count, read without arrays or patterns: they are taken for every
 * mention of a name, so they are written as scans of the string.
 */
import { notRegexSpace } from "../text/count.js";

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
