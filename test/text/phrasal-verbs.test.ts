import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldTokens } from "../../src/text/fold.js";
import { phrasalCompounds } from "../../src/text/phrasal-verbs.js";

const compounds = (text: string, word: string) => {
  const words = foldTokens(text);
  return phrasalCompounds(words, words.find((w) => w.word === word) as (typeof words)[number]);
};

describe("phrasalCompounds", () => {
  it("joins a verb and the particle after it, as typed and as its base form", () => {
    // Every base form WordNet reads in the word ("locke" too, the philosopher's): a compound counts
    // only when the corpus writes it.
    expect(compounds("how long was the city locked down", "locked")).toEqual([
      "lockeddown",
      "lockedown",
      "lockdown",
    ]);
    expect(compounds("who took over twitter", "took")).toEqual(["tookover", "takeover"]);
    expect(compounds("did they lay off staff", "lay")).toEqual(["layoff"]);
  });

  it("reads no compound when the next word is no particle, or is not right after it", () => {
    expect(compounds("how long was the city locked for", "locked")).toEqual([]);
    expect(compounds("was the city locked, down the road", "locked")).toEqual([]);
    expect(compounds("locked", "locked")).toEqual([]);
  });

  it("gives only words ending in the particle that follows, for any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const words = foldTokens(text);
        return words.every((w) => {
          const next = words.find((x) => x.start > w.end && !x.joined);
          return phrasalCompounds(words, w).every(
            (c) => next !== undefined && c.endsWith(next.word) && c.length > next.word.length,
          );
        });
      }),
    );
  });
});
