import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
import { defaultRankOptions } from "../../src/search/rank-options.js";
import { article, fillerArticle } from "./helpers.js";

/** An article of `length` weather reports: enough other paragraphs that a word found once is rare. */
const weatherReports = (id: string, length: number) =>
  article({
    id,
    outlet: "Weekly",
    paragraphs: Array.from({ length }, (_, i) => `Weather report ${i}: rain and wind.`),
  });

const index = SearchIndex.build([
  article({
    id: "a",
    outlet: "Daily",
    paragraphs: [
      "The disaster at the mine shocked the town.",
      "The mine's chief engineer was detained by prosecutors on Tuesday.",
      "Each family will receive 10m tenge, the regional governor said.",
      '"They knew about the sensors. Everybody knew," Kaliyev told reporters.',
      "People in the town laid flowers at the gates.",
      "Rescuers evacuated the workers from the lower levels overnight.",
      "In 2019 the company said that miners died in an old shaft.",
      "Thirteen miners died on Tuesday.",
    ],
  }),
  weatherReports("b", 30),
]);

describe("SearchIndex ranking of paraphrased questions", () => {
  it("when the corpus lacks the question's word but has its WordNet derivation, that passage answers first", () => {
    const answer = index.search("was there an evacuation of workers");
    expect(answer.noMatch).toBe(false);
    expect(answer.results[0]?.quote).toBe(
      "Rescuers evacuated the workers from the lower levels overnight.",
    );
  });

  it("when a how-much-money question meets an amount of money, that passage answers first", () => {
    const answer = index.search("how much money will families get");
    expect(answer.results[0]?.quote).toBe(
      "Each family will receive 10m tenge, the regional governor said.",
    );
  });

  it("when a how-many question is asked, a figure next to a question word wins over a stray year", () => {
    expect(index.search("how many miners died").results[0]?.quote).toBe(
      "Thirteen miners died on Tuesday.",
    );
  });

  it("when the best sentence opens inside a quotation, the whole quotation and its attribution are quoted", () => {
    const answer = index.search("what did Kaliyev tell reporters");
    expect(answer.results[0]?.quote).toBe(
      '"They knew about the sensors. Everybody knew," Kaliyev told reporters.',
    );
  });

  it("when an everyday word is as rare in the corpus as a topic word, it weighs less", () => {
    const [people, evacuated] = index.parse("people evacuated").groups;
    expect(people?.word).toBe("people");
    expect(evacuated?.word).toBe("evacuated");
    expect(people?.weight).toBeLessThan(evacuated?.weight ?? 0);
  });
});

describe("SearchIndex ranking with several related words", () => {
  it("when a passage uses two related words for one question word, it outranks one using one", () => {
    const two = SearchIndex.build([
      article({
        id: "c",
        outlet: "Daily",
        paragraphs: ["Families of the miners killed will get 13 flats."],
      }),
      article({
        id: "d",
        outlet: "Weekly",
        paragraphs: ["The death toll among the miners rose to 13."],
      }),
    ]);
    expect(two.search("how many miners died").results.map((r) => r.outlet)).toEqual([
      "Weekly",
      "Daily",
    ]);
  });
});

describe("SearchIndex: a word the corpus lacks read through its kinds", () => {
  const filler = article({
    id: "f",
    outlet: "Weekly",
    paragraphs: Array.from({ length: 30 }, (_, i) => `Weather report ${i}: rain and wind.`),
  });
  const injured = SearchIndex.build([
    article({
      id: "m",
      outlet: "Daily",
      paragraphs: [
        "The blast tore through the mine before dawn.",
        "Nine miners were injured and taken to hospital.",
        "The company paid each family.",
      ],
    }),
    filler,
  ]);

  it("when the corpus never writes the question's verb but writes a kind of it, that passage answers first", () => {
    const answer = injured.search("how many were hurt");
    expect(answer.noMatch).toBe(false);
    expect(answer.results[0]?.quote).toBe("Nine miners were injured and taken to hospital.");
    const hurt = injured.parse("how many were hurt").groups.find((g) => g.word === "hurt");
    expect(hurt?.alternatives.map((a) => [a.term, a.factor])).toEqual([["injur", 0.8]]);
  });

  it("when the corpus writes the question's verb itself, its kinds are not read", () => {
    const written = SearchIndex.build([
      article({
        id: "h",
        outlet: "Daily",
        paragraphs: ["Two miners were hurt.", "One was injured."],
      }),
      filler,
    ]);
    const hurt = written.parse("how many were hurt").groups.find((g) => g.word === "hurt");
    expect(hurt?.alternatives.map((a) => a.term)).toEqual(["hurt"]);
  });
});

describe("SearchIndex ranking of passages whose article lacks the question's key words", () => {
  const quakes = SearchIndex.build([
    article({
      id: "afghanistan",
      outlet: "Daily",
      title: "Afghanistan earthquake kills hundreds",
      paragraphs: [
        "A powerful earthquake struck eastern Afghanistan overnight.",
        "Aid agencies sent tents to the villages the earthquake destroyed.",
      ],
    }),
    article({
      id: "turkey",
      outlet: "Weekly",
      title: "Earthquake in Turkey",
      paragraphs: [
        "An earthquake struck southern Turkey on Monday.",
        "Rescuers in Turkey pulled survivors from the rubble.",
        "Aid agencies flew blankets to Turkey.",
      ],
    }),
    fillerArticle("weather", "Daily"),
    fillerArticle("rain", "Daily"),
  ]);
  const ask = (offTopicPenalty: number) => {
    quakes.rank = { ...defaultRankOptions, offTopicPenalty };
    try {
      return quakes
        .search("did aid agencies send tents after the earthquake in turkey")
        .results.slice(0, 2)
        .map((r) => [r.article, r.paragraphIndex, r.score]);
    } finally {
      quakes.rank = defaultRankOptions;
    }
  };

  it("ranks the story asked about first, the other earthquake's closer wording after it", () => {
    // The Afghanistan article never names Turkey, the question's one key word: its passage keeps
    // half its score (1.025).
    expect(ask(defaultRankOptions.offTopicPenalty)).toEqual([
      ["turkey", 2, 0.593],
      ["afghanistan", 1, 0.512],
    ]);
  });

  it("without the penalty, the passage holding more of the question's words comes first", () => {
    expect(ask(0)).toEqual([
      ["afghanistan", 1, 1.025],
      ["turkey", 2, 0.593],
    ]);
  });
});

describe("SearchIndex ranking of a how-many question's lead", () => {
  // Enough other paragraphs that "died" is informative enough to bind the count.
  const storm = SearchIndex.build([
    article({
      id: "storm",
      outlet: "Daily",
      paragraphs: [
        "A tornado displaced 300 people in Jackson on Friday night.",
        "Power lines were down across the county.",
        "At least 25 people died, officials said.",
      ],
    }),
    weatherReports("weather", 200),
  ]);

  it("gives the lead no bonus for a count beside none of the question's counting verbs", () => {
    const answer = storm.search("how many people died in the jackson tornado");
    expect(answer.results.map((r) => r.paragraphIndex)).toEqual([2, 0]);
    expect(answer.results[0]?.quote).toBe("At least 25 people died, officials said.");
  });
});
