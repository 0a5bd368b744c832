import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
import { scorePassage } from "../../src/search/passage.js";
import { defaultPassageOptions } from "../../src/search/passage-options.js";
import { passageTerms } from "../../src/search/passage-terms.js";
import { defaultRankOptions } from "../../src/search/rank-options.js";
import { TermCache } from "../../src/text/terms.js";
import { article, fillerArticle } from "./helpers.js";

const PARAGRAPH =
  "Rain fell all day in the valley. The mayor resigned on Monday after the vote. Crowds gathered later.";

function score(question: string, text = PARAGRAPH, options = defaultPassageOptions) {
  const index = SearchIndex.build([article({ id: "a", outlet: "AP", paragraphs: [text] })]);
  const parsed = index.parse(question);
  return scorePassage(text, parsed, passageTerms(parsed, new TermCache()), options);
}

describe("scoring a paragraph for a question", () => {
  it("quotes the sentence holding the question's words and the one after it, with those words highlighted", () => {
    const match = score("when did the mayor resign");
    expect(PARAGRAPH.slice(match.shownStart, match.shownEnd)).toBe(
      "The mayor resigned on Monday after the vote. Crowds gathered later.",
    );
    // Ranking reads the answer's own window: the neighbour is only shown.
    expect(PARAGRAPH.slice(match.quoteStart, match.quoteEnd)).toBe(
      "The mayor resigned on Monday after the vote.",
    );
    expect(match.highlights).toEqual([
      [4, 9],
      [10, 18],
    ]);
    expect(match.coverage).toBe(1);
  });

  it("joins the best sentence to the neighbour holding more of the question, and never to a quotation", () => {
    const quote = (text: string, question: string) => {
      const match = score(question, text);
      return text.slice(match.shownStart, match.shownEnd);
    };
    const text =
      "The council met in the valley. The mayor resigned after the vote. Crowds gathered later.";
    expect(quote(text, "mayor resigned council")).toBe(
      "The council met in the valley. The mayor resigned after the vote.",
    );
    const quoted =
      "Rain fell all day. The mayor resigned after the vote. \u201cIt was time,\u201d she said.";
    expect(quote(quoted, "mayor resigned")).toBe(
      "Rain fell all day. The mayor resigned after the vote.",
    );
    expect(
      quote("\u201cThe mayor resigned after the vote,\u201d he said. Rain fell.", "mayor resigned"),
    ).toBe("\u201cThe mayor resigned after the vote,\u201d he said.");
  });

  it("quotes the sentence with the next one when only the pair holds the kind of answer asked for", () => {
    const text =
      "Briggs said he was not a fan of kids. \u201cI have never been interested in children,\u201d he told a paper in 2016. He wrote books.";
    const quote = (question: string) => {
      const match = score(question, text);
      return text.slice(match.shownStart, match.shownEnd);
    };
    expect(quote("what did briggs say about kids")).toBe(
      "Briggs said he was not a fan of kids. \u201cI have never been interested in children,\u201d he told a paper in 2016.",
    );
    // Asking for no kind of answer, the sentence holding the question's words is enough.
    expect(quote("briggs kids fan")).toBe("Briggs said he was not a fan of kids.");
  });

  it("a paragraph without the question's words covers none of it", () => {
    const match = score("mayor resigned", "Nothing of note happened here.");
    expect(match.coverage).toBe(0);
    expect(match.highlights).toEqual([]);
  });
});

describe("a question asking for a figure, over a paragraph that cannot give it", () => {
  const off = { ...defaultPassageOptions, figurelessFactor: 1 };
  const factor = defaultPassageOptions.figurelessFactor;
  /** The share of its score each paragraph keeps for the question, to three places. */
  const kept = (question: string, texts: readonly string[]) =>
    texts.map(
      (text) =>
        Math.round((1000 * score(question, text).score) / score(question, text, off).score) / 1000,
    );

  it("scores the paragraph at figurelessFactor of what it would score", () => {
    const text = "Space junk floating in orbit around Earth is a worry.";
    const question = "how many pieces of space junk are floating around earth";
    expect(factor).toBe(0.7);
    expect(score(question, text).score).toBe(factor * score(question, text, off).score);
  });

  it("counts a figure in words, not a year or the question's own figure", () => {
    expect(
      kept("how many boats sank in 2023", [
        "In 2023, five boats sank off the coast.",
        "In 2023, 14 boats sank off the coast.",
        "Boats sank off the coast in 2023.",
        "Boats sank off the coast in 2021.",
      ]),
    ).toEqual([1, 1, 0.7, 0.7]);
  });

  it("reads an amount of money, a length of time and the like by their own answer test", () => {
    expect(
      kept("how much money did the city pay for the stadium", [
        "The city paid $450 million for the stadium.",
        "The city paid for the stadium with 3 bonds.",
      ]),
    ).toEqual([1, 0.7]);
    expect(
      kept("how long was the city locked down", [
        "The city was locked down for 100 days.",
        "The city was locked down after 3 cases.",
      ]),
    ).toEqual([1, 0.7]);
  });

  it("reads a how-old question by an age stated or a year the question does not give", () => {
    expect(
      kept("how old was the singer when she won", [
        "The singer was 19 when she won the contest in Turin.",
        "The singer, born in 1998, won the contest in Turin.",
        "The singer won the contest in Turin with 13 votes.",
      ]),
    ).toEqual([1, 1, 0.7]);
  });

  it("leaves questions asking for no figure alone", () => {
    const text = "Space junk floating in orbit around Earth is a worry.";
    const question = "why is space junk floating around earth a worry";
    expect(score(question, text).score).toBe(score(question, text, off).score);
  });

  it("ranks the paragraph giving the count above one holding more of the question's words", () => {
    const index = SearchIndex.build([
      article({
        id: "debris",
        outlet: "Weekly",
        paragraphs: [
          "A piece of space debris washed up on a beach in Western Australia.",
          "It raises questions about who cleans up the space junk floating in orbit around Earth.",
          "The agency estimates there are now 36,500 pieces of space junk larger than 10cm.",
        ],
      }),
      fillerArticle("weather", "Daily"),
    ]);
    const ranked = (figurelessFactor: number) => {
      index.rank = {
        ...defaultRankOptions,
        passage: { ...defaultPassageOptions, figurelessFactor },
      };
      return index
        .search("how many pieces of space junk are floating around earth")
        .results.map((r) => r.paragraphIndex);
    };
    expect(ranked(1)).toEqual([1, 2, 0]);
    expect(ranked(factor)).toEqual([2, 1, 0]);
  });
});
