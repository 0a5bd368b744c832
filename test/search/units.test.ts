import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerJson, parseBatchLine } from "../../src/search/answer-json.js";
import { figureIn } from "../../src/search/figures.js";
import { renderAnswer } from "../../src/search/render-text.js";
import type { SearchAnswer } from "../../src/search/types.js";
import { editDistance, Vocabulary } from "../../src/search/vocabulary.js";

describe("Vocabulary", () => {
  const terms = ["bakev", "kalev", "taraz", "surviv", "helicopt"];
  const vocabulary = Vocabulary.build(terms);

  it("when a term is known, its id is its place in the list; unknown terms give -1", () => {
    expect(terms.map((t) => vocabulary.id(t))).toEqual([0, 1, 2, 3, 4]);
    expect(vocabulary.id("osh")).toBe(-1);
  });

  it("when a term is one typo away, near() finds it", () => {
    expect(vocabulary.near("survev", 1).map((id) => vocabulary.term(id))).toEqual(["surviv"]);
    expect(vocabulary.near("helciopt", 1).map((id) => vocabulary.term(id))).toEqual(["helicopt"]);
  });

  it("near() finds every term of the same first letter within the edits, as comparing each would, with its letter sets made ahead in slices or not", () => {
    // Few letters, so words share most of theirs and only the distance tells them apart.
    const word = fc.string({
      unit: fc.constantFrom("a", "b", "e", "r", "s", "t", "é", "1"),
      minLength: 1,
      maxLength: 9,
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 60 }),
        word,
        fc.integer({ min: 1, max: 3 }),
        fc.option(fc.integer({ min: 1, max: 50 })),
        (list, typed, edits, slice) => {
          const built = Vocabulary.build(list);
          if (slice !== null) {
            // Pauses after every `slice` buckets; each pause resumes where it stopped.
            let calls = 0;
            for (const _ of built.makeLetters(() => ++calls % slice === 0));
          }
          const expected = list.flatMap((t, id) =>
            t[0] === typed[0] && editDistance(typed, t, 0, t.length, edits) <= edits ? [id] : [],
          );
          expect(built.near(typed, edits).sort((x, y) => x - y)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("when rebuilt from its state, it answers the same", () => {
    const again = Vocabulary.fromState(structuredClone(vocabulary.state));
    expect(terms.map((t) => again.id(t))).toEqual([0, 1, 2, 3, 4]);
  });

  it("edit distance counts a swap as one edit and agrees with itself both ways", () => {
    expect(editDistance("abcd", "abdc", 0, 4, 3)).toBe(1);
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        expect(editDistance(a, b, 0, b.length, 10)).toBe(editDistance(b, a, 0, a.length, 10));
      }),
    );
  });
});

describe("figureIn", () => {
  it.each([
    ["Over 80 people were killed and more than 1,500 injured.", [[20, 26]], "Over 80"],
    ["violent protests that killed 84 swept him from power", [[22, 28]], "84"],
    ["Twenty-nine people are now known to have been killed", [[46, 52]], "Twenty-nine"],
    ["he landed at around 1500 GMT in Taraz", [[3, 9]], null],
  ] as Array<[string, Array<[number, number]>, string | null]>)(
    "in %s the figure is %s",
    (quote, highlights, figure) => {
      expect(figureIn(quote, highlights)).toBe(figure);
    },
  );
});

const sample: SearchAnswer = {
  query: "q",
  noMatch: false,
  figures: [],
  results: [
    {
      outlet: "O",
      title: "T",
      url: "u",
      published: "2026-01-01",
      article: "a",
      paragraphIndex: 3,
      paragraph: "P.",
      quote: "Q here.",
      speaker: "S",
      score: 0.5,
      highlights: [[0, 1]],
      alsoReportedBy: [{ outlet: "O2", article: "b", paragraph: "P2", quote: "Q2" }],
    },
  ],
};

describe("answerJson", () => {
  it("when mapped, it has exactly the CLI's keys, with the paragraph as text", () => {
    expect(answerJson(sample)).toEqual({
      query: "q",
      noMatch: false,
      results: [
        {
          outlet: "O",
          title: "T",
          url: "u",
          published: "2026-01-01",
          article: "a",
          paragraph: "P.",
          quote: "Q here.",
          speaker: "S",
          score: 0.5,
          alsoReportedBy: [{ outlet: "O2", article: "b", paragraph: "P2", quote: "Q2" }],
        },
      ],
    });
  });
});

describe("parseBatchLine", () => {
  it("when a line is plain text, it is the question with no id", () => {
    expect(parseBatchLine("  who left  ")).toEqual({ id: null, q: "who left" });
  });

  it("when a line is JSON, q and id are read", () => {
    expect(parseBatchLine('{"id":"d1","q":"who left"}')).toEqual({ id: "d1", q: "who left" });
  });

  it("when a JSON line has no q, the error says what is needed", () => {
    expect(() => parseBatchLine('{"id":1}')).toThrow('"q"');
  });
});

describe("renderAnswer", () => {
  it("when there is a result, it shows outlet, quote, speaker, link and who else reported it", () => {
    expect(renderAnswer(sample, { mark: (t) => `[${t}]` })).toBe(
      '1. O "T", 2026-01-01\n   \u201c[Q] here.\u201d\n   - S\n   u\n   Also reported by: O2\n',
    );
  });

  it("when nothing answers, it says so", () => {
    expect(renderAnswer({ query: "x", noMatch: true, results: [], figures: [] })).toBe(
      'Nothing in the corpus answers "x".\n',
    );
  });
});
