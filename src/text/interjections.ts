import { type TaggedTerm, tagged, tagger } from "./tagger.js";

/** compromise's lexicon tags a word may carry when its tagger can read it as an interjection. */
const MAYBE_INTERJECTION = new Set(["Expression", "Adjective"]);

/** compromise's tag for an interjection ("lol", "pls", "omg", "ok" opening "ok so …"). */
const INTERJECTION = "Expression";

const WORD = /[\p{L}\p{N}']+/gu;

/** Words of context the tagger reads at each edge of a long text (a whole short question is read at once). */
const EDGE_CONTEXT = 8;

/**
 * The words at the start or the end of a question that English grammar reads as interjections:
 * chat filler such as "pls … lol", "ok so …", "… or nah", "omg …". Read by compromise's tagger in
 * the question's context, so "ok" opening "ok so who won" is one and "is the deal ok" holds none,
 * and only at the edges, so "In his farewell speech" keeps its farewell (a word the tagger takes
 * for an interjection wherever it stands). Folded to lower case, as `foldTokens` writes words.
 * The tagger runs only when the first or last word is one its lexicon tags as an interjection
 * or an adjective, or the first is one it lacks: the other questions pay a look-up. A long text
 * (a pasted message) is read at each edge in `EDGE_CONTEXT` words, so its cost stays a question's.
 *
 * @example interjectionsAtEdges("pls who mediated the departure lol") // ["pls", "lol"]
 */
export function interjectionsAtEdges(question: string): string[] {
  const words = [...question.matchAll(WORD)];
  if (words.length === 0) return [];
  const { lexicon } = tagger().model().one;
  // Its rules, not its lexicon, read a first "hmm", "umm" or "yo": a first word it lacks is tagged too.
  const maybe = (word: string, unknown: boolean) => {
    const tags = lexicon[word.toLowerCase()];
    return tags === undefined ? unknown : [tags].flat().some((t) => MAYBE_INTERJECTION.has(t));
  };
  const first = maybe((words[0] as RegExpExecArray)[0], true);
  const last = maybe((words[words.length - 1] as RegExpExecArray)[0], false);
  if (!first && !last) return [];
  // A pasted message may be long: the edges are read in their own few words of context.
  const span = (from: number, to: number) => {
    const a = words[from] as RegExpExecArray;
    const b = words[to - 1] as RegExpExecArray;
    return question.slice(a.index, b.index + b[0].length);
  };
  const whole = words.length <= 2 * EDGE_CONTEXT;
  const head = whole ? tagged(question) : first ? tagged(span(0, EDGE_CONTEXT)) : [];
  const tail = whole ? head : last ? tagged(span(words.length - EDGE_CONTEXT, words.length)) : [];
  const edge: string[] = [];
  for (const t of head) {
    if (!isInterjection(t)) break;
    edge.push(t.normal);
  }
  const lead = whole ? edge.length : 0;
  for (let i = tail.length - 1; i >= lead; i--) {
    const t = tail[i] as TaggedTerm;
    if (!isInterjection(t)) break;
    edge.push(t.normal);
  }
  return edge;
}

function isInterjection(t: TaggedTerm): boolean {
  return t.tags.includes(INTERJECTION);
}
