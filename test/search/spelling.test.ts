import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
import { article, fillerArticle } from "./helpers.js";

describe("a spelling correction's weight in ranking", () => {
  const index = SearchIndex.build([
    article({
      id: "visit",
      outlet: "Daily",
      paragraphs: [
        "The mayor of Osh spoke on Sunday.",
        "Police said the old building of Kurmanbek Bakiyev was inspected on Monday.",
        "Police said the staff of the office left on Monday.",
        "The office of the mayor stayed closed.",
      ],
    }),
    fillerArticle("weather", "Daily"),
  ]);
  const asNames = SearchIndex.fromParts(index.parts);
  asNames.rank = { ...index.rank, query: { ...index.rank.query, typoWordRankFactor: 0.8 } };
  const ranked = (ix: SearchIndex, question: string) =>
    ix.search(question).results.map((r) => [r.paragraphIndex, r.score]);

  it("counts a correction into an English word in full in ranking, one into a name at typoFactor; both at typoFactor toward coverage", () => {
    const corrections = index
      .parse("was the building of Bekiyev inspeted")
      .groups.filter((g) => g.alternatives.some((a) => a.source === "typo"))
      .map((g) => [g.word, g.alternatives.map((a) => [a.term, a.factor, a.rank ?? null])]);
    expect(corrections).toEqual([
      ["bekiyev", [["bakev", 0.8, null]]],
      ["inspeted", [["inspect", 0.8, 1]]],
    ]);
  });

  it("ranks the paragraphs for a misspelt English word as for the word typed right", () => {
    expect(ranked(index, "police inspeted office")).toEqual(
      ranked(index, "police inspected office"),
    );
    expect(ranked(index, "police inspeted office").map(([p]) => p)).toEqual([1, 2, 3]);
  });

  it("lets a paragraph without the word overtake it when the correction counts typoFactor", () => {
    expect(ranked(asNames, "police inspeted office").map(([p]) => p)).toEqual([2, 1, 3]);
  });
});

describe("a misspelt word's weight and reading", () => {
  const index = SearchIndex.build([
    article({
      id: "quake",
      outlet: "Daily",
      title: "Biden pardoned two turkeys",
      paragraphs: [
        "An earthquake struck the east of Turkey on Monday.",
        "The earthquake destroyed houses in three villages.",
        "Rescuers said the earthquake was the strongest in years.",
        "One eartquake survivor spoke to reporters.",
        "The president made jokes about the turkeys at the ceremony.",
        "Retirees and workers left the villages after the earthquake.",
        "His retirement was announced on Tuesday.",
        "The governor pardoned a man in March.",
      ],
    }),
    article({
      id: "jokes",
      outlet: "Weekly",
      paragraphs: [
        "The comedy club opened in March.",
        "Comedians made jokes about the turkeys at the ceremony.",
      ],
    }),
    fillerArticle("weather", "Daily"),
  ]);
  const group = (question: string, word: string) =>
    index.parse(question).groups.find((g) => g.word === word);
  const ranked = (question: string) =>
    index.search(question).results.map((r) => [r.article, r.paragraphIndex, r.score]);

  it("weighs a misspelling as its likeliest correction, not its rarest", () => {
    const typo = group("turkey earhquake", "earhquake");
    // The rarer one is in one paragraph of four, and not beside "turkey": sqrt(1/4 / e^lift) of it.
    expect(typo?.alternatives.map((a) => [a.term, Number(a.factor.toFixed(3))])).toEqual([
      ["earthkuak", 0.8],
      ["eartkuak", 0.31],
    ]);
    expect(typo?.weight).toBe(group("turkey earthquake", "earthquake")?.weight);
  });

  it("reads a word the corpus does not write, whose stem only other words have, as a misspelling", () => {
    expect(
      group("his retireeent", "retireeent")?.alternatives.map((a) => [a.term, a.factor, a.source]),
    ).toEqual([["retir", 0.8, "typo"]]);
    expect(group("the retirees", "retirees")?.alternatives.map((a) => [a.term, a.source])).toEqual([
      ["retire", "word"],
      ["retir", "related"],
    ]);
  });

  it("lends a correction into an English word from the title as it lends the word typed right", () => {
    expect(ranked("jokes paudoned turkeys")).toEqual(ranked("jokes pardoned turkeys"));
    expect(ranked("jokes paudoned turkeys").map(([a, p]) => [a, p])).toEqual([
      ["quake", 4],
      ["jokes", 1],
      ["quake", 7],
      ["quake", 0],
    ]);
  });
});

