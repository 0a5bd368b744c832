import { describe, expect, it } from "vitest";
import { isWordCode } from "../../src/corpus/chars.js";
import { count, wordCount } from "../../src/text/count.js";

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
});
