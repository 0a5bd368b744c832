import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
import {
  functionWordReading,
  isFunctionWord,
  isHowWord,
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

  it("reads a misspelt short verb of saying as it, as a function word is read", () => {
    expect(["sa", "sy", "asy", "tel", "sadi", "tol"].map(mendedFunctionWord)).toEqual([
      "say",
      "say",
      "say",
      "tell",
      "said",
      "told",
    ]);
  });

  it("leaves an English word one letter from a verb of saying, and a changed letter at three letters", () => {
    expect(["sad", "sat", "toll", "suy"].map(mendedFunctionWord)).toEqual([null, null, null, null]);
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

  it("reads a word the corpus writes as the question word it misspells where a question word stands, typed in lower case", () => {
    const written = (w: string) => ["hw", "ho", "wo"].includes(w);
    expect(
      [
        "hw many tourists had to leave",
        "Approximately hw much did it cost",
        "did george hw bush wo the race",
        "Ho chi minh city",
      ].map((q) => mendFunctionWords(q, written)),
    ).toEqual([
      "how many tourists had to leave",
      "Approximately how much did it cost",
      "did george hw bush wo the race",
      "Ho chi minh city",
    ]);
  });
});

const SAYING = ["say", "said", "says", "tell", "told"];
const QUESTION_WORDS = ["what", "which", "who", "whom", "whose", "when", "where", "why", "how"];

describe("mendFunctionWords on any text", () => {
  it("changes only whole words of letters, each into a function word or a verb of saying, and nothing the corpus writes", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.boolean(), (text, writesAll) => {
        const mended = mendFunctionWords(text, () => writesAll);
        const words = (t: string) => t.match(/[A-Za-z0-9]+|[^A-Za-z0-9]+/g) ?? [];
        const before = words(text);
        const after = words(mended);
        expect(after.length).toBe(before.length);
        after.forEach((w, i) => {
          if (w === before[i]) return;
          expect([/\d/.test(w), isFunctionWord(w) || SAYING.includes(w)]).toEqual([false, true]);
          // A word the corpus writes changes only into a question word.
          if (writesAll) expect(QUESTION_WORDS).toContain(w);
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
    article({
      id: "races",
      outlet: "Daily",
      paragraphs: ["A Sydney milliner sold a tall white hat to the governor for the races."],
    }),
    fillerArticle("weather", "Daily"),
  ]);

  it("is answered as the question spelt right would be, quote kind included", () => {
    const mended = index.search("whta did teh perth chef tell vegans");
    const right = index.search("what did the perth chef tell vegans");
    expect([mended.noMatch, mended.results[0]?.quote]).toEqual([false, right.results[0]?.quote]);
    expect(index.parse("whta did teh perth chef tell vegans").kind).toBe("quote");
  });

  it("with its verb of saying misspelt, still asks for words", () => {
    const mended = index.search("what did the perth chef sa about vegans");
    const right = index.search("what did the perth chef say about vegans");
    expect([
      index.parse("what did the perth chef sa about vegans").kind,
      mended.results[0]?.quote,
    ]).toEqual(["quote", right.results[0]?.quote]);
  });

  it("written or known to WordNet, is read both ways, the reading whose best passage holds more of its question answering", () => {
    const typo = index.search("hat did the chef say");
    const hat = index.search("what hat did the milliner sell");
    expect([typo.noMatch, typo.query, typo.results[0]?.quote]).toEqual([
      false,
      "hat did the chef say",
      // Read as asking for the chef's words: the paragraph where the chef speaks comes first.
      '"Vegans are not welcome here," the chef told reporters.',
    ]);
    expect(hat.results[0]?.quote).toBe(
      "A Sydney milliner sold a tall white hat to the governor for the races.",
    );
  });

  it("tells `explain` what the answering reading's decision read, once", () => {
    const seen: number[] = [];
    const read = (q: string) =>
      index.search(q, { explain: (e) => seen.push(Math.round(e.coverage * 1000) / 1000) });
    read("hat did the chef say");
    const typed = seen.splice(0);
    read("what did the chef say");
    // The question as read, "what did the chef say": 0.639 of it held by the chef's quote.
    expect([typed, seen]).toEqual([[0.639], [0.639]]);
  });
});

describe("a misspelt function word the corpus writes or WordNet knows", () => {
  it("is read as the function word where a question word or its auxiliary stands, in lower case", () => {
    const read = {
      "hat did the governor promise the families": "what did the governor promise the families",
      "who des fances tiafoe play in the semis": "who does fances tiafoe play in the semis",
      "how much dose twitter blue cost": "how much does twitter blue cost",
      "why did hey scrap the seabird scene": null,
      "what did the chef ell reporters": null,
      "Hat did the governor promise": null,
      "how many tourists had to leave": null,
      "how log does jin have to serve in the army": "how long does jin have to serve in the army",
      "how dep underground did the explosion happen":
        "how deep underground did the explosion happen",
      "how ld was the nazi camp guard": "how old was the nazi camp guard",
      "why log in to vote": null,
    };
    expect(Object.fromEntries(Object.keys(read).map((q) => [q, functionWordReading(q)]))).toEqual(
      read,
    );
  });
});

describe("functionWordReading on any text", () => {
  it("changes only lower-case words of letters at the question's opening, each into a function word or, after how, what how asks with", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const read = functionWordReading(text);
        if (read === null) return;
        const words = (t: string) => t.match(/[A-Za-z0-9]+|[^A-Za-z0-9]+/g) ?? [];
        const before = words(text);
        const after = words(read);
        expect(after.length).toBe(before.length);
        expect(after.some((w, i) => w !== before[i])).toBe(true);
        after.forEach((w, i) => {
          if (w === before[i]) return;
          const afterHow = before[i - 2]?.toLowerCase() === "how";
          expect([
            /[^a-z]/.test(before[i] as string),
            isFunctionWord(w) || (afterHow && isHowWord(w)),
          ]).toEqual([false, true]);
        });
      }),
    );
  });
});

