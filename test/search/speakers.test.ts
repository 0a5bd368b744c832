import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/corpus/types.js";
import { SpeakerDirectory } from "../../src/search/speakers.js";
import { article } from "./helpers.js";

const quote = (text: string, speaker: string | null, paragraph = 0): Quote => ({
  text,
  speaker,
  role: null,
  paragraph,
});

const directory = SpeakerDirectory.build([
  article({
    id: "a",
    outlet: "The Independent",
    paragraphs: ["p"],
    quotes: [
      quote("one", "Kazakh Foreign Minister Kanat Saudabayev"),
      quote("two", "Kurmanbek Bakiyev"),
      quote("three", "the spokesman"),
    ],
  }),
  article({
    id: "b",
    outlet: "RFE/RL",
    paragraphs: ["p"],
    quotes: [
      quote("four", "Saudabaev"),
      quote("five", "Kurmanbek Bakiev"),
      quote("six", "Zhanysh Bakiyev"),
      quote("seven", null),
    ],
  }),
]);

describe("SpeakerDirectory", () => {
  it("when no text is typed, named speakers come most quoted first, spellings merged", () => {
    expect(directory.suggest("")).toEqual([
      { name: "Kanat Saudabayev", count: 2 },
      { name: "Kurmanbek Bakiyev", count: 2 },
      { name: "Zhanysh Bakiyev", count: 1 },
    ]);
  });

  it("when a surname is typed in another spelling, both people of that name are suggested", () => {
    expect(
      directory
        .suggest("Bakiev")
        .map((s) => s.name)
        .sort(),
    ).toEqual(["Kurmanbek Bakiyev", "Zhanysh Bakiyev"]);
  });

  it("when a name has a typo, the person is still suggested", () => {
    expect(directory.suggest("Saudabaiev")[0]?.name).toBe("Kanat Saudabayev");
  });

  it("when a person's quotes are asked for, every outlet's spelling is included", () => {
    const quotes = directory
      .quotesOf("Kurmanbek Bakiev")
      .map((q) => [q.article.outlet, q.quote.text]);
    expect(quotes).toEqual([
      ["The Independent", "two"],
      ["RFE/RL", "five"],
    ]);
  });

  it("when a surname alone belongs to one quoted person, its quotes join that person", () => {
    expect(directory.quotesOf("Kanat Saudabayev").map((q) => q.quote.text)).toEqual([
      "one",
      "four",
    ]);
  });

  it("when a role is the only attribution, its quotes can still be asked for", () => {
    expect(directory.quotesOf("the spokesman").map((q) => q.quote.text)).toEqual(["three"]);
  });

  it("when nobody matches, there are no quotes", () => {
    expect(directory.quotesOf("Schwarzenegger")).toEqual([]);
  });
});

describe("SpeakerDirectory state", () => {
  it("when exported and re-wrapped over the same articles, it answers the same", () => {
    const articles = [
      article({
        id: "a",
        outlet: "X",
        paragraphs: ["p"],
        quotes: [quote("one", "Roza Otunbayeva"), quote("two", "Otunbaeva")],
      }),
      article({
        id: "b",
        outlet: "Y",
        paragraphs: ["p"],
        quotes: [quote("three", "Roza Otunbaeva")],
      }),
    ];
    const built = SpeakerDirectory.build(articles);
    const { state, transfer } = built.exportState(articles);
    const restored = SpeakerDirectory.fromState(structuredClone(state, { transfer }), articles);
    expect(restored.suggest("")).toEqual([{ name: "Roza Otunbayeva", count: 3 }]);
    expect(restored.quotesOf("Otunbaeva").map((q) => q.quote.text)).toEqual([
      "one",
      "two",
      "three",
    ]);
  });
});

describe("SpeakerDirectory organisations", () => {
  const orgs = SpeakerDirectory.build([
    article({
      id: "a",
      outlet: "CNN",
      paragraphs: ["p"],
      quotes: [
        quote("one", "Centers for Disease Control and Prevention (CDC)"),
        quote("two", "the Justice Department"),
      ],
    }),
    article({ id: "b", outlet: "USA TODAY", paragraphs: ["p"], quotes: [quote("three", "CDC")] }),
  ]);

  it("an organisation is found by its acronym, and quotes under the acronym join it", () => {
    expect(orgs.quotesOf("CDC").map((q) => q.quote.text)).toEqual(["one", "three"]);
    expect(orgs.suggest("CDC", 1)).toEqual([
      { name: "Centers for Disease Control and Prevention", count: 2 },
    ]);
  });

  it("organisations are offered with people when nothing is typed", () => {
    expect(orgs.suggest("")).toEqual([
      { name: "Centers for Disease Control and Prevention", count: 2 },
      { name: "Justice Department", count: 1 },
    ]);
  });
});
