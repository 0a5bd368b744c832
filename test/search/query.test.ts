import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
import { article, fillerArticle } from "./helpers.js";

describe("words of a synonym written as several", () => {
  const index = (paragraphs: string[]) =>
    SearchIndex.build([
      article({ id: "arms", outlet: "Daily", paragraphs }),
      fillerArticle("weather", "Daily"),
    ]);
  const lent = (ix: SearchIndex, question: string, word: string) =>
    ix
      .parse(question)
      .groups.find((g) => g.word === word)
      ?.alternatives.map((a) => [a.term, a.factor, a.source]);

  it("stand for a word the corpus lacks when one paragraph writes them all (nukes: nuclear warhead)", () => {
    const ix = index([
      "Russia will station tactical nuclear weapons in Belarus.",
      "The missile can carry a nuclear warhead, officials said.",
    ]);
    expect(lent(ix, "where is russia putting its nukes", "nukes")).toEqual([
      ["nuclear", 0.8, "related"],
      ["warhead", 0.8, "related"],
    ]);
    expect(ix.search("where is russia putting its nukes").results[0]?.paragraphIndex).toBe(0);
  });

  it("do not when no paragraph writes them all: the words apart mean something else", () => {
    const ix = index([
      "Russia will station tactical nuclear weapons in Belarus.",
      "Each warhead was counted, officials said.",
    ]);
    expect(lent(ix, "where is russia putting its nukes", "nukes")).toEqual([]);
  });

  it("do not for a word the corpus writes (died: pass away, drop dead)", () => {
    const ix = index([
      "Two people died in the fire.",
      "Officials said the pass was closed as crews moved away and one man dropped dead.",
    ]);
    expect(lent(ix, "how many people died", "died")).toEqual([["die", 1, "word"]]);
  });
});
