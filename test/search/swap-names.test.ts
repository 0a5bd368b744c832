import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EvalItem } from "../../src/search/eval.js";
import { SearchIndex } from "../../src/search/index.js";
import { CorpusNames, type Swap, swapQuestion, swapVariants } from "../../src/search/swap-names.js";
import { article } from "./helpers.js";

const articles = [
  article({
    id: "a1",
    outlet: "Wire",
    paragraphs: [
      "Officials said the protest in Zhanaozen grew in 2011 as workers in Almaty joined.",
      "The mayor of Zhanaozen, Dana Quill, met them, and aides to Dana Quill spoke to the crowd.",
      "The crowd in Zhanaozen marched to the square, and police in Zhanaozen made arrests.",
      "Workers from Almaty arrived by bus.",
    ],
  }),
  article({
    id: "a2",
    outlet: "Post",
    paragraphs: [
      "The festival in Lisbon opened in the harbour, and crowds in Lisbon cheered.",
      "Tickets for Lisbon sold out.",
    ],
  }),
  article({
    id: "a3",
    outlet: "Times",
    paragraphs: [
      "Voters in Portland chose a mayor, and results in Portland came late.",
      "The count in Portland went on.",
    ],
  }),
];
const index = SearchIndex.build(articles);
const names = new CorpusNames(articles);
const item: EvalItem = { id: "q-1", q: "", gold: { Wire: ["the protest in Zhanaozen grew"] } };
const gold = names.goldTerms(item);

function swap(question: string, id: string, mode: Swap = "name"): string | null {
  return swapQuestion(question, id, mode, index.keyWords(question), names, gold);
}

describe("CorpusNames", () => {
  it("counts a word as a name when the corpus mostly capitalises it inside a sentence", () => {
    expect(["zhanaozen", "lisbon", "portland", "almaty"].map((w) => names.isName(w))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    // "Officials", "Workers" open their sentences; "crowd", "police" are written in lower case.
    expect(["officials", "workers", "crowd", "police"].map((w) => names.isName(w))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(names.articlesUsing("lisbon")).toBe(1);
  });

  it("swaps in only a word written with a capital nearly always that WordNet knows as an individual's name or not at all", () => {
    const more = new CorpusNames([
      ...articles,
      article({
        id: "a4",
        outlet: "Post",
        paragraphs: [
          "Donors gave to the Foundation, the Foundation said, and foundation staff agreed.",
          "Guests from Vorlak met in Vorlak by a vorlak rug.",
          "It rained on Saturdays in Lisbon, and on Saturdays in Portland.",
        ],
      }),
    ]);
    // All three are names by the corpus's capitals (more than half), the test a key name passes.
    expect(["foundation", "vorlak", "saturdays"].map((w) => more.isName(w))).toEqual([
      true,
      true,
      true,
    ]);
    // Out: "foundation" and "quill" (a pen) in lower case in WordNet, "saturdays" a day (a class),
    // "vorlak" in lower case once in three.
    expect(more.names()).toEqual(["zhanaozen", "almaty", "dana", "lisbon", "portland"]);
  });

  it("reads the terms of the articles holding a gold fragment, and of no other", () => {
    const has = (w: string) => gold.has(names.cache.term(w));
    expect([has("almaty"), has("lisbon"), has("zhanaozen")]).toEqual([true, false, true]);
  });
});

describe("swapQuestion", () => {
  it("swaps the key name for a name no answering article uses, in the case typed", () => {
    expect(swap("Why did the protest in Zhanaozen grow?", "q-1")).toBe(
      "Why did the protest in Lisbon grow?",
    );
    expect(swap("why did the protest in zhanaozen grow", "q-2")).toBe(
      "why did the protest in portland grow",
    );
  });

  it("swaps every word of the key name wherever the question writes it or part of it", () => {
    expect(swap("What did Dana Quill say in Zhanaozen, and why did Quill go?", "q-3")).toBe(
      "What did Lisbon say in Zhanaozen, and why did Lisbon go?",
    );
  });

  it("swaps a year for another the answering articles lack", () => {
    expect(swap("Why did the protest in Zhanaozen grow in 2011?", "q-1", "edition")).toBe(
      "Why did the protest in Zhanaozen grow in 2007?",
    );
  });

  it("is null when the name is the question's only content word: a search for a name the corpus reports is answered", () => {
    expect(swap("zhanaozen", "q-1")).toBeNull();
    expect(swap("What happened in Zhanaozen?", "q-1")).toBeNull();
    expect(swap("zhanaozen protest", "q-1")).toBe("lisbon protest");
  });

  it("is null when the question names nothing to swap", () => {
    expect(swap("why did the crowd march to the square", "q-1")).toBeNull();
    expect(swap("why did the crowd march to the square", "q-1", "edition")).toBeNull();
  });

  it("never changes a question without a name, and gives the same swap for the same id", () => {
    const plain = ["why", "did", "the", "crowd", "march", "square", "police", "arrests", "bus"];
    const named = [...plain, "Zhanaozen", "zhanaozen", "Almaty", "2011"];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...plain), { minLength: 1, maxLength: 8 }),
        fc.array(fc.stringMatching(/^[a-z]{1,9}$/), { maxLength: 2 }),
        fc.string(),
        (words, typed, id) => {
          expect(swap([...words, ...typed].join(" "), id)).toBeNull();
        },
      ),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...named), { minLength: 1, maxLength: 8 }),
        fc.string(),
        (words, id) => {
          const question = words.join(" ");
          for (const mode of ["name", "edition"] as const)
            expect(swap(question, id, mode)).toBe(swap(question, id, mode));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("swapVariants", () => {
  it("gives distinct swaps, the first as swapQuestion does", () => {
    const question = "Why did the protest in Zhanaozen grow?";
    expect(swapVariants(question, "q-1", 4, (q, id) => swap(q, id))).toEqual([
      "Why did the protest in Lisbon grow?",
      "Why did the protest in Portland grow?",
    ]);
  });
});