describe("a misspelt word one edit from a word of its own stem", () => {
  const index = SearchIndex.build([
    article({
      id: "club",
      outlet: "Daily",
      paragraphs: [
        "Tiafoe learned tennis at a club in Maryland.",
        "Families slept in tents after the storm.",
        "The club has ten courts.",
      ],
    }),
    fillerArticle("weather", "Daily"),
  ]);
  const read = (question: string, word: string) =>
    index
      .parse(question)
      .groups.find((g) => g.word === word)
      ?.alternatives.map((a) => [a.term, a.factor, a.source]);

  it("is read as that word, not as the other words one edit away (tenis: tennis, not tents or ten)", () => {
    expect(read("tenis club", "tenis")).toEqual([["teni", 1, "word"]]);
    expect(index.search("tenis club").results.map((r) => r.paragraphIndex)).toEqual([0, 2]);
  });
});

describe("a misspelling with several corrections as close", () => {
  const index = SearchIndex.build([
    article({
      id: "open",
      outlet: "Daily",
      paragraphs: [
        "Frances Tiafoe reached the semifinals of the US Open.",
        "Tiafoe, whose parents came from Sierra Leone, will play Carlos Alcaraz.",
        "Frances Tiafoe said he was proud of his run.",
      ],
    }),
    article({
      id: "faces",
      outlet: "Weekly",
      paragraphs: [
        "The museum shows faces carved in stone.",
        "Visitors photographed the faces on the wall.",
        "Faces of kings line the hall.",
        "The faces were restored last year.",
      ],
    }),
    fillerArticle("weather", "Daily"),
  ]);
  const corrections = (question: string) =>
    index
      .parse(question)
      .groups.find((g) => g.word === "fances")
      ?.alternatives.map((a) => [a.term, Number(a.factor.toFixed(3))]);

  it("reads first the one the question's other words are written beside, not the commonest (fances tiafoe: Frances)", () => {
    expect(corrections("fances tiafoe")).toEqual([
      ["franc", 0.8],
      ["face", 0.666],
    ]);
  });

  // Faces in four paragraphs, Frances in two: 0.8 × sqrt(2 / 4) as the commoner's runner-up.
  it("orders them by how common they are when no other word of the question is beside any", () => {
    expect(corrections("fances")).toEqual([
      ["face", 0.8],
      ["franc", 0.566],
    ]);
  });
});

describe("slips in short words and at the first letter", () => {
  const index = SearchIndex.build([
    article({
      id: "miners",
      outlet: "Daily",
      paragraphs: [
        "The miners were trapped after the blast, officials said.",
        "Rescuers reached the miners on Monday and gave them food.",
        "The union asked for a deal on health care for the miners.",
      ],
    }),
    fillerArticle("weather", "Daily"),
  ]);
  const corrected = (question: string, word: string) =>
    index
      .parse(question)
      .groups.find((g) => g.word === word)
      ?.alternatives.map((a) => [a.term, a.factor, a.source]);

  it("corrects a short word that is no English word by one edit", () => {
    expect(corrected("miners trapped after the blst", "blst")).toEqual([["blast", 0.8, "typo"]]);
    expect(corrected("a dael for the miners", "dael")).toEqual([["deal", 0.8, "typo"]]);
  });

  it("leaves a short English word the corpus lacks as it is", () => {
    expect(corrected("did the miners dare", "dare")).toEqual([]);
  });

  it("corrects a slip at the first letter when nothing keeps it", () => {
    expect(corrected("nlast at the mine", "nlast")).toEqual([["blast", 0.8, "typo"]]);
    expect(corrected("ehalth care", "ehalth")).toEqual([["health", 0.8, "typo"]]);
    expect(corrected("when were the iners trapped", "iners")).toEqual([["miner", 0.8, "typo"]]);
  });
});
