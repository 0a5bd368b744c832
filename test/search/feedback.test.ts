import { describe, expect, it } from "vitest";
import { defaultFeedbackOptions, feedbackTerms } from "../../src/search/feedback.js";
import { defaultRankOptions, SearchIndex } from "../../src/search/index.js";
import { article, fillerArticle } from "./helpers.js";

describe("feedback terms", () => {
  const idfs = new Map([
    ["visitors", 2],
    ["park", 1],
    ["floods", 1.5],
    ["rangers", 3],
    ["left", 0.5],
    ["rose", 0.5],
    ["moved", 0.5],
    ["closed", 0.5],
    ["roads", 0.5],
  ]);
  const corpus = (asked: string[]) => ({
    term: (word: string) => word,
    idf: (term: string) => idfs.get(term) ?? null,
    asked: (term: string) => asked.includes(term),
  });
  const paragraphs = [
    "Visitors left the park as floods rose.",
    "Park rangers moved visitors out.",
    "Floods closed roads.",
  ];

  it("keeps the terms several best paragraphs share, by mean share of a paragraph's words times IDF, weights summing to 1", () => {
    const terms = feedbackTerms(paragraphs, corpus([]), { ...defaultFeedbackOptions, terms: 2 });
    // floods (1/7 + 1/3) / 3 × 1.5 = 5/21, visitors (1/7 + 1/5) / 3 × 2 = 8/35; park falls third.
    expect([...terms].map(([t, w]) => [t, Math.round(w * 1e6) / 1e6])).toEqual([
      ["floods", 0.510204],
      ["visitors", 0.489796],
    ]);
  });

  it("never feeds back the question's own terms, a word of one paragraph, or a figure", () => {
    const terms = feedbackTerms(
      [...paragraphs, "In 2022 and 2022 again."],
      corpus(["floods"]),
      defaultFeedbackOptions,
    );
    expect([...terms.keys()]).toEqual(["visitors", "park"]);
  });

  it("reads only the best `docs` paragraphs", () => {
    const terms = feedbackTerms(paragraphs, corpus([]), { ...defaultFeedbackOptions, docs: 2 });
    expect([...terms.keys()]).toEqual(["visitors", "park"]);
  });
});

describe("a second first pass with the feedback terms", () => {
  const articles = [
    article({
      id: "park",
      outlet: "Daily",
      paragraphs: [
        "Floods closed Yellowstone park on Monday, and rangers shut its roads.",
        "Rangers said Yellowstone park roads will stay shut while the floods recede.",
        "More than 10,000 visitors were evacuated from the park as floods cut roads, rangers said.",
      ],
    }),
    fillerArticle("weather", "Daily"),
    fillerArticle("sport", "Weekly"),
  ];

  it("brings in a paragraph that shares the best paragraphs' words but none of the question's", () => {
    const index = SearchIndex.build(articles);
    const found = index.search("yellowstone shut");
    expect(found.results.map((r) => r.paragraphIndex)).toEqual([0, 1, 2]);
  });

  it("leaves the candidates to the question's words when off", () => {
    const index = SearchIndex.build(articles);
    index.rank = { ...defaultRankOptions, feedback: { ...defaultFeedbackOptions, weight: 0 } };
    const found = index.search("yellowstone shut");
    expect(found.results.map((r) => r.paragraphIndex)).toEqual([0, 1]);
  });
});
