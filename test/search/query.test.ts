import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
import { article, fillerArticle } from "./helpers.js";

describe("a spelling correction's weight in ranking", () => {
  const index = SearchIndex.build([
    article({
      id: "visit",
      outlet: "Daily",
      paragraphs: [
        "The mayor of Osh spoke on Sunday.",
        "Police said the old building of Kurmanbek Bakiyev was inspected on Monday.",
        "Police said the staff of the office left on Monday.",
        "The office of the mayor stayed closed.",
      ],
    }),
    fillerArticle("weather", "Daily"),
  ]);
  const asNames = SearchIndex.fromParts(index.parts);
  asNames.rank = { ...index.rank, query: { ...index.rank.query, typoWordRankFactor: 0.8 } };
  const ranked = (ix: SearchIndex, question: string) =>
    ix.search(question).results.map((r) => [r.paragraphIndex, r.score]);

  it("counts a correction into an English word in full in ranking, one into a name at typoFactor; both at typoFactor toward coverage", () => {
    const corrections = index
      .parse("was the building of Bekiyev inspeted")
      .groups.filter((g) => g.alternatives.some((a) => a.source === "typo"))
      .map((g) => [g.word, g.alternatives.map((a) => [a.term, a.factor, a.rank ?? null])]);
    expect(corrections).toEqual([
      ["bekiyev", [["bakev", 0.8, null]]],
      ["inspeted", [["inspect", 0.8, 1]]],
    ]);
  });

  it("ranks the paragraphs for a misspelt English word as for the word typed right", () => {
    expect(ranked(index, "police inspeted office")).toEqual(
      ranked(index, "police inspected office"),
    );
    expect(ranked(index, "police inspeted office").map(([p]) => p)).toEqual([1, 2, 3]);
  });

  it("lets a paragraph without the word overtake it when the correction counts typoFactor", () => {
    expect(ranked(asNames, "police inspeted office").map(([p]) => p)).toEqual([2, 1, 3]);
  });
});
