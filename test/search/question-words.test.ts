import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
import { article } from "./helpers.js";

const filler = article({
  id: "z",
  outlet: "Weekly",
  paragraphs: Array.from({ length: 30 }, (_, i) => `Weather report ${i}: rain and wind.`),
});

const index = SearchIndex.build([
  article({
    id: "a",
    outlet: "Daily",
    paragraphs: [
      "President Kurmanbek Bakiyev signed his resignation in the south of the country.",
      "Officials said the statement was read on state television.",
      "The United States said it would keep its air base open.",
      "WASHINGTON, DC - APRIL 16: The air base at Manas is seen from the road. (Photo by Jane Doe/Getty Images)",
      "The air base at Manas stays open, the government said on Friday.",
    ],
  }),
  filler,
]);

describe("SearchIndex spelling correction", () => {
  it("when a name and a word are misspelt, the corpus words they stand for are found", () => {
    const answer = index.search("Bakiyv resignaton");
    expect(answer.results[0]?.quote).toBe(
      "President Kurmanbek Bakiyev signed his resignation in the south of the country.",
    );
    expect(
      index.parse("Bakiyv resignaton").groups.map((g) => g.alternatives.map((a) => a.term)),
    ).toEqual([["bakev"], ["resign"]]);
  });
});

describe("SearchIndex short misspellings", () => {
  it("allows one edit by the word's length as typed, though its stem is shorter (basse)", () => {
    expect(index.parse("basse").groups.map((g) => g.alternatives.map((a) => a.term))).toEqual([
      ["base"],
    ]);
  });

  it("compares a stem with stems by the stem's length: wighing is weighing, not win", () => {
    const airline = SearchIndex.build([
      article({
        id: "w",
        outlet: "Daily",
        paragraphs: [
          "The airline will start weighing passengers before they board.",
          "Fans hope the team can win the cup.",
        ],
      }),
      filler,
    ]);
    expect(airline.parse("wighing").groups.map((g) => g.alternatives.map((a) => a.term))).toEqual([
      ["weih"],
    ]);
  });

  it("weighs a misspelt word as the word it stands for, not as a word the corpus lacks", () => {
    const typed = index.parse("resignaton").groups[0]?.weight;
    expect(typed).toBe(index.parse("resignation").groups[0]?.weight);
  });
});

describe("SearchIndex WordNet expansion", () => {
  it("when a question asks what someone said, paragraphs about the United States get no credit for it", () => {
    const said = index.parse("what did officials say").groups.find((g) => g.word === "say");
    expect(said?.alternatives.map((a) => a.term)).toEqual(["sai"]);
  });
});

describe("SearchIndex no-match decision", () => {
  it("when the question's main words are nowhere in the corpus, the answer is no match", () => {
    expect(index.search("who won the chess championship in Madrid").noMatch).toBe(true);
  });

  it("when a paragraph holds the question's words, it answers", () => {
    const answer = index.search("is the Manas air base open");
    expect([answer.noMatch, answer.results[0]?.quote]).toEqual([
      false,
      "The air base at Manas stays open, the government said on Friday.",
    ]);
  });
});

describe("SearchIndex captions", () => {
  it("when a photo caption matches as well as a body paragraph, the body paragraph comes first and the caption is marked", () => {
    const results = index.search("air base at Manas").results;
    expect(results.map((r) => [r.paragraphIndex, r.caption ?? false])).toEqual([
      [4, false],
      [2, false],
      [3, true],
    ]);
  });
});
