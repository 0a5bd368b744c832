import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
import type { NoMatchEvidence } from "../../src/search/no-match.js";
import { article, fillerArticle } from "./helpers.js";

// The park's tourists are told as visitors: two kinds of traveler in WordNet, no synonyms.
const park = SearchIndex.build([
  article({
    id: "park",
    outlet: "Daily",
    title: "Floods close the national park",
    paragraphs: [
      "Floods closed the national park on Monday after days of rain.",
      "Rangers said 900 visitors left the park before the bridges washed out.",
      "The park will stay shut until the roads are repaired.",
    ],
  }),
  // "tourists" is a corpus word, used in passing: no key word, so every article may answer.
  article({
    id: "beach",
    outlet: "Weekly",
    paragraphs: [
      "Tourists crowded the beach on a hot day.",
      "The beach cafe sold out of ice cream.",
    ],
  }),
  fillerArticle("weather", "Daily"),
  fillerArticle("rain", "Weekly"),
]);

const QUESTION = "how many tourists left the flooded national park";

function withFactor(factor: number): SearchIndex {
  const index = SearchIndex.fromParts(park.parts);
  index.rank = { ...park.rank, topic: { ...park.rank.topic, kindredFactor: factor } };
  return index;
}

function evidence(index: SearchIndex, question: string): NoMatchEvidence {
  let seen: NoMatchEvidence | null = null;
  index.search(question, {
    explain: (e) => {
      seen = e;
    },
  });
  return seen as unknown as NoMatchEvidence;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

describe("other kinds of a thing the question names, in the no-match decision", () => {
  it("answers a question whose thing the passages name as another kind of it", () => {
    const answer = park.search(QUESTION);
    expect(answer.noMatch).toBe(false);
    // "visitors" counts √0.1 of "tourists" in the coverage; the ranking is the question's own words'.
    expect(round(evidence(park, QUESTION).coverage)).toBe(0.555);
    expect(answer.results.map((r) => `${r.article}:${r.paragraphIndex}`)).toEqual([
      "park:0",
      "park:1",
      "beach:0",
      "park:2",
    ]);
  });

  it("answers no match for the same question with kindredFactor 0 (coverage 0.487, below minCoverage)", () => {
    const off = withFactor(0);
    expect(off.search(QUESTION).noMatch).toBe(true);
    expect(round(evidence(off, QUESTION).coverage)).toBe(0.487);
  });

  it("is not read when the question's own words hold enough: the evidence is theirs", () => {
    const question = "how many tourists left the park";
    expect(round(evidence(park, question).coverage)).toBe(0.627);
    expect(round(evidence(withFactor(0), question).coverage)).toBe(0.627);
  });

  it("does not fire for a thing whose other kinds the passages never name", () => {
    const question = "how many cafes left the flooded national park";
    expect(park.search(question).noMatch).toBe(true);
    expect(round(evidence(park, question).coverage)).toBe(0.487);
    expect(round(evidence(withFactor(0), question).coverage)).toBe(0.487);
  });

  it("never changes what is ranked, only whether the best passages answer", () => {
    const off = withFactor(0);
    const words = [
      "tourists",
      "visitors",
      "left",
      "park",
      "flooded",
      "national",
      "beach",
      "rain",
      "roads",
      "bridges",
      "how",
      "many",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 7 }), (ws) => {
        const q = ws.join(" ");
        const on = park.search(q);
        const without = off.search(q);
        if (!without.noMatch) expect(on).toEqual(without);
        if (!on.noMatch && without.noMatch) {
          const all = withFactor(0);
          all.rank = { ...all.rank, minCoverage: 0 };
          expect(on.results).toEqual(all.search(q).results);
        }
      }),
      { numRuns: 60 },
    );
  });
});