describe("misspelt English words the corpus does not write", () => {
  it("reads a word WordNet lacks as the most used WordNet word one edit away", () => {
    expect(
      ["retireeent", "reconsoder", "cointry", "detetcors", "peope"].map((w) =>
        mendedEnglishWord(w, 5),
      ),
    ).toEqual(["retirement", "reconsider", "country", "detectors", "people"]);
  });

  it("mends the first letter too: left out, changed, or swapped with the second", () => {
    expect(["omplain", "xomplain", "ocmplain"].map((w) => mendedEnglishWord(w, 5))).toEqual([
      "complain",
      "complain",
      "complain",
    ]);
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

describe("a long word misspelt twice, as a stem", () => {
  const index = SearchIndex.build([
    article({
      id: "settlement",
      outlet: "Daily",
      paragraphs: [
        "New York City will pay $26 million to two men exonerated in the killing of Malcolm X.",
        "A berg of ice drifted past the harbour while the mor under the pines stayed damp.",
        "The Marburg virus is transmitted to humans from fruit bats.",
        "A mudslide hit the sea bird colony on the island.",
      ],
    }),
    fillerArticle("weather", "Daily"),
  ]);

  it("is corrected into a corpus stem one edit further than its stem's length allows", () => {
    const group = index.parse("how much will the city pay the exnoerees").groups.at(-1);
    expect([group?.word, group?.alternatives.map((a) => [a.term, a.source])]).toEqual([
      "exnoerees",
      [["eksoner", "typo"]],
    ]);
  });

  it("is read as the word it misspells, not as two corpus words written as one", () => {
    const parsed = index.parse("how do people catch morberg virus");
    expect([
      parsed.groups.map((g) => g.word),
      parsed.groups[2]?.alternatives.map((a) => [a.term, a.source]),
    ]).toEqual([["people", "catch", "morberg", "virus"], [["marburg", "typo"]]]);
    // An English word written as one is still read as the two corpus words.
    expect(
      index.parse("did the mudslide hit the seabird colony").groups.map((g) => g.word),
    ).toEqual(["mudslide", "hit", "sea", "bird", "colony"]);
  });
});
