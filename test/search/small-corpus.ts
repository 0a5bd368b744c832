import fc from "fast-check";
import type { Article } from "../../src/corpus/types.js";
import { article } from "./helpers.js";

/** Corpora of a few small articles, for checking a changed index against a fresh build. */

export const WORDS =
  "minister resigned airport protest police said governor talks dam water river border troops fled capital election vote bakiyev president mediated departure kazakhstan resignation".split(
    " ",
  );
export const OUTLETS = ["Reuters", "BBC", "AP"];

/** A paragraph of 3 to 14 words drawn from a small vocabulary, so articles share terms and ties happen. */
export const paragraph = fc
  .array(fc.constantFrom(...WORDS, "The", "Said", "a"), { minLength: 3, maxLength: 14 })
  .map((words) => `${words.join(" ")}.`);

export const body = fc.record({
  outlet: fc.constantFrom(...OUTLETS),
  paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 5 }),
});

/** Article `id` (0 to 9) with `b`'s outlet and paragraphs. */
export function make(id: number, b: { outlet: string; paragraphs: string[] }): Article {
  // Ids with "/" and "-" check the corpus order of nested files.
  const name = ["a", "a-b", "a/b", "b", "a/a", "c", "a.b", "z", "m/n", "m"][id] as string;
  return article({ id: name, file: `${name}.md`, outlet: b.outlet, paragraphs: b.paragraphs });
}
