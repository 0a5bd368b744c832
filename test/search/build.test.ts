import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  defaultSearchIndexOptions,
  impactOf,
  invertPostings,
  MAX_TF,
  PostingTriples,
} from "../../src/search/build.js";

/** The triples pushed one by one, as the builder does. */
function triples(term: ArrayLike<number>, doc: ArrayLike<number>, tf: ArrayLike<number>) {
  const out = new PostingTriples(0);
  for (let i = 0; i < term.length; i++)
    out.push(term[i] as number, doc[i] as number, tf[i] as number);
  return out;
}

/** Postings as the builder makes them: documents in order, each using a set of terms with a count. */
const corpus = fc
  .record({
    terms: fc.integer({ min: 1, max: 6 }),
    docs: fc.array(
      fc.record({
        length: fc.integer({ min: 1, max: 900 }),
        uses: fc.array(fc.tuple(fc.nat(5), fc.integer({ min: 1, max: 300 })), { maxLength: 6 }),
      }),
      // Up to 2,400 postings: past the first chunks of PostingTriples (1,024, then 2,048).
      { maxLength: 400 },
    ),
  })
  .map(({ terms, docs }) => {
    const postTerm: number[] = [];
    const postDoc: number[] = [];
    const postTf: number[] = [];
    docs.forEach((doc, d) => {
      const seen = new Set<number>();
      for (const [term, tf] of doc.uses) {
        const t = term % terms;
        if (seen.has(t)) continue;
        seen.add(t);
        postTerm.push(t);
        postDoc.push(d);
        postTf.push(tf);
      }
    });
    const docLength = Int32Array.from(docs.map((d) => d.length));
    const total = docs.reduce((n, d) => n + d.length, 0);
    return {
      terms,
      postTerm,
      postDoc,
      postTf,
      docLength,
      avgLength: total / Math.max(1, docs.length),
    };
  });

describe("invertPostings", () => {
  it("orders each term's postings by impact, highest first, equal impacts in document order", () => {
    fc.assert(
      fc.property(corpus, (c) => {
        const got = invertPostings(
          triples(c.postTerm, c.postDoc, c.postTf),
          c.docLength,
          c.terms,
          c.avgLength,
          defaultSearchIndexOptions,
        );
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
    const got = invertPostings(
      triples(
        new Int32Array(docs),
        postDoc,
        Int32Array.from({ length: docs }, (_, d) => (d % 3 === 0 ? 4 : 1)),
      ),
      new Int32Array(docs).fill(40),
      1,
      40,
      defaultSearchIndexOptions,
    );
    const high = [...postDoc].filter((d) => d % 3 === 0);
    const low = [...postDoc].filter((d) => d % 3 !== 0);
    expect([...got.postDoc]).toEqual([...high, ...low]);
    expect(got.postImpact[0]).toBe(impactOf(4, 40, 40, defaultSearchIndexOptions));
    expect(got.postImpact[high.length]).toBe(impactOf(1, 40, 40, defaultSearchIndexOptions));
    expect([...got.termStart]).toEqual([0, docs]);
  });
});
