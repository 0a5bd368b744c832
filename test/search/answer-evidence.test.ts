import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
import { defaultPassageOptions } from "../../src/search/passage-options.js";
import { defaultRankOptions } from "../../src/search/rank-options.js";
import { article, fillerArticle } from "./helpers.js";

const lottery = SearchIndex.build([
  article({
    id: "jackpot",
    outlet: "Daily",
    paragraphs: [
      "Nobody matched all six numbers on Tuesday night.",
      "The winning lottery ticket was sold at a gas station near Chicago, officials said.",
      "The winning lottery ticket was sold at a gas station in Illinois, officials said.",
    ],
  }),
  fillerArticle("weather", "Daily"),
  fillerArticle("sport", "Weekly"),
]);

describe("which-questions answered by a named individual of the kind asked for", () => {
  it("reads the head of the phrase after which/what as the kind asked for", () => {
    expect(
      [
        "In which state was the winning lottery ticket sold?",
        "Which state approved a ballot measure this week?",
        "Which US Senate seat is most likely to flip?",
        "who sold the ticket",
      ].map((q) => lottery.parse(q).askedClass),
    ).toEqual(["state", "state", "seat", null]);
  });

  it("ranks the paragraph naming a state above the one naming a city for which state", () => {
    const answer = lottery.search("In which state was the winning lottery ticket sold?");
    expect(answer.results.map((r) => [r.paragraphIndex, r.score])).toEqual([
      [2, 1.24],
      [1, 1.094],
    ]);
  });

  it("without the bonus the two paragraphs tie", () => {
    const off = SearchIndex.build(lottery.articles);
    // Nor their places: paragraph 1 comes before paragraph 2 (positionBonus).
    off.rank = {
      ...defaultRankOptions,
      positionBonus: 0,
      passage: { ...defaultPassageOptions, instanceBonus: 0 },
    };
    const answer = off.search("In which state was the winning lottery ticket sold?");
    expect(answer.results.map((r) => [r.paragraphIndex, r.score])).toEqual([
      [1, 1.033],
      [2, 1.033],
    ]);
  });
});

// The corpus writes "state", so a misspelling of it has a correction.
const lotteries = SearchIndex.build([
  ...lottery.articles,
  article({
    id: "rules",
    outlet: "Weekly",
    paragraphs: ["Each state runs its own lottery and keeps part of the money."],
  }),
]);

describe("the kind asked for, misspelt", () => {
  it("reads a misspelt head as the word its likeliest correction is written as", () => {
    expect(
      ["In which stete was the winning lottery ticket sold?", "which staet runs a lottery"].map(
        (q) => lotteries.parse(q).askedClass,
      ),
    ).toEqual(["state", "state"]);
  });

  it("keeps a misspelt word nothing in the corpus is near as typed (read as a name)", () => {
    expect(lotteries.parse("which xqzwy sold the ticket").askedClass).toBe("xqzwy");
  });

  it("ranks the paragraph naming a state first, as for the question spelt right", () => {
    const ask = (q: string) =>
      lotteries.search(q).results.map((r) => [r.article, r.paragraphIndex, r.score]);
    // "stete" is corrected into an English word, which counts in full in ranking: the other
    // outlet's paragraph on state lotteries scores 0.467 (0.452 spelt right), halved because its
    // article names none of the question's key words (`offTopicPenalty`), too far below the
    // jackpot's second paragraph (`outletDecay`, `overtakeShare`) to come before it.
    expect(ask("In which stete was the winning lottery ticket sold?")).toEqual([
      ["jackpot", 2, 1.1],
      ["jackpot", 1, 0.953],
      ["rules", 0, 0.234],
    ]);
  });
});

const attack = SearchIndex.build([
  article({
    id: "daily",
    outlet: "Daily",
    paragraphs: [
      "The committee met on Thursday.",
      "The attack on the Capitol went on for 187 minutes before the president spoke, the committee said.",
    ],
  }),
  article({
    id: "weekly",
    outlet: "Weekly",
    paragraphs: [
      "Lawmakers heard from witnesses on Thursday.",
      "The attack on the Capitol went on while aides pleaded with the president.",
      "Those 187 minutes at the Capitol began after the president spoke.",
    ],
  }),
  fillerArticle("weather", "Daily"),
  fillerArticle("sport", "Weekly"),
]);

const QUESTION = "How many minutes did the attack on the Capitol go on?";

/** Outlet, paragraph and score of each result, with `echoBonus` at the value given (default when none). */
function ranked(echoBonus?: number): Array<[string, number, number]> {
  const index = SearchIndex.build(attack.articles);
  if (echoBonus !== undefined) index.rank = { ...defaultRankOptions, echoBonus };
  return index.search(QUESTION).results.map((r) => [r.outlet, r.paragraphIndex, r.score]);
}

describe("another outlet's report of the best passage's answer", () => {
  it("ranks another outlet's paragraph holding the best quote's figure above its other paragraphs", () => {
    expect(ranked()).toEqual([
      ["Daily", 1, 1.254],
      ["Weekly", 2, 1.177],
      ["Weekly", 1, 0.632],
    ]);
  });

  it("without the bonus, that paragraph stays below its outlet's paragraph with more question words", () => {
    expect(ranked(0)).toEqual([
      ["Daily", 1, 1.254],
      ["Weekly", 1, 0.632],
      ["Weekly", 2, 0.589],
    ]);
  });

  it("never lifts that paragraph above the best passage, however large the bonus", () => {
    expect(ranked(5)).toEqual([
      ["Daily", 1, 1.254],
      ["Weekly", 2, 1.254],
      ["Weekly", 1, 0.632],
    ]);
  });
});

const sentence = SearchIndex.build([
  article({
    id: "daily",
    outlet: "Daily",
    paragraphs: [
      "A jury convicted the former executive of fraud on Thursday in San Jose.",
      "After the trial in San Jose, the executive faces up to 20 years in prison.",
    ],
  }),
  article({
    id: "weekly",
    outlet: "Weekly",
    paragraphs: [
      "Lawmakers heard from witnesses on Thursday.",
      "Jury selection for the former executive's trial gets underway in San Jose.",
    ],
  }),
  fillerArticle("weather", "Daily"),
  fillerArticle("sport", "Weekly"),
]);

describe("a tie when a figure is asked for", () => {
  const ranked = (q: string, figureTie: boolean) => {
    const index = SearchIndex.build(sentence.articles);
    // A tie needs paragraphs scored alike: the one holding no figure keeps its whole score here.
    const passage = { ...defaultPassageOptions, figurelessFactor: 1 };
    index.rank = { ...defaultRankOptions, figureTie, passage };
    return index.search(q).results.map((r) => [r.outlet, r.paragraphIndex, r.score]);
  };

  it("puts first the passage holding a count beside the question's words", () => {
    // Daily's paragraphs are lifted by the echo of the Weekly one's words to its score.
    expect(ranked("how many years could the former executive get", true)).toEqual([
      ["Daily", 1, 0.896],
      ["Weekly", 1, 0.896],
      ["Daily", 0, 0.896],
    ]);
  });

  it("without the rule, leaves the tie in the first pass's order", () => {
    expect(ranked("how many years could the former executive get", false)).toEqual([
      ["Weekly", 1, 0.896],
      ["Daily", 1, 0.896],
      ["Daily", 0, 0.896],
    ]);
  });

  it("leaves a tie in its order when the question asks for a date, which a weekday may not give", () => {
    expect(ranked("when could the former executive get years", true)).toEqual([
      ["Weekly", 1, 0.896],
      ["Daily", 0, 0.896],
      ["Daily", 1, 0.896],
    ]);
  });
});
