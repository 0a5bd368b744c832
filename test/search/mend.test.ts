import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
import { mendedEnglishWord, mendedFunctionWord, mendFunctionWords } from "../../src/search/mend.js";
import { article, fillerArticle } from "./helpers.js";

describe("misspelt function words", () => {
  it("reads a misspelt question word or function word as that word, a question word first on a tie", () => {
    expect(
      ["whta", "wich", "mnay", "becuase", "teh", "hte", "wat", "ths", "atfer", "wo"].map(
        mendedFunctionWord,
      ),
    ).toEqual(["what", "which", "many", "because", "the", "the", "what", "this", "after", "who"]);
  });

  it("leaves words that are no function word's misspelling, and a changed letter at three letters", () => {
    expect(["nyc", "cdc", "otter", "dose", "tge"].map(mendedFunctionWord)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("mends only words the corpus lacks", () => {
    const known = (w: string) => w === "teh";
    expect(mendFunctionWords("Whta did teh chef say", known)).toBe("what did teh chef say");
  });
});

describe("a question with a misspelt function word", () => {
  const index = SearchIndex.build([
    article({
      id: "chef",
      outlet: "Daily",
      paragraphs: [
        "A chef in Perth posted a sign telling vegans to stay away from his restaurant.",
        '"Vegans are not welcome here," the chef told reporters.',
      ],
    }),
    fillerArticle("weather", "Daily"),
  ]);

  it("is answered as the question spelt right would be, quote kind included", () => {
    const mended = index.search("whta did teh perth chef tell vegans");
    const right = index.search("what did the perth chef tell vegans");
    expect([mended.noMatch, mended.results[0]?.quote]).toEqual([false, right.results[0]?.quote]);
    expect(index.parse("whta did teh perth chef tell vegans").kind).toBe("quote");
  });
});

describe("misspelt English words the corpus does not write", () => {
  it("reads a word WordNet lacks as the most used WordNet word one edit away, first letter kept", () => {
    expect(
      ["retireeent", "reconsoder", "cointry", "detetcors", "peope"].map((w) =>
        mendedEnglishWord(w, 5),
      ),
    ).toEqual(["retirement", "reconsider", "country", "detectors", "people"]);
  });

  it("leaves names near no used English word, English words, and words under the length", () => {
    expect(
      ["bennu", "lahaina", "karabulek", "country", "peope"].map((w, i) =>
        mendedEnglishWord(w, i === 4 ? 6 : 5),
      ),
    ).toEqual([null, null, null, null, null]);
  });

  const index = SearchIndex.build([
    article({
      id: "dam",
      outlet: "Daily",
      paragraphs: [
        "Residents of the valley were evacuated on Monday after the dam burst.",
        "The river rose by two metres overnight.",
      ],
    }),
    fillerArticle("weather", "Daily"),
  ]);

  it("reads a misspelling the corpus cannot correct as the word meant, whose stem the corpus writes", () => {
    const group = index.parse("when was the evacuaton of the valley").groups[0];
    expect([group?.word, group?.alternatives.map((a) => [a.term, a.source])]).toEqual([
      "evacuation",
      [["evacu", "typo"]],
    ]);
    const found = index.search("when was the evacuaton of the valley");
    expect([found.noMatch, found.results[0]?.paragraphIndex]).toEqual([false, 0]);
  });

  it("corrects a capitalised word into the corpus's names only", () => {
    const group = index.parse("what is the capital of Fance").groups.at(-1);
    expect([group?.word, group?.alternatives]).toEqual(["fance", []]);
  });
});
