import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  defaultSearchIndexOptions,
  impactOf,
  invertPostings,
  MAX_TF,
} from "../../src/search/build.js";
import { postingCorpus, triples } from "./postings.js";

describe("invertPostings", () => {
  it("orders each term's postings by impact, highest first, equal impacts in document order", () => {
    fc.assert(
      fc.property(postingCorpus(6), (c) => {
        const got = invertPostings({
          postings: triples(c.postTerm, c.postDoc, c.postTf),
          docLength: c.docLength,
          termCount: c.terms,
          avgLength: c.avgLength,
          options: defaultSearchIndexOptions,
        });
        // The plain way: every posting with its impact, sorted by term, impact down, then arrival.
        const impact = c.postTf.map((tf, i) =>
          impactOf(
            tf,
            c.docLength[c.postDoc[i] as number] as number,
            c.avgLength,
            defaultSearchIndexOptions,
          ),
        );
        const order = c.postTerm
          .map((_, i) => i)
          .sort(
            (a, b) =>
              (c.postTerm[a] as number) - (c.postTerm[b] as number) ||
              (impact[b] as number) - (impact[a] as number) ||
              a - b,
          );
        const termStart = new Array<number>(c.terms + 1).fill(0);
        for (const t of c.postTerm) (termStart[t + 1] as number)++;
        for (let t = 1; t <= c.terms; t++)
          termStart[t] = (termStart[t] as number) + (termStart[t - 1] as number);
        expect([...got.termStart]).toEqual(termStart);
        expect([...got.postDoc]).toEqual(order.map((i) => c.postDoc[i]));
        expect([...got.postImpact]).toEqual(order.map((i) => impact[i]));
        expect([...got.postTf]).toEqual(order.map((i) => Math.min(MAX_TF, c.postTf[i] as number)));
      }),
      { numRuns: 300 },
    );
  });

  it("gives a term met in 200 documents of two impacts its higher-impact postings first", () => {
    // Long enough to be sorted by counting, not by insertion.
    const docs = 200;
    const postDoc = Int32Array.from({ length: docs }, (_, d) => d);
    const got = invertPostings({
      postings: triples(
        new Int32Array(docs),
        postDoc,
        Int32Array.from({ length: docs }, (_, d) => (d % 3 === 0 ? 4 : 1)),
      ),
      docLength: new Int32Array(docs).fill(40),
      termCount: 1,
      avgLength: 40,
      options: defaultSearchIndexOptions,
    });
    const high = [...postDoc].filter((d) => d % 3 === 0);
    const low = [...postDoc].filter((d) => d % 3 !== 0);
    expect([...got.postDoc]).toEqual([...high, ...low]);
    expect(got.postImpact[0]).toBe(impactOf(4, 40, 40, defaultSearchIndexOptions));
    expect(got.postImpact[high.length]).toBe(impactOf(1, 40, 40, defaultSearchIndexOptions));
    expect([...got.termStart]).toEqual([0, docs]);
  });
});
