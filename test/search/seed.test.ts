import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import type { Article } from "../../src/corpus/types.js";
import { SearchIndex } from "../../src/search/index.js";

const CORPUS = new URL("../../corpus", import.meta.url).pathname;

let index: SearchIndex;
let articles: Article[];

beforeAll(async () => {
  articles = (await loadCorpus(CORPUS)).articles;
  index = SearchIndex.build(articles);
});

const outletOf = (id: string) => articles.find((a) => a.id === id)?.outlet;

describe("search over the bundled seed corpus", () => {
  it.each([
    ["who offered Bakiyev asylum", "RFE/RL", "offered political asylum by Belarus"],
    [
      "where did Bakiev land",
      "The Independent",
      "landed at around 1500 GMT at the airport in Taraz",
    ],
    ["Tulip Revolution", "The Independent", "known as the Tulip Revolution in 2005"],
    ["how far is Osh from Jalalabad", "RFE/RL", "some 110 kilometers from each other"],
    ["which country hosts an American air base", "The Independent", "hosts the Manas air base"],
    [
      "who guaranteed Bakiyev's safety on the flight",
      "RIA Novosti",
      "Russian troops ensured Bakiyev's safety",
    ],
  ])("when asked %s, the first result is %s quoting the answer", (q, outlet, fragment) => {
    const [first] = index.search(q).results;
    expect(first?.outlet).toBe(outlet);
    expect(first?.quote).toContain(fragment);
  });

  it("when asked who mediated the departure, both outlets that report mediation are in the top 5", () => {
    const results = index.search("who mediated the departure").results;
    expect(
      results.some((r) => r.outlet === "RFE/RL" && r.quote.includes("international mediators")),
    ).toBe(true);
    expect(
      results.some(
        (r) => r.outlet === "The Independent" && /joint(ly arranged| efforts)/.test(r.paragraph),
      ),
    ).toBe(true);
  });

  it("when every outlet reports an arrest, the top 3 are the three outlets' arrest passages", () => {
    const top = index.search("was the former defense minister arrested").results.slice(0, 3);
    expect(top.map((r) => r.outlet).sort()).toEqual(["RFE/RL", "RIA Novosti", "The Independent"]);
    expect(top.every((r) => /arrested/.test(r.quote))).toBe(true);
  });

  it("when asked how many died, each outlet's differing figure is listed", () => {
    const figures = index.search("how many people were killed in the protests").figures;
    expect(Object.fromEntries(figures.map((f) => [outletOf(f.article), f.figure]))).toEqual({
      "The Independent": "84",
      "RFE/RL": "More than 80",
      "RIA Novosti": "Over 80",
    });
  });

  it("when the brother is asked about under either spelling, both outlets' passages come back", () => {
    const outlets = index
      .search("Zhanysh Bakiyev")
      .results.slice(0, 2)
      .map((r) => r.outlet);
    expect(outlets.sort()).toEqual(["RFE/RL", "RIA Novosti"]);
  });

  it.each([
    "what is the capital of France",
    "football world cup final score",
    "recipe for chocolate cake",
  ])("when asked %s, the answer is no match", (q) => {
    expect(index.search(q).noMatch).toBe(true);
  });
});
