import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortInSteps } from "../../src/search/sort-in-steps.js";

describe("sortInSteps", () => {
  it("sorts as Array.prototype.sort does, ties in the order given, however often it pauses", () => {
    const byKey = (x: [number, number], y: [number, number]) => x[0] - y[0];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.nat()), { maxLength: 3000 }),
        fc.boolean(),
        (items, pause) => {
          const steps = sortInSteps(items, byKey, () => pause);
          let pauses = 0;
          let next = steps.next();
          for (; !next.done; next = steps.next()) pauses++;

          expect(next.value).toEqual([...items].sort(byKey));
          if (!pause) expect(pauses).toBe(0);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("pauses after every run of 512 sorted and every 512 placed while merging", () => {
    const items = Array.from({ length: 1200 }, () => 0);
    const steps = sortInSteps(
      items,
      (a, b) => a - b,
      () => true,
    );
    let pauses = 0;
    while (!steps.next().done) pauses++;

    // 3 runs sorted; all ties, so a merge places its left half first, pausing at each 512th:
    // once in 512 + 512, twice in 1,024 + 176.
    expect(pauses).toBe(6);
  });
});
