import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  capitalRanges,
  findNames,
  nameContextWord,
  People,
  partCount,
  possessiveEnd,
  surnameKey,
} from "../../src/corpus/people.js";
import { type Token, tokenize } from "../../src/corpus/words.js";

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

  it("a video box's label in capitals before a name is no part of it", () => {
    const text = "Replay ... MUST WATCH Odile Varga on winning 02:10. WATCH NOW Ben Arlo";
    expect(findNames(text).map((n) => n.name)).toEqual(["Odile Varga", "Ben Arlo"]);
  });

  it("an initialism in capitals is no label: it stays in the title before the name", () => {
    const text = "WHO Director-General Amara Tolu spoke. NASA Administrator Jon Perla agreed.";
    expect(findNames(text).map((n) => [n.name, n.role])).toEqual([
      ["Amara Tolu", "General"],
      ["Jon Perla", "NASA Administrator"],
    ]);
  });

  it("a word WordNet knows as a kind of person is a title before a first name and surname", () => {
    const text =
      "Dune County Sheriff Ramon Quillet spoke. Hunter Quillet left. The National Tide Survey Administration met.";
    expect(findNames(text).map((n) => [n.name, n.role])).toEqual([
      ["Ramon Quillet", "Dune County Sheriff"],
      ["Hunter Quillet", null],
    ]);
  });

  it("an untitled name stops at of before a place; a common noun before of names no one", () => {
    const text = "They beat Ivo Marken of Norway. The Federal Bureau of Investigation said so.";
    expect(findNames(text).map((n) => [n.name, n.role])).toEqual([["Ivo Marken", null]]);
  });

  it("a title or an honorific alone names no one; with a name after it, the name is found", () => {
    const text = "President, aides said. Gov. Tate Reeves and Mr Bakiyev's aide spoke.";
    expect(findNames(text).map((n) => [n.name, n.role])).toEqual([
      ["Tate Reeves", "Gov."],
      ["Bakiyev", null],
    ]);
  });
});

describe("a name's parts read without patterns", () => {
  const units = fc.constantFrom(
    "a",
    "S",
    "s",
    "'",
    "\u2019",
    " ",
    "\u00a0",
    "\u2003",
    "\t",
    ".",
    "\u0130",
    "K",
  );

  it("the surname key is the last word, lower case, without a possessive", () => {
    expect(surnameKey("Kanat Saudabayev's")).toBe("saudabayev");
    expect(surnameKey("Protesters'")).toBe("protesters");
    fc.assert(
      fc.property(fc.string({ unit: units }), (name) => {
        const parts = name.toLowerCase().split(/\s+/);
        expect(surnameKey(name)).toBe((parts[parts.length - 1] ?? "").replace(/['\u2019]s?$/, ""));
        const end = possessiveEnd(name, 0, name.length);
        expect(name.slice(0, end)).toBe(name.replace(/['\u2019]s?$/, ""));
        expect(partCount(name)).toBe(name.split(/\s+/).length);
      }),
    );
  });
});

describe("sentence subjects", () => {
  it("are the people the article names, not one attribution adds later", () => {
    const text = "Quux arrived on Monday. He left early.";
    const people = new People([text], [tokenize(text, nameContextWord)]);
    const after = { para: 0, pos: text.length };
    people.add("Zed Quux", null);
    expect(people.pronoun(after)).toBeUndefined();
    const named = "Zed Quux arrived on Monday. He left early.";
    const known = new People([named], [tokenize(named, nameContextWord)]);
    known.add("Ann Other", null);
    expect(known.pronoun(after)?.name).toBe("Zed Quux");
  });
});
