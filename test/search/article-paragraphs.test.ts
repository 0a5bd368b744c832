import { describe, expect, it } from "vitest";
import { articleParagraphs } from "../../src/search/article-paragraphs.js";
import { defaultSearchIndexOptions } from "../../src/search/build.js";
import { SearchIndex } from "../../src/search/index.js";
import { writesFigure } from "../../src/search/question.js";
import { defaultRankOptions } from "../../src/search/rank-options.js";
import { Segment } from "../../src/search/segment.js";
import { SegmentView } from "../../src/search/segment-view.js";
import { article, fillerArticle } from "./helpers.js";

const blogger = article({
  id: "blogger",
  outlet: "Daily",
  title: "Food blogger fined for eating a shark",
  paragraphs: [
    "A food blogger who cooked and ate a great white shark on video was fined by the police.",
    "The blogger has posted 400 shark videos since 2019.",
    "Police began investigating the influencer, who has almost eight million followers, in August.",
    "Great white sharks are a protected species in China.",
    "Her lawyer said she would pay the 15,000 yuan.",
  ],
});
const other = article({
  id: "other",
  outlet: "Wire",
  paragraphs: ["A second shark was sold at a market in 2022.", "Nobody was fined."],
});

describe("articleParagraphs", () => {
  const view = SegmentView.of(Segment.build([blogger, other], defaultSearchIndexOptions));
  const figures = (docs: number[], allowed: ReadonlySet<string> | null, articles: number) =>
    articleParagraphs(
      view,
      docs,
      allowed,
      articles,
      (a) => a.paragraphs.keys(),
      (a, p) => writesFigure(a.paragraphs[p] as string),
    );

  it("adds the paragraphs the test keeps of the best candidates' articles, not those already there", () => {
    expect(figures([0], null, 5)).toEqual([1, 2, 4]);
    expect(figures([0, 2], null, 5)).toEqual([1, 4]);
    expect(figures([0, 5], null, 5)).toEqual([1, 2, 4]);
    expect(figures([5, 0], null, 1)).toEqual([]);
  });

  it("reads no article of an outlet left out, and none when asked for none", () => {
    expect(figures([0], new Set(["Wire"]), 5)).toEqual([]);
    expect(figures([0], null, 0)).toEqual([]);
  });
});

describe("writesFigure", () => {
  it.each([
    ["almost eight million followers", true],
    ["Twenty children", true],
    ["fined £15,000", true],
    ["in 2022", true],
    ["nobody was fined", false],
    ["the tenth floor", false],
  ])("reads %j as %s", (text, figure) => {
    expect(writesFigure(text)).toBe(figure);
  });
});

describe("a figure question's answer in a paragraph the first pass never reaches", () => {
  // The singer's followers make the word common: the first pass ranks the blogger's paragraphs on
  // "shark" and "blogger" first, and the one giving the followers last.
  const fans = article({
    id: "fans",
    outlet: "Post",
    paragraphs: Array.from(
      { length: 20 },
      (_, i) => `The singer thanked her followers at show ${i + 1}.`,
    ),
  });
  const index = SearchIndex.build([blogger, fans, fillerArticle("weather", "Daily")]);
  const question = "how many followers does the shark eating blogger have";
  const answer = (candidates: number, figureArticles: number) => {
    index.rank = { ...defaultRankOptions, candidates, figureArticles };
    const { noMatch, results } = index.search(question);
    return { noMatch, paragraphs: results.map((r) => r.paragraphIndex) };
  };

  it("is ranked once the candidates' articles are read for paragraphs writing a figure and a question word", () => {
    expect(answer(3, defaultRankOptions.figureArticles)).toEqual({
      noMatch: false,
      paragraphs: [1, 0, 2, 3],
    });
    expect(answer(3, 0)).toEqual({ noMatch: false, paragraphs: [1, 0, 3] });
  });

  it('does not decide "no match": only the first pass\'s candidates do', () => {
    // The first pass's one candidate, the lead, gives no count; the figures joining it would.
    expect(answer(1, defaultRankOptions.figureArticles)).toEqual({ noMatch: true, paragraphs: [] });
    expect(answer(1, 0)).toEqual({ noMatch: true, paragraphs: [] });
  });
});
