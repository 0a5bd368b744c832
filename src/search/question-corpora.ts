// What questions read of an index's view, made once an index, not once a question.

import { paragraphOf } from "../corpus/packed.js";
import type { TopicCorpus } from "./no-match.js";
import type { QueryCorpus } from "./query.js";
import type { SegmentView } from "./segment-view.js";
import type { Speller } from "./spell.js";

/** Bits of the context words a paragraph holds, valid where its stamp is the question's generation. */
export interface ContextMarks {
  bits: Uint32Array;
  stamp: Uint32Array;
  generation: number;
}

/** Context words a paragraph's bits hold. */
const CONTEXT_BITS = 32;

/**
 * What the no-match decision reads of `view`: `wordsOf` gives the forms a term is written in by a
 * live article, `writtenAsName` is kept across indexes.
 */
export function topicCorpusOf(
  view: SegmentView,
  wordsOf: (term: string) => string[],
  writtenAsName: Map<string, boolean>,
): TopicCorpus {
  return {
    postings: (id) => {
      const term = view.term(id);
      const stored = view.storedPostings(term, Number.POSITIVE_INFINITY);
      if (stored) return stored.docs;
      // A view of the shared list, read before the next look-up (no copy a key word).
      const live = view.livePostings(term, Number.POSITIVE_INFINITY);
      return live.gids.subarray(0, live.length);
    },
    postingCount: (id) => view.df(id),
    articleOf: (d) => view.rankOfDoc(d),
    title: (a) => `${view.articles[a]?.title ?? ""} ${view.articles[a]?.published ?? ""}`,
    wordsOf,
    paragraph: (d) => {
      const { article, paragraph } = view.locate(d);
      return paragraphOf(article, paragraph) ?? "";
    },
    writtenAsName,
  };
}

/**
 * What reading a question reads of `view`: `topic` is its topic corpus (made on first use),
 * `freshMarks` scratch marks for as many paragraphs under a fresh generation.
 */
export function queryCorpusOf(
  view: SegmentView,
  speller: Speller,
  wordsOf: (term: string) => string[],
  topic: () => TopicCorpus,
  freshMarks: (docs: number) => ContextMarks,
): QueryCorpus {
  return {
    vocabulary: view,
    speller,
    df: (id) => view.df(id),
    docs: view.docs,
    wordsOf,
    together: (ids) => {
      // The rarest term's paragraphs, narrowed by each commoner one; the commonest is read only
      // up to the first paragraph they share.
      const postings = topic().postings;
      const [rarest, ...others] = [...ids].sort((a, b) => view.df(a) - view.df(b));
      const last = others.pop();
      if (rarest === undefined) return false;
      if (last === undefined) return view.df(rarest) > 0;
      let held = new Set(postings(rarest));
      for (const id of others) {
        const next = new Set<number>();
        for (const d of postings(id)) if (held.has(d)) next.add(d);
        held = next;
      }
      for (const d of postings(last)) if (held.has(d)) return true;
      return false;
    },
    beside: (others) => {
      // Each paragraph marked once with the bits of the context words it holds (a stamp per
      // question instead of clearing), so that each neighbour costs one pass over its postings;
      // marked when a neighbour is first counted, as most questions have none to count.
      const postings = topic().postings;
      let marks: ContextMarks | null = null;
      const marked = (): ContextMarks => {
        if (marks !== null) return marks;
        marks = freshMarks(view.docs);
        const { bits, stamp, generation } = marks;
        others.slice(0, CONTEXT_BITS).forEach((o, k) => {
          const docs = postings(o);
          for (let i = 0; i < docs.length; i++) {
            const d = docs[i] as number;
            if (stamp[d] !== generation) {
              stamp[d] = generation;
              bits[d] = 0;
            }
            bits[d] = (bits[d] as number) | (1 << k);
          }
        });
        return marks;
      };
      return (id) => {
        const { bits, stamp, generation } = marked();
        const counts = new Int32Array(others.length);
        const docs = postings(id);
        for (let i = 0; i < docs.length; i++) {
          const d = docs[i] as number;
          if (stamp[d] !== generation) continue;
          for (let b = bits[d] as number; b !== 0; b &= b - 1) {
            const k = 31 - Math.clz32(b & -b);
            counts[k] = (counts[k] as number) + 1;
          }
        }
        return Array.from(counts);
      };
    },
  };
}
