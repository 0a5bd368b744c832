import { describe, expect, it } from "vitest";
import { aggregate, foldOf, scorePage } from "../../../src/app/bench/extraction-score.js";

describe("extraction score", () => {
  it("counts 4-token shingles as multisets", () => {
    // truth: a b c d e → [abcd, bcde]; extracted: a b c d a b c d → [abcd, bcda, cdab, dabc, abcd]
    expect(scorePage("a b c d a b c d", "a b c d e")).toEqual({ tp: 1, fp: 4, fn: 1 });
  });

  it("tokenises on word characters in any script and keeps case", () => {
    expect(scorePage("Ünïcode, words—here; too!", "Ünïcode words here too")).toEqual({
      tp: 1,
      fp: 0,
      fn: 0,
    });
    expect(scorePage("one two three four", "One two three four")).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it("makes one shingle of a short text, and scores two empty texts as a match", () => {
    expect(scorePage("", "")).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scorePage("", "a b c d e")).toEqual({ tp: 0, fp: 1, fn: 2 });
    expect(scorePage("two words", "two words")).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("averages precision and recall over pages, then takes F1 of the averages", () => {
    const s = aggregate([
      { tp: 1, fp: 1, fn: 0 },
      { tp: 3, fp: 0, fn: 1 },
    ]);
    expect(s.precision).toBeCloseTo(0.75, 10);
    expect(s.recall).toBeCloseTo(0.875, 10);
    expect(s.f1).toBeCloseTo((2 * 0.75 * 0.875) / (0.75 + 0.875), 10);
    expect(s.pages).toBe(2);
  });

  it("puts each key in a fixed fold", () => {
    expect(foldOf("abc")).toBe(foldOf("abc"));
    const folds = new Set(["a", "b", "c", "d", "e", "f", "g", "h"].map((k) => foldOf(k)));
    expect(folds).toEqual(new Set([0, 1]));
  });
});
