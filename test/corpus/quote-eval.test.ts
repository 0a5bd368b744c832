import { describe, expect, it } from "vitest";
import {
  foldOf,
  parseQuoteGold,
  sameSpeaker,
  scoreQuote,
  summarizeQuotes,
} from "../../src/corpus/quote-eval.js";
import { article } from "../search/helpers.js";

const articles = [
  article({
    id: "a",
    outlet: "CNN",
    paragraphs: [],
    quotes: [
      { text: "We will win this “fight” today", speaker: "Tate Reeves", role: null, paragraph: 3 },
      { text: "Don’t Say Gay", speaker: null, role: null, paragraph: 5 },
    ],
  }),
];

describe("quote gold scoring", () => {
  it("accepts a speaker containing any spelling of an accepted name", () => {
    expect(sameSpeaker("Kanat Saudabaev", ["Saudabayev"])).toBe(true);
    expect(sameSpeaker("the governor", ["Reeves"])).toBe(false);
    expect(sameSpeaker(null, [])).toBe(true);
    expect(sameSpeaker("Reuters", [])).toBe(false);
  });

  it("finds the quote by file and normalised text, and counts a missing mark as no speaker", () => {
    const gold = parseQuoteGold(
      [
        '{"outlet":"CNN","quote":"we will win this \\"fight\\"","speaker":["Reeves"],"file":"a.md","paragraph":2,"kind":"title"}',
        '{"outlet":"CNN","quote":"Don\'t Say Gay","speaker":[],"file":"a.md","paragraph":5,"kind":"none"}',
        '{"outlet":"CNN","quote":"Nowhere in the text","speaker":[],"kind":"none"}',
        '{"outlet":"CNN","quote":"Nowhere either","speaker":["Reeves"]}',
      ].join("\n"),
      "gold.jsonl",
    );
    const outcomes = gold.map((g) => scoreQuote(g, articles));
    expect(outcomes.map((o) => o.right)).toEqual([true, true, true, false]);
    const score = summarizeQuotes(outcomes);
    expect({ right: score.right, total: score.total, kinds: score.kinds }).toEqual({
      right: 3,
      total: 4,
      kinds: [
        { kind: "title", right: 1, total: 1 },
        { kind: "none", right: 2, total: 2 },
        { kind: "all", right: 0, total: 1 },
      ],
    });
  });

  it("splits items into two folds by a hash of the quote", () => {
    expect(["a", "b", "c", "d", "e", "f"].map(foldOf)).toEqual([0, 1, 0, 1, 0, 1]);
  });

  it("names the file and line of an entry without a speaker list", () => {
    expect(() => parseQuoteGold('{"outlet":"CNN","quote":"x"}', "gold.jsonl")).toThrow(
      'gold.jsonl:1: each line needs "outlet", "quote" and "speaker" (array)',
    );
  });
});
