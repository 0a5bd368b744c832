import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultSearchIndexOptions, Impacts, impactOf } from "../../src/search/build.js";
import { ceiling, move, noneMoved } from "../../src/search/moved-impacts.js";

const options = defaultSearchIndexOptions;
const averages = fc.tuple(
  fc.double({ min: 1, max: 300, noNaN: true }),
  fc.double({ min: 1, max: 300, noNaN: true }),
);

describe("move", () => {
  it("maps a stored impact to the current one only where every paragraph length giving it agrees", () => {
    fc.assert(
      fc.property(averages, fc.integer({ min: 1, max: 40 }), ([stored, now], tf) => {
        const moved = noneMoved();
        move(moved, tf, stored, new Impacts(now, options), options);

        expect(moved.made[tf]).toBe(1);
        for (let length = 0; length < 2000; length++) {
          const current = moved.table[tf * 256 + impactOf(tf, length, stored, options)];
          if (current !== 0) expect(current).toBe(impactOf(tf, length, now, options));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("maps every impact of a short paragraph when the average length has not moved", () => {
    const moved = noneMoved();
    move(moved, 2, 30, new Impacts(30, options), options);
    const unread = Array.from({ length: 100 }, (_, length) => length).filter(
      (length) => moved.table[2 * 256 + impactOf(2, length, 30, options)] === 0,
    );

    expect(unread).toEqual([]);
  });
});

describe("ceiling", () => {
  it("bounds the impact a posting can have once the average length grows", () => {
    fc.assert(
      fc.property(
        averages,
        fc.integer({ min: 1, max: 255 }),
        fc.nat(3000),
        ([before, after], tf, length) => {
          const stored = impactOf(tf, length, before, options);
          expect(impactOf(tf, length, after, options)).toBeLessThanOrEqual(
            ceiling(stored, after / before),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
