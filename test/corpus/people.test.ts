import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capitalRuns, findNames, nameContextWord } from "../../src/corpus/people.js";
import { tokenize } from "../../src/corpus/words.js";

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
    const texts = fc
      .array(fc.tuple(words, gaps), { maxLength: 30 })
      .map((parts) => parts.map(([w, g]) => w + g).join(""));
    fc.assert(
      fc.property(texts, fc.boolean(), (text, kept) => {
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

describe("names in a text", () => {
  it("a capitalised word alone is a name only with an appositive that describes a person", () => {
    const text =
      "Officials met. Kinzinger, the other Republican on the panel, spoke. Protesters, the police said, left.";
    expect(findNames(text).map((n) => n.name)).toEqual(["Kinzinger"]);
  });

  it("a title or an honorific alone names no one; with a name after it, the name is found", () => {
    const text = "President, aides said. Gov. Tate Reeves and Mr Bakiyev's aide spoke.";
    expect(findNames(text).map((n) => [n.name, n.role])).toEqual([
      ["Tate Reeves", "Gov."],
      ["Bakiyev", null],
    ]);
  });
});
