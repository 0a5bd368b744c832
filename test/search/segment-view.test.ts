import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/corpus/types.js";
import { defaultSearchIndexOptions } from "../../src/search/build.js";
import { Segment } from "../../src/search/segment.js";
import { SegmentView } from "../../src/search/segment-view.js";
import { article } from "./helpers.js";
import { make, OUTLETS, paragraph, WORDS } from "./small-corpus.js";

describe("SegmentView", () => {
  it("reads every live posting and paragraph with the id, impact and article a fresh build stores, long paragraphs included", () => {
    // Paragraphs around 500 words too: lengths past the table of impacts by (tf, stored impact) are read.
    const long = fc
      .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }), fc.nat(90))
      .map(([words, extra]) =>
        [...words, ...Array.from({ length: 460 + extra }, (_, i) => WORDS[i % WORDS.length])].join(
          " ",
        ),
      );
    const text = fc.record({
      outlet: fc.constantFrom(...OUTLETS),
      paragraphs: fc.array(fc.oneof(paragraph, long), { minLength: 1, maxLength: 3 }),
    });
    const change = fc.oneof(
      fc.record({
        op: fc.constant("put" as const),
        id: fc.integer({ min: 0, max: 9 }),
        body: text,
      }),
      fc.record({ op: fc.constant("remove" as const), id: fc.integer({ min: 0, max: 9 }) }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), text), { minLength: 1, maxLength: 6 }),
        fc.array(change, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(Number.POSITIVE_INFINITY, 5, 1),
        (initial, changes, limit) => {
          const live = new Map<string, Article>();
          for (const [id, b] of initial) live.set(make(id, b).id, make(id, b));
          let view = SegmentView.of(Segment.build([...live.values()], defaultSearchIndexOptions));
          for (const c of changes) {
            const a = make(c.id, c.op === "put" ? c.body : { outlet: "", paragraphs: [] });
            if (c.op === "put") live.set(a.id, a);
            else live.delete(a.id);
            view = view.withChanges(
              c.op === "put" ? Segment.build([a], defaultSearchIndexOptions) : null,
              [a.id],
            );
          }
          if (live.size === 0) return;
          const fresh = SegmentView.of(
            Segment.build([...live.values()], defaultSearchIndexOptions),
          );
          // The same postings, part by part rather than in the fresh index's order.
          const pairs = (gids: ArrayLike<number>, impacts: ArrayLike<number>, n: number) =>
            Array.from({ length: n }, (_, i) => [gids[i], impacts[i]]).sort(
              (x, y) => (x[0] as number) - (y[0] as number),
            );
          // Every paragraph's article, found in the view's parts as the fresh index stores it.
          for (let g = 0; g < fresh.docs; g++) {
            const { rank, paragraph, article } = view.locate(g);
            const expected = fresh.locate(g);
            expect([rank, paragraph, article.id]).toEqual([
              expected.rank,
              expected.paragraph,
              expected.article.id,
            ]);
          }
          for (const word of WORDS) {
            const stored = fresh.storedPostings(word, limit);
            const read = view.livePostings(word, limit);
            expect(pairs(read.gids, read.impacts, read.length)).toEqual(
              pairs(stored?.docs ?? [], stored?.impacts ?? [], stored?.docs.length ?? 0),
            );
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it("a change's view made a step at a time, pausing at every chance, is the one made at once: a pause per removed article, per 1,024 articles merged and per part", () => {
    const base = Array.from({ length: 2_100 }, (_, i) =>
      article({
        id: `n${String(i).padStart(4, "0")}`,
        outlet: OUTLETS[i % 3] as string,
        paragraphs: [`${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} said.`],
      }),
    );
    const view = SegmentView.of(Segment.build(base, defaultSearchIndexOptions));
    const added = Segment.build(
      [article({ id: "n0005", outlet: "BBC", paragraphs: ["The dam held, engineers said."] })],
      defaultSearchIndexOptions,
    );
    const removed = ["n0001", "n1500", "n2099"];
    const steps = view.changing(added, removed, () => true);
    let pauses = 0;
    let next = steps.next();
    while (!next.done) {
      pauses++;
      next = steps.next();
    }
    const once = view.withChanges(added, removed);
    // 4 taken out of the base (3 removed, 1 replaced by the added one), 2,097 live articles
    // merged (pauses at the 1,024th and the 2,048th), then one before each of the 2 parts'
    // paragraph ids.
    expect(pauses).toBe(8);
    expect(next.value.articles).toEqual(once.articles);
    expect([next.value.docs, next.value.avgLength]).toEqual([once.docs, once.avgLength]);
    for (const word of ["dam", "minist", "said"]) {
      const a = next.value.livePostings(word, 50);
      const [gids, impacts] = [a.gids.slice(0, a.length), a.impacts.slice(0, a.length)];
      const b = once.livePostings(word, 50);
      expect([gids, impacts]).toEqual([b.gids.slice(0, b.length), b.impacts.slice(0, b.length)]);
    }
  });
});
