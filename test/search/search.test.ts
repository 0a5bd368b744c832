import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
import { article, DAM_DIR, fixtureArticles } from "./helpers.js";

const index = SearchIndex.build(fixtureArticles(DAM_DIR));

describe("SearchIndex.search on three outlets reporting one event", () => {
  it("when asked how many died, the first result quotes the sentence with the toll", () => {
    const answer = index.search("how many people died when the dam burst");
    expect(answer.noMatch).toBe(false);
    expect(answer.results[0]?.quote).toBe(
      "At least 27 people died when a dam burst above the mountain town of Sary-Tash on Tuesday, flooding hundreds of homes, emergency officials said.",
    );
  });

  it("when outlets give different tolls, each outlet's figure is listed", () => {
    const answer = index.search("how many people died when the dam burst");
    const figures = Object.fromEntries(answer.figures.map((f) => [f.outlet, f.figure]));
    expect(figures).toEqual({
      Reuters: "At least 27",
      "BBC News": "Twenty-nine",
      Eurasianet: "more than 25",
    });
  });

  it("when several outlets report the answer, every one of them is in the top 5", () => {
    const outlets = index.search("where did the dam collapse").results.map((r) => r.outlet);
    expect(new Set(outlets)).toEqual(new Set(["Reuters", "BBC News", "Eurasianet"]));
  });

  it("when two outlets carry the same passage, the second is grouped under the first", () => {
    const answer = index.search("survivors pulled from the mud");
    const first = answer.results[0];
    expect([first?.outlet, first?.alsoReportedBy.map((a) => a.outlet)]).toEqual([
      "Eurasianet",
      ["Reuters"],
    ]);
    expect(answer.results.filter((r) => r.quote.includes("14 survivors"))).toHaveLength(1);
  });

  it("when a name is spelled as another outlet spells it, both outlets' passages are found", () => {
    const outlets = index.search("Aliev").results.map((r) => r.outlet);
    expect(outlets.slice(0, 2).sort()).toEqual(["BBC News", "Reuters"]);
  });

  it("when a word is mistyped, the passage with the right word is found", () => {
    expect(index.search("survivers rescued from the mud").results[0]?.quote).toContain(
      "14 survivors",
    );
  });

  it("when the question uses another word for the same act, the passage is found", () => {
    expect(index.search("did another country send help").results[0]?.quote).toBe(
      "Neighbouring Kazakhstan sent two helicopters and a team of rescuers to help search for the missing.",
    );
  });

  it.each([
    "what is the capital of France",
    "who won the football world cup",
    "stock market prices in Tokyo",
  ])("when nothing answers %s, the answer is no match with no results", (q) => {
    expect(index.search(q)).toEqual({ query: q, noMatch: true, results: [], figures: [] });
  });

  it("when only stopwords are asked, the answer is no match", () => {
    expect(index.search("what is it").noMatch).toBe(true);
  });

  it("when an outlet is given, only that outlet's passages come back, its name matched loosely", () => {
    const outlets = index.search("dam", { outlet: "bbc news" }).results.map((r) => r.outlet);
    expect(new Set(outlets)).toEqual(new Set(["BBC News"]));
  });

  it("when a limit is given, no more results come back", () => {
    expect(index.search("dam", { limit: 2 }).results).toHaveLength(2);
  });

  it("when a quote matches, its highlights cover the matched words", () => {
    const r = index.search("helicopters").results[0];
    expect(r?.highlights.map(([s, e]) => r.quote.slice(s, e))).toEqual(["helicopters"]);
  });
});

describe("SearchIndex answer unit", () => {
  const text =
    'Officials met on Monday. "We will rebuild every bridge within a year," said Minister Anna Lee. The talks ended late.';
  const one = SearchIndex.build([
    article({
      id: "a",
      outlet: "Daily",
      title: "Bridges",
      url: "https://example.com/a",
      published: "2026-01-02",
      paragraphs: [text, "Sign up to our newsletter"],
      quotes: [
        {
          text: "We will rebuild every bridge within a year,",
          speaker: "Anna Lee",
          role: "Minister",
          paragraph: 0,
        },
      ],
    }),
  ]);

  it("when the answer lies inside a direct quote, the result names its speaker and quotes that sentence", () => {
    const [r] = one.search("rebuild bridges").results;
    expect(r).toMatchObject({
      outlet: "Daily",
      title: "Bridges",
      url: "https://example.com/a",
      published: "2026-01-02",
      article: "a",
      paragraphIndex: 0,
      paragraph: text,
      quote: '"We will rebuild every bridge within a year," said Minister Anna Lee.',
      speaker: "Anna Lee",
    });
  });

  it("when a paragraph is page chrome, it is never returned", () => {
    expect(one.search("newsletter sign up").results).toEqual([]);
  });
});

describe("SearchIndex state", () => {
  it("when state is moved to another thread and re-wrapped, answers are the same", () => {
    const articles = fixtureArticles(DAM_DIR);
    const built = SearchIndex.build(articles);
    const { state, transfer } = built.exportState();
    const copy = structuredClone(state, { transfer });
    const restored = SearchIndex.fromState(copy, articles);
    expect(restored.search("how many people died")).toEqual(index.search("how many people died"));
  });
});

describe("SearchIndex with long or odd input", () => {
  it("when a whole paragraph is pasted as the question, it still answers from the right passage", () => {
    const pasted = `${"Rescue teams pulled 14 survivors from the mud overnight ".repeat(20)}`;
    expect(index.search(pasted).results[0]?.quote).toContain("14 survivors");
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (q) => {
        const answer = index.search(q);
        expect(answer.noMatch).toBe(answer.results.length === 0);
      }),
      { numRuns: 300 },
    );
  });
});
