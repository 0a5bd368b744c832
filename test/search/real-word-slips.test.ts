import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
import { article, fillerArticle } from "./helpers.js";

describe("a word typed as another English word", () => {
  const index = SearchIndex.build([
    article({
      id: "osh",
      outlet: "Daily",
      paragraphs: [
        "At least 46 people died in the protests in Osh, officials said.",
        "The protests spread to Jalal-Abad on Friday.",
        "Two people died in a car crash near the border.",
      ],
    }),
    ...["weather", "tides", "winds"].map((id) => fillerArticle(id, "Daily")),
  ]);
  const slipping = SearchIndex.fromParts(index.parts);
  slipping.rank = { ...index.rank, query: { ...index.rank.query, readSlips: true } };
  const asTyped = SearchIndex.fromParts(index.parts);
  asTyped.rank = { ...index.rank, query: { ...index.rank.query, slipOdds: 0 } };
  const readAs = (ix: SearchIndex, question: string, word: string) =>
    ix
      .parse(question)
      .groups.find((g) => g.word === word)
      ?.alternatives.map((a) => [a.term, a.source, a.factor]);

  it("is read as the neighbour the corpus writes beside the question's other words, at typoFactor", () => {
    expect(readAs(slipping, "how many people deed in the protests", "deed")).toEqual([
      ["die", "typo", 0.8],
    ]);
  });

  it("is read as typed where no neighbour is written beside the others, and in a first reading", () => {
    expect([
      readAs(slipping, "how many people deed in the weather", "deed"),
      readAs(index, "how many people deed in the protests", "deed"),
    ]).toEqual([[], []]);
  });

  it("answers a question refused as typed with the neighbour's paragraph, and only then", () => {
    const answer = index.search("how many people deed in the protests");
    expect([
      asTyped.search("how many people deed in the protests").noMatch,
      answer.noMatch,
      answer.results[0]?.quote,
      index.search("how many people deed in the weather").noMatch,
    ]).toEqual([
      true,
      false,
      "At least 46 people died in the protests in Osh, officials said.",
      true,
    ]);
  });

  it("is searched again only when some word reads as a slip", () => {
    const readings = (question: string) => {
      let n = 0;
      index.search(question, { explain: () => n++ });
      return n;
    };
    expect([
      readings("how many people deed in the protests"),
      readings("how many people deed in the weather"),
    ]).toEqual([2, 1]);
  });

  it("is not counted beside words in more paragraphs than slipPostings", () => {
    const bounded = (slipPostings: number) => {
      const ix = SearchIndex.fromParts(index.parts);
      ix.rank = { ...index.rank, query: { ...slipping.rank.query, slipPostings } };
      return readAs(ix, "how many people deed in the protests", "deed");
    };
    expect([bounded(2), bounded(1)]).toEqual([[["die", "typo", 0.8]], []]);
  });
});
