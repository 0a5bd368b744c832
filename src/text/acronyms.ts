import { CAPITALIZED, NUMERIC, type TokenColumns } from "./token-columns.js";

/** Longest word read as initials: longer ones are words or names, not abbreviations. */
const MAX_ACRONYM_LETTERS = 5;
/** Shortest: one letter is no abbreviation. */
const MIN_ACRONYM_LETTERS = 2;
/**
 * Longest word the corpus has that is still read as initials when the paragraphs spell it out
 * ("pm", "us", "fbi"). A longer one the corpus has is mostly a word or a name of its own ("fire",
 * "biden"), and leaving it out spares most questions reading the first pass's paragraphs again.
 */
export const MAX_PRESENT_ACRONYM_LETTERS = 3;

/** Whether `word` (folded) could be the initials of a name: "nyc", "nwsl". */
export function couldBeAcronym(word: string): boolean {
  return (
    word.length >= MIN_ACRONYM_LETTERS &&
    word.length <= MAX_ACRONYM_LETTERS &&
    /^[a-z]+$/.test(word)
  );
}

/**
 * Every run of adjacent capitalised words of a text whose initials spell `word`, as folded words:
 * "nyc" in "New York City Mayor Eric Adams" gives ["new", "york", "city"]. Words joined by a single
 * space only, as the index joins a name's words; `tokens` are the text's plain token columns, so a
 * hyphenated word counts as its parts.
 */
export function acronymPhrasesIn(word: string, tokens: TokenColumns): string[][] {
  if (!couldBeAcronym(word)) return [];
  const out: string[][] = [];
  for (let i = 0; i + word.length <= tokens.length; i++)
    if (spellsAt(word, tokens, i)) out.push(tokens.word.slice(i, i + word.length));
  return out;
}

/** Whether the capitalised words from tokens[i] on, one a space apart, start with the letters of `word`. */
function spellsAt(word: string, tokens: TokenColumns, i: number): boolean {
  for (let k = 0; k < word.length; k++) {
    const flags = tokens.flags[i + k] as number;
    if ((flags & (CAPITALIZED | NUMERIC)) !== CAPITALIZED) return false;
    if ((tokens.word[i + k] as string).charAt(0) !== word.charAt(k)) return false;
    if (k > 0 && tokens.start[i + k] !== (tokens.end[i + k - 1] as number) + 1) return false;
  }
  return true;
}
