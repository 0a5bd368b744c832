import { describe, expect, it } from "vitest";
import { type Candidate, defaultDiversifyOptions, diversify } from "../../src/search/diversify.js";
import type { SearchResult } from "../../src/search/types.js";

function candidate(outlet: string, quote: string, score: number): Candidate {
  const result: SearchResult = {
    outlet,
    title: null,
    url: null,
    published: null,
    article: outlet.toLowerCase(),
    paragraphIndex: 0,
    paragraph: quote,
    quote,
    speaker: null,
    score,
    highlights: [],
    alsoReportedBy: [],
  };
  return { result, words: new Set(quote.toLowerCase().match(/[a-z0-9]+/g)) };
}

describe("diversify", () => {
  it("when two outlets run the same wire copy, the second is grouped under the first", () => {
    const results = diversify(
      [
        candidate(
          "A",
          "Rescue teams pulled 14 survivors from the mud overnight, the ministry said",
          1,
        ),
        candidate(
          "B",
          "Rescue teams pulled 14 survivors from the mud overnight, the emergency ministry said",
          0.9,
        ),
      ],
      5,
      defaultDiversifyOptions,
    );

    expect(results.map((r) => [r.outlet, r.alsoReportedBy.map((a) => a.outlet)])).toEqual([
      ["A", ["B"]],
    ]);
  });

  it("when two outlets word the same fact their own way, each stays a result of its own", () => {
    const results = diversify(
      [
        candidate("A", "Prosecutors opened a criminal case and the chief engineer was detained", 1),
        candidate(
          "B",
          "Prosecutors said they opened a criminal case and detained the chief engineer",
          0.9,
        ),
      ],
      5,
      defaultDiversifyOptions,
    );

    expect(results.map((r) => [r.outlet, r.alsoReportedBy.length])).toEqual([
      ["A", 0],
      ["B", 0],
    ]);
  });

  // One outlet's two best passages (1 and 0.9), and another outlet's at `other`.
  const outletsAfter = (other: number) =>
    diversify(
      [
        candidate("A", "first passage about the dam", 1),
        candidate("A", "second passage about the flood", 0.9),
        candidate("B", "another outlet on the collapse", other),
      ],
      5,
      defaultDiversifyOptions,
    ).map((r) => r.outlet);

  it("when one outlet has the best passages, another outlet's passage comes before its second", () => {
    // Over 0.9 (`outletDecay`) of the first outlet's second passage.
    expect(outletsAfter(0.85)).toEqual(["A", "B", "A"]);
  });

  it("an outlet's own second passage keeps its place before another outlet's weaker one", () => {
    // Under 0.9 (`outletDecay`) of the second passage, though over 0.6 of it (`overtakeShare`).
    expect(outletsAfter(0.75)).toEqual(["A", "A", "B"]);
  });

  // The first outlet's third passage, and another outlet's passage under 0.6 of it.
  const farBelow = () => [
    candidate("A", "first passage about the dam", 1),
    candidate("A", "second passage about the flood", 0.9),
    candidate("A", "third passage about the rescue", 0.8),
    candidate("B", "a passage on another story", 0.45),
  ];
  // A steeper discount than the default (0.7), under which the share is what keeps the other story last.
  const order = (overtakeShare: number) =>
    diversify(farBelow(), 5, { ...defaultDiversifyOptions, outletDecay: 0.7, overtakeShare }).map(
      (r) => [r.outlet, r.score],
    );

  it("when another outlet's passage scores far below the best left, the first outlet's next passage comes first", () => {
    expect(order(defaultDiversifyOptions.overtakeShare)).toEqual([
      ["A", 1],
      ["A", 0.9],
      ["A", 0.8],
      ["B", 0.45],
    ]);
  });

  it("when the share is 0, the outlet discount alone orders them", () => {
    expect(order(0)).toEqual([
      ["A", 1],
      ["A", 0.9],
      ["B", 0.45],
      ["A", 0.8],
    ]);
  });
});
