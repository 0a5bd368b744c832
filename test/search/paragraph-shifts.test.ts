import { describe, expect, it } from "vitest";
import { REMOVED, shiftsOf } from "../../src/search/paragraph-shifts.js";

describe("shiftsOf", () => {
  it("cuts a part's paragraphs into runs sharing one shift to their global ids, removed ones marked", () => {
    // Local articles of 2, 0, 3, 1 and 1 paragraphs; the third removed; another part's article of
    // 4 paragraphs at rank 2.
    const articleDocStart = Int32Array.from([0, 2, 2, 5, 6, 7]);
    const ranks = Int32Array.from([0, 1, -1, 3, 4]);
    const docStart = Int32Array.from([0, 2, 2, 6, 7, 8]);

    const { cuts, shift } = shiftsOf(articleDocStart, ranks, docStart);

    expect([...cuts]).toEqual([0, 2, 5]);
    expect([...shift]).toEqual([0, REMOVED, 1]);
  });

  it("marks every paragraph removed when no article is left", () => {
    const { cuts, shift } = shiftsOf(
      Int32Array.from([0, 2]),
      Int32Array.from([-1]),
      Int32Array.from([0]),
    );

    expect([[...cuts], [...shift]]).toEqual([[0], [REMOVED]]);
  });
});
