import { IRREGULAR } from "../text/terms.js";
import { CAPITALIZED, NUMERIC, type TokenColumns } from "../text/token-columns.js";
import { namesInstanceOf } from "../text/wordnet.js";
import { MATCHED } from "./question.js";

/** Longest run of capitalised words looked up as one name ("New York City"). */
const MAX_NAME_WORDS = 3;

/**
 * Where the paragraph names an individual of the kind `noun` names (WordNet's instances: a state,
 * a country, a known person), by runs of up to `MAX_NAME_WORDS` capitalised words, none of them
 * the question's own (what it names cannot be its answer).
 */
export function instancesNamed(plain: TokenColumns, flags: Uint8Array, noun: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < plain.length; i++) {
    let name = "";
    for (let k = i; k < plain.length && k < i + MAX_NAME_WORDS; k++) {
      if (((flags[k] as number) & (CAPITALIZED | NUMERIC | MATCHED)) !== CAPITALIZED) break;
      if (k > i && plain.start[k] !== (plain.end[k - 1] as number) + 1) break;
      const word = plain.word[k] as string;
      name = k === i ? word : `${name} ${word}`;
      if (namesInstanceOf(name, noun, IRREGULAR)) {
        out.push(plain.start[k] as number);
        break;
      }
    }
  }
  return out;
}
