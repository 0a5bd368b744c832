/**
 * Labels of a web page written in capitals ("MUST WATCH", "WATCH NOW" before a video): they stand
 * before names in scraped text, and a name run must stop at them rather than take them in.
 */
import { isEveryday } from "../text/common-words.js";
import { FUNCTION_WORDS, type Token } from "./words.js";

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
export function isLabelWord(t: Token): boolean {
  return inCapitals(t) && isEveryday(t.lower) && !FUNCTION_WORDS.has(t.lower);
}

/**
 * Whether a label in capitals stands before a word that is not: "MUST WATCH Frances Tiafoe" is
 * no name of four words.
 */
export function labelBreak(a: Token, b: Token): boolean {
  return !inCapitals(b) && isLabelWord(a);
}
