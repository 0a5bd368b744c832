import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  defaultSearchIndexOptions,
  Impacts,
  invertPostings,
  placeTerms,
  termStarts,
} from "../../src/search/build.js";
import { invertOnThreads, splitTerms } from "../../src/search/invert-threads.js";
import { postingCorpus, triples } from "./postings.js";

/** invertPostings's input for an arbitrary corpus of postings. */
function inputOf(c: {
  terms: number;
  postTerm: number[];
  postDoc: number[];
  postTf: number[];
  docLength: Int32Array;
  avgLength: number;
}) {
  return {
    postings: triples(c.postTerm, c.postDoc, c.postTf),
    docLength: c.docLength,
    termCount: c.terms,
    avgLength: c.avgLength,
    options: defaultSearchIndexOptions,
  };
}

describe("placeTerms", () => {
  it("makes, one range of terms at a time, the lists invertPostings makes in one pass", () => {
    fc.assert(
      fc.property(postingCorpus(40), fc.array(fc.nat(40)), (c, cuts) => {
        const input = inputOf(c);
        const whole = invertPostings(input);
        const termStart = termStarts(input.postings.perTerm, c.terms);
        const bounds = [0, ...cuts.map((x) => x % (c.terms + 1)).sort((a, b) => a - b), c.terms];
        const n = input.postings.length;
        const lists = { doc: new Int32Array(n), impact: new Uint8Array(n), tf: new Uint8Array(n) };
        const impacts = new Impacts(c.avgLength, defaultSearchIndexOptions);
        for (let k = 1; k < bounds.length; k++) {
          const from = termStart[bounds[k - 1] as number] as number;
          const into = {
            doc: lists.doc.subarray(from),
            impact: lists.impact.subarray(from),
            tf: lists.tf.subarray(from),
          };
          placeTerms(
            input.postings,
            c.docLength,
            termStart,
            bounds[k - 1] as number,
            bounds[k] as number,
            impacts,
            into,
          );
        }
        expect(termStart).toEqual(whole.termStart);
        expect(lists.doc).toEqual(whole.postDoc);
        expect(lists.impact).toEqual(whole.postImpact);
        expect(lists.tf).toEqual(whole.postTf);
      }),
      { numRuns: 300 },
    );
  });
});

describe("invertOnThreads", () => {
  it("gives the lists of invertPostings, byte for byte, with worker threads making some", async () => {
    await fc.assert(
      fc.asyncProperty(postingCorpus(40), fc.integer({ min: 2, max: 3 }), async (c, threads) => {
        const input = inputOf(c);
        const got = await invertOnThreads(input, threads, 1);
        const want = invertPostings(input);
        expect(got.termStart).toEqual(want.termStart);
        expect(got.postDoc).toEqual(want.postDoc);
        expect(got.postImpact).toEqual(want.postImpact);
        expect(got.postTf).toEqual(want.postTf);
      }),
      { numRuns: 8 },
    );
  });

  it("calls meanwhile once, whether it makes the lists on one thread or several", async () => {
    const input = inputOf({
      terms: 3,
      postTerm: [0, 1, 2, 0, 2],
      postDoc: [0, 0, 0, 1, 1],
      postTf: [1, 2, 1, 3, 1],
      docLength: Int32Array.from([4, 4]),
      avgLength: 4,
    });
    for (const threads of [1, 2]) {
      let calls = 0;
      await invertOnThreads(input, threads, 1, () => calls++);
      expect(calls).toBe(1);
    }
  });
});

describe("splitTerms", () => {
  it("cuts before the first term whose list starts at or past each share of the work", () => {
    // Lists of 5, 1, 4 and 10 postings: half of 20 is reached where the fourth list starts; a
    // third (6.7) there too, two thirds (13.3) only at the end, so the last range is empty.
    expect(splitTerms(Int32Array.from([0, 5, 6, 10, 20]), 2)).toEqual([0, 3, 4]);
    expect(splitTerms(Int32Array.from([0, 5, 6, 10, 20]), 3)).toEqual([0, 3, 4, 4]);
  });

  it("counts a posting of a rare term three times: its place to write has left the cache", () => {
    // One term with 6,000 postings, then 3,000 met once (under 9,000 / 4,096 each): half the work
    // (6,000 + 3 × 3,000) is reached 500 rare terms in, where half the postings is within the first.
    const termStart = Int32Array.from({ length: 3002 }, (_, t) => (t === 0 ? 0 : 5999 + t));
    expect(splitTerms(termStart, 2)).toEqual([0, 501, 3001]);
  });

  it("never cuts a list: one term holding every posting goes whole to the first range", () => {
    expect(splitTerms(Int32Array.from([0, 100]), 2)).toEqual([0, 1, 1]);
  });
});
