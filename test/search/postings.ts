import fc from "fast-check";
import { PostingTriples } from "../../src/search/build.js";

/** The triples pushed one by one, as the builder does. */
export function triples(term: ArrayLike<number>, doc: ArrayLike<number>, tf: ArrayLike<number>) {
  const out = new PostingTriples(0);
  for (let i = 0; i < term.length; i++)
    out.push(term[i] as number, doc[i] as number, tf[i] as number);
  out.perTerm = new Int32Array(Math.max(0, ...Array.from(term, (t) => t + 1)));
  for (let i = 0; i < term.length; i++)
    out.perTerm[term[i] as number] = (out.perTerm[term[i] as number] as number) + 1;
  return out;
}

/**
 * Postings as the builder makes them: documents in order, each using a set of up to `maxTerms`
 * terms with a count.
 */
export const postingCorpus = (maxTerms: number) =>
  fc
    .record({
      terms: fc.integer({ min: 1, max: maxTerms }),
      docs: fc.array(
        fc.record({
          length: fc.integer({ min: 1, max: 900 }),
          uses: fc.array(fc.tuple(fc.nat(maxTerms - 1), fc.integer({ min: 1, max: 300 })), {
            maxLength: 6,
          }),
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
