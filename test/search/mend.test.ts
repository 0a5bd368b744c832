import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
import {
  isFunctionWord,
  mendedEnglishWord,
  mendedFunctionWord,
  mendFunctionWords,
} from "../../src/search/mend.js";
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

  it("reads a word of three letters or fewer WordNet lists only as a symbol or abbreviation as the function word", () => {
    expect(["te", "wy", "dd", "ho"].map(mendedFunctionWord)).toEqual(["the", "why", "did", "how"]);
  });

  it("leaves a short word WordNet's tagged texts use, and inflections of short words", () => {
    expect(["wit", "hoe", "owns", "seen", "goes", "died"].map(mendedFunctionWord)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("mends only words the corpus does not write, and no letters of a figure", () => {
    const written = (w: string) => w === "teh";
    expect(mendFunctionWords("Whta did teh chef say on the 74th day", written)).toBe(
      "what did teh chef say on the 74th day",
    );
  });
});

describe("mendFunctionWords on any text", () => {
  it("changes only whole words of letters, each into a function word, and nothing the corpus writes", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.boolean(), (text, writesAll) => {
        const mended = mendFunctionWords(text, () => writesAll);
        if (writesAll) expect(mended).toBe(text);
        const words = (t: string) => t.match(/[A-Za-z0-9]+|[^A-Za-z0-9]+/g) ?? [];
        const before = words(text);
        const after = words(mended);
        expect(after.length).toBe(before.length);
        after.forEach((w, i) => {
          if (w !== before[i]) expect([/\d/.test(w), isFunctionWord(w)]).toEqual([false, true]);
        });
      }),
    );
  });
});

describe("a misspelt function word that shares its term with a corpus word", () => {
  // "woo" and "tee" have the terms of "wo" and "te" (doubled letters are folded in name keys).
  const index = SearchIndex.build([
    article({
      id: "rich",
      outlet: "Daily",
      paragraphs: [
        "Bernard Arnault overtook Elon Musk at the top of the rich list on Monday.",
        "Musk tried to woo investors, teeing up a new share sale.",
      ],
    }),
    fillerArticle("weather", "Daily"),
  ]);

  it("is read as the function word, not as the corpus word", () => {
    const parsed = index.parse("wo knocked musk off top of te rich list");
    expect([parsed.kind, parsed.groups.map((g) => g.word)]).toEqual([
      "person",
      ["knocked", "musk", "top", "rich", "list"],
    ]);
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

describe("a long word misspelt twice", () => {
  const index = SearchIndex.build([
    article({
      id: "pox",
      outlet: "Daily",
      paragraphs: [
        "The administration declared monkeypox a public health emergency on Thursday.",
        "Cases rose across the country.",
      ],
    }),
    fillerArticle("weather", "Daily"),
  ]);
  const question = "did they declare monkeypox an eemrgancy";

  it("is corrected one edit further than its length allows when nothing nearer stands for it", () => {
    const group = index.parse(question).groups.at(-1);
    expect([group?.word, group?.alternatives.map((a) => [a.term, a.source])]).toEqual([
      "eemrgancy",
      [["emerg", "typo"]],
    ]);
    expect(index.search(question).results[0]?.paragraphIndex).toBe(0);
  });

  it("is not corrected so with typoWideLength past its length, nor when it is English itself", () => {
    const strict = SearchIndex.fromParts(index.parts);
    strict.rank = { ...index.rank, query: { ...index.rank.query, typoWideLength: 10 } };
    expect([
      strict.parse(question).groups.at(-1)?.alternatives,
      index.parse("why were the miners trapped").groups.at(-1)?.alternatives,
    ]).toEqual([[], []]);
  });
});
