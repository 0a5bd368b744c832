import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
import {
  defaultQueryOptions,
  idf,
  type ParsedQuery,
  type QueryCorpus,
  withAcronyms,
} from "../../src/search/query.js";
import { TermCache } from "../../src/text/terms.js";
import { article } from "./helpers.js";

const index = SearchIndex.build([
  article({
    id: "rats",
    outlet: "Daily",
    paragraphs: [
      "New York City Mayor Eric Adams named Kathleen Corradi the first rat czar.",
      "The city has tried to control rats for generations.",
    ],
  }),
  article({
    id: "other",
    outlet: "Weekly",
    paragraphs: [
      "New Delhi reported heavy rain and wind on Monday.",
      "A new york-style deli opened in the city centre.",
      ...Array.from({ length: 30 }, (_, i) => `Weather report ${i}: rain and wind.`),
    ],
  }),
]);

describe("SearchIndex with a word the corpus lacks that abbreviates a name", () => {
  it("reads it as the name the first pass's paragraphs write out, weighed as the name itself", () => {
    const first = index.parse("who did nyc name as rat czar");
    expect(first.groups[0]).toMatchObject({ word: "nyc", alternatives: [] });
    const answer = index.search("who did nyc name as rat czar");
    expect(answer.noMatch).toBe(false);
    expect(answer.results[0]?.quote).toBe(
      "New York City Mayor Eric Adams named Kathleen Corradi the first rat czar.",
    );
  });

  it("does not fire when no capitalised run spells the word (lower-case 'new york' is no name)", () => {
    expect(index.search("nyd rain").noMatch).toBe(true);
  });
});

describe("withAcronyms", () => {
  const terms = ["newiork", "iorkciti", "newiorker", "iorkercelebr", "rat"];
  const corpus = {
    vocabulary: { id: (t: string) => terms.indexOf(t), term: (id: number) => terms[id] ?? "" },
    df: (id: number) => id + 1,
    docs: 100,
  } as unknown as QueryCorpus;
  const parsed = (alternatives: ParsedQuery["groups"][number]["alternatives"]): ParsedQuery => ({
    groups: [{ word: "nyc", weight: idf(0, 100), alternatives, asked: false, speaks: false }],
    kind: null,
    totalWeight: idf(0, 100),
  });
  const texts = [
    "New Yorkers Celebrate the parade.",
    "New York City opened a camp.",
    "The New York City council met.",
  ];

  it("matches the name written most often by its joined word pairs, weighed as the rarer pair", () => {
    const out = withAcronyms(parsed([]), () => texts, corpus, new TermCache(), defaultQueryOptions);
    expect(out?.groups[0]?.alternatives).toEqual([
      { id: 0, term: "newiork", factor: 1, source: "typo" },
      { id: 1, term: "iorkciti", factor: 1, source: "typo" },
    ]);
    expect(out?.groups[0]?.weight).toBeCloseTo(idf(1, 100), 10);
    expect(out?.totalWeight).toBeCloseTo(idf(1, 100), 10);
  });

  it("leaves a word alone that the corpus has or that something already stands for", () => {
    const had = [{ id: 4, term: "rat", factor: 1, source: "word" as const }];
    expect(
      withAcronyms(parsed(had), () => texts, corpus, new TermCache(), defaultQueryOptions),
    ).toBe(null);
  });

  it("returns null when no paragraph writes the name out", () => {
    expect(
      withAcronyms(
        parsed([]),
        () => ["new york city, in lower case"],
        corpus,
        new TermCache(),
        defaultQueryOptions,
      ),
    ).toBe(null);
  });
});
