import type { FoldedToken } from "./fold.js";
import { IRREGULAR } from "./terms.js";
import { lemmasOf } from "./wordnet.js";

/** Adverb particles of English phrasal verbs ("lock down", "take over", "lay off"). */
const PARTICLES = new Set(["down", "up", "out", "off", "over", "back", "in", "on", "away"]);

/**
 * The closed compounds a word and the particle right after it may be written as: the word and
 * each of its base forms (WordNet's, `lemmasOf`) joined to the particle ("locked down": lockdown;
 * "took over": takeover), for the caller to keep those the corpus writes: news writes the noun
 * where a question types the verb. Empty when the next token of `words` is no particle or does
 * not follow `word` after one space or none.
 *
 * @example
 * const words = foldTokens("how long was the city locked down");
 * phrasalCompounds(words, words[5]); // ["lockeddown", "lockedown", "lockdown"]
 */
export function phrasalCompounds(words: readonly FoldedToken[], word: FoldedToken): string[] {
  const next = words.find((w) => w.start > word.end && !w.joined);
  if (!next || !PARTICLES.has(next.word) || next.start - word.end > 1) return [];
  return [...new Set([word.word, ...lemmasOf(word.word, IRREGULAR)])].map((w) => w + next.word);
}
