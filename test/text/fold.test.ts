import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldTokens, scanWords } from "../../src/text/fold.js";
import { termOf } from "../../src/text/terms.js";

describe("foldTokens", () => {
  it("when text has possessives, acronyms, figures and a hyphenated name, each becomes one word", () => {
    const words = foldTokens("Mr Bakiyev's U.S. trip: 1,500 hurt, 3.5 km from Jalal-Abad.").map(
      (t) => t.word,
    );
    expect(words).toEqual([
      "mr",
      "bakiyev",
      "us",
      "trip",
      "1500",
      "hurt",
      "3.5",
      "km",
      "from",
      "jalal",
      "abad",
      "jalalabad",
    ]);
  });

  it("when a word is hyphenated, its joined form is flagged and spans the whole word", () => {
    const joined = foldTokens("in Jalal-Abad").find((t) => t.joined);
    expect(joined).toEqual({
      word: "jalalabad",
      start: 3,
      end: 13,
      capitalized: true,
      numeric: false,
      joined: true,
    });
  });

  it("when a sentence ends with a period, the period is not part of the word", () => {
    expect(foldTokens("He left. Then").map((t) => t.word)).toEqual(["he", "left", "then"]);
  });

  it("when words carry accents, they are folded", () => {
    expect(foldTokens("Naïve café").map((t) => t.word)).toEqual(["naive", "cafe"]);
  });

  it("never throws, and every token points at a non-empty range of the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const t of foldTokens(text)) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(t.word.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("scanWords", () => {
  /** Words as scanWords reports them to an indexer: plain ones by position, with the mark after them. */
  function scanned(text: string): Array<[string, number, number, boolean, string]> {
    const out: Array<[string, number, number, boolean, string]> = [];
    scanWords(
      text,
      (word, start, end, capitalized) => out.push([word, start, end, capitalized, "folded"]),
      (start, end, capitalized, punctuated) =>
        out.push([
          text.slice(start, end).toLowerCase(),
          start,
          end,
          capitalized,
          punctuated ? "punctuated" : "plain",
        ]),
    );
    return out;
  }

  it("when a plain word ends a sentence or a clause, it is reported by position with the mark after it", () => {
    expect(scanned("Smith, he said. U.S. it's")).toEqual([
      ["smith", 0, 5, true, "punctuated"],
      ["he", 7, 9, false, "plain"],
      ["said", 10, 14, false, "punctuated"],
      ["us", 16, 19, true, "folded"],
      ["it", 21, 25, false, "folded"],
    ]);
  });

  it("reports the words of foldTokens, and a word is punctuated only when one of ' - . , follows it", () => {
    const newsy = fc.constantFrom(..."aZ9 ,.'-\u2019\u2010é\n".split(""), "Ab", "cd", "U.S.");
    fc.assert(
      fc.property(fc.array(newsy, { maxLength: 60 }), (parts) => {
        const text = parts.join("");
        const words = scanned(text);
        expect(words.map(([w, s, e, c]) => [w, s, e, c])).toEqual(
          foldTokens(text).map((t) => [t.word, t.start, t.end, t.capitalized]),
        );
        for (const [, , end, , kind] of words)
          if (kind !== "folded")
            expect(kind === "punctuated").toBe(/['\u2019,.\-\u2010\u2011]/.test(text[end] ?? ""));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("termOf", () => {
  it.each([
    ["defence", "defense"],
    ["resigned", "resignation"],
    ["said", "says"],
    ["stabilisation", "stabilization"],
    ["Bakiyev", "bakiev"],
    ["killed", "killing"],
  ])("when %s and %s are forms of one word, they give one term", (a, b) => {
    expect(termOf(a.toLowerCase())).toBe(termOf(b.toLowerCase()));
  });

  it("when a word is a stopword, it gives no term", () => {
    expect(termOf("the")).toBe("");
    expect(termOf("who")).toBe("");
  });

  it("when a word is a figure, it stays as written", () => {
    expect(termOf("1500")).toBe("1500");
  });
});
