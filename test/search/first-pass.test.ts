import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FirstPass, type PostingRun } from "../../src/search/first-pass.js";

/** What the pass must equal: every posting added up in the order given, the k best by sum then id. */
function plainBest(runs: readonly PostingRun[], k: number, chrome: Uint8Array | null): number[] {
  const scores = new Map<number, number>();
  for (const { docs, impacts, weight } of runs)
    docs.forEach((d, j) => {
      if (chrome?.[d] === 1) return;
      scores.set(d, (scores.get(d) ?? 0) + weight * (impacts[j] as number));
    });
  return [...scores]
    .sort(([a, x], [b, y]) => y - x || a - b)
    .slice(0, k)
    .map(([d]) => d);
}

function run(postings: Array<[number, number]>, weight: number): PostingRun {
  return {
    docs: Int32Array.from(postings.map(([d]) => d)),
    impacts: Uint8Array.from(postings.map(([, impact]) => impact)),
    weight,
  };
}

const SIZE = 64;

/** A term's postings: distinct paragraphs, highest impact first; few impacts, so sums tie. */
const postings = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 0, max: SIZE - 1 }), fc.integer({ min: 1, max: 6 })), {
    selector: ([d]) => d,
    maxLength: 40,
  })
  .map((list) => list.sort(([a, x], [b, y]) => y - x || a - b));

/** Weights whose sums round differently in another order (0.1 + 0.2 + 0.3), or tie. */
const weight = fc.oneof(
  fc.constantFrom(0.1, 0.2, 0.3, 0.7, 1 / 3, 1, 3, 1e-3, 1e3),
  fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
);

describe("first pass", () => {
  it("picks the best sums when the rarest word is read first and the commonest is pruned", () => {
    const pass = new FirstPass(SIZE);
    const common = run(
      [
        [1, 3],
        [2, 3],
        [3, 2],
        [4, 1],
        [5, 1],
        [6, 1],
      ],
      0.5,
    );
    const rare = run(
      [
        [5, 4],
        [6, 4],
        [7, 2],
      ],
      2,
    );
    expect(pass.best([common, rare], 2, null)).toEqual([5, 6]);
    expect(pass.best([common, rare], 4, null)).toEqual([5, 6, 7, 1]);
    // Page chrome is never a candidate.
    const chrome = new Uint8Array(SIZE);
    chrome[5] = 1;
    expect(pass.best([common, rare], 2, chrome)).toEqual([6, 7]);
    expect(pass.best([], 3, null)).toEqual([]);
    expect(pass.best([common], 0, null)).toEqual([]);
  });

  it("adds up in the order given, so rounding ranks as a plain sum does", () => {
    // 0.1 + 0.2 + 0.3 is 0.6000000000000001 in that order, 0.6 read rarest (0.3) first.
    const pass = new FirstPass(SIZE);
    const runs = [0.1, 0.2, 0.3].map((w) => run([[2, 1]], w));
    runs.push(run([[1, 1]], 0.6));
    expect(pass.best(runs, 1, null)).toEqual([2]);
    expect(pass.best(runs, 2, null)).toEqual([2, 1]);
  });

  it("gives exactly what adding up every posting gives, order and ties included", () => {
    // One pass for every case: what a search leaves behind must not reach the next.
    const pass = new FirstPass(SIZE);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(postings, weight), { maxLength: 6 }),
        fc.integer({ min: 0, max: 12 }),
        fc.option(fc.uint8Array({ min: 0, max: 2, minLength: SIZE, maxLength: SIZE })),
        (lists, k, chrome) => {
          const runs = lists.map(([list, w]) => run(list, w));
          expect(pass.best(runs, k, chrome)).toEqual(plainBest(runs, k, chrome));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("gives what adding up gives when a question takes up thousands of paragraphs of a large corpus", () => {
    // Past the table's first slots (it grows mid-run), ids far apart, chrome read again per array.
    const size = 1 << 20;
    const pass = new FirstPass(size);
    const many = fc
      .uniqueArray(
        fc.tuple(fc.integer({ min: 0, max: size - 1 }), fc.integer({ min: 1, max: 40 })),
        { selector: ([d]) => d, minLength: 500, maxLength: 3000 },
      )
      .map((list) => list.sort(([a, x], [b, y]) => y - x || a - b));
    const chrome = new Uint8Array(size).map((_, d) => (d % 7 === 0 ? 1 : d % 11 === 0 ? 2 : 0));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(many, weight), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        (lists, k, withChrome) => {
          const runs = lists.map(([list, w]) => run(list, w));
          const marks = withChrome ? chrome : null;
          expect(pass.best(runs, k, marks)).toEqual(plainBest(runs, k, marks));
        },
      ),
      { numRuns: 60 },
    );
  });
});
