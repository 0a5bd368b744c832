import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capitalRanges, nameContextWord } from "../../src/corpus/capital-runs.js";
import { type Token, tokenize } from "../../src/corpus/words.js";
import { wordTexts } from "./arbitraries.js";

function capitalRuns(text: string, tokens: readonly Token[]): Token[][] {
  const ranges = capitalRanges(text, tokens);
  const runs: Token[][] = [];
  for (let r = 0; r < ranges.length; r += 2) runs.push(tokens.slice(ranges[r], ranges[r + 1]));
  return runs;
}

describe("capitalised runs", () => {
  it("joins capitalised words and the links between them, and nothing across a sentence's end", () => {
    const text = "Kazakh Foreign Minister Kanat Saudabayev met the Bank of America. Officials said";
    const runs = capitalRuns(text, tokenize(text)).map((run) => run.map((t) => t.text).join(" "));
    expect(runs).toEqual([
      "Kazakh Foreign Minister Kanat Saudabayev",
      "Bank of America",
      "Officials",
    ]);
  });

  it("are consecutive words, and every capitalised word is in exactly one", () => {
    const words = fc.constantFrom("Kanat", "of", "the", "said", "Mr", "Gov", "Bank's", "U.S", "x");
    const gaps = fc.constantFrom(" ", ", ", ". ", "  ", "\u00a0", " (");
    fc.assert(
      fc.property(wordTexts(words, gaps, 30), fc.boolean(), (text, kept) => {
        const tokens = kept ? tokenize(text, nameContextWord) : tokenize(text);
        const runs = capitalRuns(text, tokens);
        for (const run of runs)
          expect(run.map((t) => t.index)).toEqual(run.map((_, i) => (run[0]?.index ?? 0) + i));
        const inRuns = runs.flat().filter((t) => t.capital);
        expect(inRuns).toEqual(tokens.filter((t) => t.capital));
      }),
    );
  });
});
