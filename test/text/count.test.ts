import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWordCode } from "../../src/corpus/chars.js";
import { count, lineCounts, notRegexSpace, wordCount } from "../../src/text/count.js";

describe("count", () => {
  it("puts the noun in the right number", () => {
    expect([0, 1, 2].map((n) => count(n, "quote"))).toEqual(["0 quotes", "1 quote", "2 quotes"]);
  });
});

describe("wordCount", () => {
  it("counts what stands between spaces, tabs and line breaks", () => {
    expect(wordCount("  Yes — of course,\tthey said.\n")).toBe(6);
    expect(wordCount("")).toBe(0);
  });

  it("with a letter test, skips dashes and marks and splits at them", () => {
    expect(wordCount("  Yes — of course,\tthey said.\n", isWordCode)).toBe(5);
    expect(wordCount("U.S.-made", isWordCode)).toBe(3);
  });

  it("with notRegexSpace, counts the parts a split on \\s+ gives, whatever the spaces", () => {
    expect(wordCount("a\u00a0b\u2003c\ufeffd\u200be\u0085f", notRegexSpace)).toBe(4);
    const spaces = [..."\t\n\v\f\r \u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"];
    const text = fc.string({ unit: fc.constantFrom(...spaces, "a", "é", "\u200b", "\u0085", ".") });
    fc.assert(
      fc.property(text, (t) => {
        expect(wordCount(t, notRegexSpace)).toBe(t.split(/\s+/).filter((w) => w !== "").length);
      }),
    );
  });

  it("counts the same with the default and notRegexSpace as with the same tests passed as other functions", () => {
    const text = fc.string({
      unit: fc.constantFrom("\t", "\n", " ", "\u0001", "\u00a0", "\u3000", "a", "é", "."),
    });
    fc.assert(
      fc.property(text, (t) => {
        expect(wordCount(t)).toBe(wordCount(t, (c) => c > 32));
        expect(wordCount(t, notRegexSpace)).toBe(wordCount(t, (c) => notRegexSpace(c)));
      }),
    );
  });
});

describe("lineCounts", () => {
  it("gives both word counts and whether the line has white space to collapse, in one pass", () => {
    expect(lineCounts("Yes \u0001 of\u00a0course")).toEqual({
      words: 2,
      spaced: 4,
      collapse: true,
    });
    expect(lineCounts("one two")).toEqual({ words: 2, spaced: 2, collapse: false });
    const spaces = [..."\t\n\v\f\r \u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"];
    const text = fc.string({
      unit: fc.constantFrom(...spaces, " ", " ", "a", "é", "\u0001", "\u0085", "\u200b", "."),
    });
    fc.assert(
      fc.property(text, (t) => {
        expect(lineCounts(t)).toEqual({
          words: wordCount(t),
          spaced: wordCount(t, notRegexSpace),
          collapse:
            /\s\s|[\t\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/.test(t),
        });
      }),
    );
  });
  it("counts a line of printing ASCII as any other, cut from a longer text or not", () => {
    // Mostly printing ASCII and spaces (the lines read as bytes), now and then a character that is not.
    const unit = fc.constantFrom("a", "Z", ".", "~", "\u007f", " ", " ", " ", "é", "\u0001", "\t");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), fc.nat(40), (text, cut) => {
        // A slice of a longer text, as a line of an article is.
        const t = `${text}${text}`.slice(
          cut % (text.length + 1),
          (cut % (text.length + 1)) + text.length,
        );
        expect(lineCounts(t)).toEqual({
          words: wordCount(t),
          spaced: wordCount(t, notRegexSpace),
          collapse:
            /\s\s|[\t\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/.test(t),
        });
      }),
    );
  });
});
