import { describe, expect, it } from "vitest";
import { defaultSearchIndexOptions } from "../../src/search/build.js";
import { Segment } from "../../src/search/segment.js";
import { article } from "./helpers.js";

const articles = [
  article({
    id: "b",
    outlet: "AP",
    paragraphs: ["The dam burst, engineers said.", "Water resigned."],
  }),
  article({ id: "a", outlet: "AP", paragraphs: ["Engineers resigning over the dam."] }),
];

describe("Segment", () => {
  it("indexes its articles in corpus order and knows where each one's paragraphs start", () => {
    const segment = Segment.build(articles, defaultSearchIndexOptions);

    expect(segment.articles.map((a) => a.id)).toEqual(["a", "b"]);
    expect([...segment.articleDocStart]).toEqual([0, 1, 3]);
    expect([segment.docs, segment.totalLength]).toEqual([3, 12]);
    expect([segment.local("b"), segment.local("a"), segment.local("c")]).toEqual([1, 0, -1]);
  });

  it("gives a term's paragraph count and the words written for it", () => {
    const segment = Segment.build(articles, defaultSearchIndexOptions);
    const resign = segment.vocabulary.id("resign");

    expect(segment.df(segment.vocabulary.id("dam"))).toBe(2);
    expect([...segment.wordsOf(resign)].map((w) => segment.surface.term(w))).toEqual([
      "resigning",
      "resigned",
    ]);
  });

  it("makes its look-up by id a slice at a time, pausing after every article when asked to", () => {
    const segment = Segment.build(articles, defaultSearchIndexOptions);
    const steps = segment.lookUpIds(() => true);
    let pauses = 0;
    while (!steps.next().done) pauses++;

    expect(pauses).toBe(2);
    expect(segment.local("b")).toBe(1);
  });
});
