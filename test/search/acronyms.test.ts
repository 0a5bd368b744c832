import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
import {
  defaultQueryOptions,
  idf,
  type ParsedQuery,
  type QueryCorpus,
  withAcronyms,
} from "../../src/search/query.js";
import { isStopword } from "../../src/text/stopwords.js";
import { TermCache } from "../../src/text/terms.js";
import { tokenColumns } from "../../src/text/token-columns.js";
import { article } from "./helpers.js";

/** Paragraphs about nothing asked, so the words of the tests are rare. */
function weatherReports(): string[] {
  return Array.from({ length: 30 }, (_, i) => `Weather report ${i}: rain and wind.`);
}

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
      ...weatherReports(),
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
    initials: [],
  });
  const texts = [
    "New Yorkers Celebrate the parade.",
    "New York City opened a camp.",
    "The New York City council met.",
  ];

  it("matches the name written most often by its joined word pairs, weighed as the rarer pair", () => {
    const out = withAcronyms(
      parsed([]),
      () => texts.map(tokenColumns),
      corpus,
      new TermCache(),
      defaultQueryOptions,
    );
    expect(out?.groups[0]?.alternatives).toEqual([
      { id: 0, term: "newiork", factor: 1, source: "typo" },
      { id: 1, term: "iorkciti", factor: 1, source: "typo" },
    ]);
    expect(out?.groups[0]?.weight).toBeCloseTo(idf(1, 100), 10);
    expect(out?.totalWeight).toBeCloseTo(idf(1, 100), 10);
  });

  it("leaves a word alone that something stands for, or that the corpus has and no paragraph holding another question word spells out", () => {
    const had = [{ id: 4, term: "rat", factor: 1, source: "word" as const }];
    expect(
      withAcronyms(
        parsed(had),
        () => texts.map(tokenColumns),
        corpus,
        new TermCache(),
        defaultQueryOptions,
      ),
    ).toBe(null);
  });

  it("reads a short word one slip from a corpus word as the name instead of its corrections", () => {
    const slip = [{ id: 4, term: "rat", factor: 0.8, source: "typo" as const }];
    const out = withAcronyms(
      parsed(slip),
      () => texts.map(tokenColumns),
      corpus,
      new TermCache(),
      defaultQueryOptions,
    );
    expect(out?.groups[0]?.alternatives.map((a) => a.term)).toEqual(["newiork", "iorkciti"]);
  });

  it("returns null when no paragraph writes the name out", () => {
    expect(
      withAcronyms(
        parsed([]),
        () => [tokenColumns("new york city, in lower case")],
        corpus,
        new TermCache(),
        defaultQueryOptions,
      ),
    ).toBe(null);
  });
});

const israel = SearchIndex.build([
  article({
    id: "israel",
    outlet: "Daily",
    paragraphs: [
      "Israel will hold an election in November.",
      "Yair Lapid will become Israel's interim prime minister.",
      "Israel's Prime Minister Naftali Bennett stepped down.",
    ],
  }),
  article({
    id: "times",
    outlet: "Weekly",
    paragraphs: [
      "The drawing is at 11 p.m. on Tuesday.",
      "Doors open at 7 p.m. and the show starts at 8 p.m.",
      ...weatherReports(),
    ],
  }),
]);

describe("SearchIndex with a short word the corpus has that abbreviates a name", () => {
  it("reads it also as the name spelled out in the paragraphs about the question's other words", () => {
    const answer = israel.search("who will be israel's next pm");
    // Without it, "pm" is the "p.m." of the other article and that comes first. That article never
    // names Israel, the question's key word, so its paragraphs follow Israel's (`offTopicPenalty`).
    expect(answer.results.map((r) => r.quote)).toEqual([
      "Israel's Prime Minister Naftali Bennett stepped down.",
      "Yair Lapid will become Israel's interim prime minister.",
      "Israel will hold an election in November.",
      "The drawing is at 11 p.m. on Tuesday.",
      "Doors open at 7 p.m. and the show starts at 8 p.m.",
    ]);
  });

  it("keeps the word as written when the paragraphs that name it use it as such", () => {
    const answer = israel.search("what time does the drawing start pm tuesday");
    expect(answer.results[0]?.quote).toBe("The drawing is at 11 p.m. on Tuesday.");
  });
});

const who = SearchIndex.build([
  article({
    id: "who",
    outlet: "Daily",
    paragraphs: [
      "Monkeypox cases rose in Europe and an emergency clinic opened in Madrid.",
      "Officials declared a local emergency over monkeypox testing.",
      "The World Health Organization declared the monkeypox outbreak a global emergency.",
    ],
  }),
  article({
    id: "other",
    outlet: "Weekly",
    paragraphs: weatherReports(),
  }),
]);

describe("a function word in a question with no verb", () => {
  it("may be an organisation's initials: read as the name the paragraphs write out", () => {
    expect(who.parse("who monkeypox emergency").initials).toEqual(["who"]);
    const answer = who.search("who monkeypox emergency");
    expect(answer.results[0]?.quote).toBe(
      "The World Health Organization declared the monkeypox outbreak a global emergency.",
    );
  });

  it("is a question word when the question has a verb", () => {
    expect(who.parse("who declared the monkeypox emergency").initials).toEqual([]);
    expect(who.parse("who's monkeypox emergency").initials).toEqual([]);
  });

  it("adds no word when no paragraph spells the initials out", () => {
    const parsed = who.parse("who rain wind");
    expect(parsed.initials).toEqual(["who"]);
    expect(who.search("who rain wind").results[0]?.quote).toBe("Weather report 0: rain and wind.");
  });

  it("is at most one function word of two to five letters that the question holds", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (q) => {
        const { initials } = who.parse(q);
        expect(initials.length).toBeLessThanOrEqual(1);
        for (const w of initials) {
          expect(w).toMatch(/^[a-z]{2,5}$/);
          expect(isStopword(w)).toBe(true);
        }
      }),
    );
  });
});
