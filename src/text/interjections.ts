import { createRequire } from "node:module";

/** One term of compromise's `json()` output: the word as it reads it and its part-of-speech tags. */
interface TaggedTerm {
  normal: string;
  tags: string[];
}

interface Tagger {
  (text: string): { json(): Array<{ terms: TaggedTerm[] }> };
  model(): { one: { lexicon: Record<string, string | string[]> } };
}

/** compromise's lexicon tags a word may carry when its tagger can read it as an interjection. */
const MAYBE_INTERJECTION = new Set(["Expression", "Adjective"]);

/** compromise's tag for an interjection ("lol", "pls", "omg", "ok" opening "ok so …"). */
const INTERJECTION = "Expression";

const WORD = /[\p{L}\p{N}']+/gu;

let loaded: Tagger | undefined;

/** compromise's part-of-speech tagger (lexicon and rules, no model files), loaded on first use (~150 ms). */
function tagger(): Tagger {
  loaded ??= createRequire(import.meta.url)("compromise/two") as Tagger;
  return loaded;
}

/**
 * The words at the start or the end of a question that English grammar reads as interjections:
 * chat filler such as "pls … lol", "ok so …", "… or nah", "omg …". Read by compromise's tagger in
 * the question's context, so "ok" opening "ok so who won" is one and "is the deal ok" holds none,
 * and only at the edges, so "In his farewell speech" keeps its farewell (a word the tagger takes
 * for an interjection wherever it stands). Folded to lower case, as `foldTokens` writes words.
 * The tagger runs only when the first or last word is one its lexicon tags as an interjection
 * or an adjective, or the first is one it lacks: the other questions pay a look-up.
 *
 * @example interjectionsAtEdges("pls who mediated the departure lol") // ["pls", "lol"]
 */
export function interjectionsAtEdges(question: string): string[] {
  const words = question.match(WORD);
  if (words === null) return [];
  const { lexicon } = tagger().model().one;
  // Its rules, not its lexicon, read a first "hmm", "umm" or "yo": a first word it lacks is tagged too.
  const maybe = (word: string, unknown: boolean) => {
    const tags = lexicon[word.toLowerCase()];
    return tags === undefined ? unknown : [tags].flat().some((t) => MAYBE_INTERJECTION.has(t));
  };
  if (!maybe(words[0] as string, true) && !maybe(words[words.length - 1] as string, false))
    return [];
  const terms = tagger()(question)
    .json()
    .flatMap((s) => s.terms);
  const edge: string[] = [];
  const isInterjection = (t: TaggedTerm) => t.tags.includes(INTERJECTION);
  for (const t of terms) {
    if (!isInterjection(t)) break;
    edge.push(t.normal);
  }
  for (let i = terms.length - 1; i >= edge.length; i--) {
    const t = terms[i] as TaggedTerm;
    if (!isInterjection(t)) break;
    edge.push(t.normal);
  }
  return edge;
}
