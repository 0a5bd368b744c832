import { describe, expect, it } from "vitest";
import { MATCHED } from "../../src/search/question.js";
import { tierOf } from "../../src/search/result-tiers.js";

/** Words of a passage, those in `matched` marked as the question's. */
function words(text: string, matched: readonly string[]) {
  const word = text.split(" ");
  return {
    length: word.length,
    word,
    flags: Uint8Array.from(word, (w) => (matched.includes(w) ? MATCHED : 0)),
  };
}

describe("tierOf", () => {
  it("puts body text adding to the question first, then a restatement of it, then captions", () => {
    expect(tierOf(false, words("the dam burst near the river", ["dam", "river"]))).toBe(0);
    expect(tierOf(false, words("the dam and the river", ["dam", "river"]))).toBe(1);
    expect(tierOf(true, words("the dam burst near the river", ["dam", "river"]))).toBe(2);
  });
});
