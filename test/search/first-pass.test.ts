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
  it("picks the best sums of a rare and a common word, leaving page chrome out", () => {
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

  it("scores a paragraph of one run by its impact and sums one held by several in the order given", () => {
    const pass = new FirstPass(SIZE);
    // Paragraph 9 is in both runs: 1 × 2 + 1.5 × 1 = 3.5 beats 8 and 4 (3 each, the lower id first).
    const a = { docs: Int32Array.of(8, 9, 3), impacts: Uint8Array.of(3, 2, 1), weight: 1 };
    const b = { docs: Int32Array.of(4, 9), impacts: Uint8Array.of(2, 1), weight: 1.5 };
    expect(pass.best([a, b], 3, null)).toEqual([9, 4, 8]);
    expect(pass.best([a, b], 4, null)).toEqual([9, 4, 8, 3]);
    expect(pass.best([b, a], 1, null)).toEqual([9]);
  });

  it("keeps every paragraph tied with a run's k-th, whatever their order within the impact", () => {
    const pass = new FirstPass(SIZE);
    // Equal impacts listed by descending id: the lower ids still win the tie.
    const tied = {
      docs: Int32Array.of(50, 40, 30, 20, 10),
      impacts: Uint8Array.of(5, 3, 3, 3, 1),
      weight: 1,
    };
    expect(pass.best([tied], 2, null)).toEqual([50, 20]);
    expect(pass.best([tied], 3, null)).toEqual([50, 20, 30]);
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
    // Ids far apart (a multiple of 127), from a range small enough that runs share hundreds of
    // paragraphs: the table of those held by several grows past its first slots mid-run; chrome
    // read again per array.
    const size = 1 << 20;
    const pass = new FirstPass(size);
    const many = fc
      .uniqueArray(
        fc.tuple(
          fc.integer({ min: 0, max: Math.floor((size - 1) / 127) }).map((x) => x * 127),
          fc.integer({ min: 1, max: 40 }),
        ),
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
