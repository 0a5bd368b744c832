import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
import { article, fillerArticle } from "./helpers.js";

const index = SearchIndex.build([
  article({
    id: "quiz",
    outlet: "Daily",
    paragraphs: [
      "How closely did you follow the news this week? Take the quiz.",
      "Which retailer is slashing prices on clothing?",
    ],
  }),
  article({
    id: "shop",
    outlet: "Weekly",
    paragraphs: [
      "Shoppers crowded the malls on Saturday.",
      "Walmart is slashing prices on clothing to clear its shelves, the retailer said.",
    ],
  }),
  fillerArticle("weather", "Daily"),
  fillerArticle("sport", "Weekly"),
]);

describe("a paragraph that only restates the question", () => {
  it("follows the paragraph that adds the answer, though it holds the question's every word", () => {
    const answer = index.search("Which retailer is slashing prices on clothing?");
    expect(answer.results.map((r) => [r.outlet, r.paragraphIndex, r.score])).toEqual([
      ["Weekly", 1, 1.178],
      ["Daily", 1, 1.238],
    ]);
  });
});
