import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
import { sayingAt } from "../../src/search/question.js";
import { defaultRankOptions } from "../../src/search/rank-options.js";
import { article, fillerArticle } from "./helpers.js";

const concession = article({
  id: "primary",
  outlet: "Daily",
  title: "Cheney loses her primary to Hageman",
  paragraphs: [
    "Liz Cheney lost her primary to Harriet Hageman on Tuesday.",
    "Hageman won by more than 30 points in the Wyoming race.",
    "\u201cWe are no longer going to tolerate it,\u201d Hageman said at her party.",
    "Turnout was high across the state, officials said.",
    "\u201cOur work is far from over,\u201d Cheney told supporters at a ranch.",
  ],
  quotes: [
    {
      text: "We are no longer going to tolerate it,",
      speaker: "Harriet Hageman",
      role: null,
      paragraph: 2,
    },
    { text: "Our work is far from over,", speaker: "Liz Cheney", role: null, paragraph: 4 },
  ],
});

const index = SearchIndex.build([
  concession,
  fillerArticle("weather", "Daily"),
  fillerArticle("sport", "Weekly"),
]);

describe("questions asking what someone said", () => {
  it("reads the words before the verb of saying as the speaker, not the words after it", () => {
    const parsed = index.parse("what did liz cheney say after she lost to hageman");
    expect(parsed.groups.map((g) => [g.word, g.speaks])).toEqual([
      ["liz", true],
      ["cheney", true],
      ["say", false],
      ["lost", false],
      ["hageman", false],
    ]);
  });

  it("finds where the verb of saying starts, or -1 without one", () => {
    expect(sayingAt("what did Liz Cheney say after she lost")).toBe(20);
    expect(sayingAt("how did the mayor react")).toBe(18);
    expect(sayingAt("who won the race")).toBe(-1);
  });

  it("ranks the speaker's quote first, though its paragraph names neither the event nor the speaker's first name", () => {
    const answer = index.search("what did liz cheney say after she lost to hageman");
    expect(answer.results.map((r) => r.paragraphIndex)).toEqual([4, 0, 2, 3, 1]);
  });

  it("with paragraphs where the speaker is silent keeping their whole score, the lead telling the loss comes first", () => {
    const heard = SearchIndex.build(index.articles);
    heard.rank = { ...defaultRankOptions, silentSpeakerFactor: 1 };
    const answer = heard.search("what did liz cheney say after she lost to hageman");
    expect(answer.results.map((r) => r.paragraphIndex)).toEqual([0, 4, 2, 3, 1]);
  });

  it("takes a shortened name as naming the speaker", () => {
    const answer = index.search("what did hagem say");
    expect(answer.results[0]?.speaker).toBe("Harriet Hageman");
  });
});

describe("a report of what the speaker said", () => {
  const edit = SearchIndex.build([
    article({
      id: "edit",
      outlet: "Daily",
      title: "Twitter tests an edit button",
      paragraphs: [
        "Twitter said on Thursday that it is testing an edit button.",
        "Users have asked for the feature for years.",
        "\u201cWe want to get the edit button right,\u201d a Twitter spokesperson said.",
      ],
    }),
    fillerArticle("weather", "Daily"),
    fillerArticle("sport", "Weekly"),
  ]);

  it("ranks below a paragraph quoting the speaker's own words", () => {
    const answer = edit.search("what did twitter say about the edit button");
    expect(answer.results.map((r) => r.paragraphIndex)).toEqual([2, 0]);
  });

  it("with paragraphs where the speaker is silent keeping their whole score, the report comes first", () => {
    const reported = SearchIndex.build(edit.articles);
    reported.rank = { ...defaultRankOptions, silentSpeakerFactor: 1 };
    const answer = reported.search("what did twitter say about the edit button");
    expect(answer.results.map((r) => r.paragraphIndex)).toEqual([0, 2]);
  });
});

describe("the lead paragraph", () => {
  it("when the lead and a later paragraph hold the same words, the lead answers first", () => {
    const twice = SearchIndex.build([
      article({
        id: "pound",
        outlet: "Daily",
        paragraphs: [
          "The British pound fell to a record low against the dollar on Monday.",
          "Markets were calm in Tokyo and Sydney.",
          "The British pound fell to a record low against the dollar in 1985 too.",
        ],
      }),
      fillerArticle("weather", "Weekly"),
    ]);
    expect(twice.search("pound record low").results.map((r) => r.paragraphIndex)).toEqual([0, 2]);
  });

  it("past the lead, of two paragraphs holding the same words the earlier answers first", () => {
    const later = SearchIndex.build([
      article({
        id: "pipeline",
        outlet: "Daily",
        paragraphs: [
          "Crews worked through the night.",
          "On Monday the pipeline leaked oil into the river, officials said.",
          "Markets were calm.",
          "On Friday the pipeline leaked oil into the river, workers said.",
        ],
      }),
      fillerArticle("weather", "Weekly"),
    ]);
    const read = () => {
      const [first, second] = later.search("pipeline leaked oil river").results;
      return {
        at: [first?.paragraphIndex, second?.paragraphIndex],
        ratio: (first?.score ?? 0) / (second?.score ?? 1),
      };
    };
    const placed = read();
    expect(placed.at).toEqual([1, 3]);
    later.rank = { ...defaultRankOptions, positionBonus: 0 };
    // Paragraph p gets positionBonus (0.1) / (1 + ln(1 + p)) (scores are rounded to 0.001).
    const bonus = (p: number) => 1 + 0.1 / (1 + Math.log(1 + p));
    expect(placed.ratio / read().ratio).toBeCloseTo(bonus(1) / bonus(3), 3);
  });
});

describe("quotations and the narrative", () => {
  const build = () =>
    SearchIndex.build([
      article({
        id: "mine",
        outlet: "Daily",
        paragraphs: [
          "Rescuers worked through the night.",
          "\u201cTwelve miners died in the blast at the coal mine,\u201d the governor said.",
          "Markets were calm.",
          "Twelve miners died in the blast at the coal mine, the ministry said.",
        ],
      }),
      fillerArticle("weather", "Weekly"),
    ]);
  const order = (index: SearchIndex, question: string) =>
    index.search(question).results.map((r) => r.paragraphIndex);

  it("asked for a count, the paragraph that tells it answers before a quotation of the same words", () => {
    const mine = build();
    expect(order(mine, "how many miners died in the blast")).toEqual([3, 1]);
    mine.rank = { ...defaultRankOptions, quotationPenalty: 0 };
    expect(order(mine, "how many miners died in the blast")).toEqual([1, 3]);
  });

  it("asked for someone's words, or searched by keywords, the quotation keeps its place", () => {
    const mine = build();
    expect(order(mine, "what did the governor say about the blast")[0]).toBe(1);
    expect(order(mine, "miners died blast coal mine")).toEqual([1, 3]);
  });
});
