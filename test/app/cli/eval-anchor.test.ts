import { describe, expect, it } from "vitest";
import { lunrAnchor, miniSearchAnchor } from "../../../src/app/cli/eval-anchor.js";
import { article } from "../../search/helpers.js";

const articles = [
  article({
    id: "a",
    outlet: "Reuters",
    title: "Reuters report",
    url: "https://example.org/a",
    paragraphs: [
      "Parliament met on Thursday in the capital.",
      "Kazakhstan mediated the president's departure to Taraz.",
    ],
  }),
  article({
    id: "b",
    outlet: "BBC",
    paragraphs: ["The departure was mediated by three presidents.", "Markets were calm."],
  }),
];

/** Outlet and paragraph number of each result, best first. */
const places = (answer: ReturnType<ReturnType<typeof lunrAnchor>>) =>
  answer.results.map((r) => `${r.outlet}:${r.paragraphIndex}`);

describe("the ranking anchors", () => {
  it("MiniSearch finds exact words only, unstemmed", () => {
    const search = miniSearchAnchor(articles);
    expect(places(search("mediated departure"))).toEqual(["BBC:0", "Reuters:1"]);
    expect(search("mediates").noMatch).toBe(true);
  });

  it("lunr stems, drops stop words and trims punctuation the way it indexes", () => {
    const search = lunrAnchor(articles);
    expect(places(search("who mediates the departure?"))).toEqual(["BBC:0", "Reuters:1"]);
    expect(places(search("Taraz?"))).toEqual(["Reuters:1"]);
    expect(search("the").noMatch).toBe(true);
  });

  it("lunr reads its query syntax characters as text instead of throwing", () => {
    const search = lunrAnchor(articles);
    expect(places(search("departure: -taraz ~calm^2 +markets*"))).toEqual([
      "Reuters:1",
      "BBC:1",
      "BBC:0",
    ]);
  });

  it("both return the article's citation fields with the paragraph as the quote", () => {
    const [first] = lunrAnchor(articles)("Taraz").results;
    expect(first).toEqual({
      outlet: "Reuters",
      title: "Reuters report",
      url: "https://example.org/a",
      published: null,
      article: "a",
      paragraphIndex: 1,
      paragraph: "Kazakhstan mediated the president's departure to Taraz.",
      quote: "Kazakhstan mediated the president's departure to Taraz.",
      speaker: null,
      score: first?.score,
      highlights: [],
      alsoReportedBy: [],
    });
  });
});
