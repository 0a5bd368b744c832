import { describe, expect, it } from "vitest";
import { firstAtOrAfter, mergeRanges } from "../../src/search/text-ranges.js";

describe("ranges of a text", () => {
  it("the first of ascending values at or after an offset, or the count when none is", () => {
    const starts = [0, 4, 9, 15];
    expect([0, 1, 4, 10, 16].map((at) => firstAtOrAfter(starts, at))).toEqual([0, 1, 1, 3, 4]);
    expect(firstAtOrAfter(starts, 10, 2)).toBe(2);
  });

  it("highlights that overlap or touch merge, in order of start", () => {
    expect(
      mergeRanges([
        [10, 14],
        [0, 3],
        [3, 5],
        [12, 20],
        [30, 31],
      ]),
    ).toEqual([
      [0, 5],
      [10, 20],
      [30, 31],
    ]);
  });
});
