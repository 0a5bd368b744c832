import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/corpus/types.js";
import { defaultSearchIndexOptions } from "../../src/search/build.js";
import { defaultRankOptions, SearchIndex } from "../../src/search/index.js";
import { compareFiles, inCorpusOrder, Segment, SegmentView } from "../../src/search/segments.js";
import { complete } from "../../src/text/steps.js";
import { article } from "./helpers.js";

const WORDS =
  "minister resigned airport protest police said governor talks dam water river border troops fled capital election vote bakiyev president mediated departure kazakhstan resignation".split(
    " ",
  );
const OUTLETS = ["Reuters", "BBC", "AP"];
const QUESTIONS = [
  "who mediated the departure",
  "what did the governor say",
  "resignaton of the presdent",
  "police airport protest",
  "water dam river",
  "troops fled the capital",
  "kazakstan talks",
  "election",
];

/** A paragraph of 3 to 14 words drawn from a small vocabulary, so articles share terms and ties happen. */
const paragraph = fc
  .array(fc.constantFrom(...WORDS, "The", "Said", "a"), { minLength: 3, maxLength: 14 })
  .map((words) => `${words.join(" ")}.`);

const body = fc.record({
  outlet: fc.constantFrom(...OUTLETS),
  paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 5 }),
});

/** An edit of the corpus: add (or replace) article `id` with `body`, or remove it. */
const edit = fc.oneof(
  fc.record({ op: fc.constant("put" as const), id: fc.integer({ min: 0, max: 9 }), body }),
  fc.record({ op: fc.constant("remove" as const), id: fc.integer({ min: 0, max: 9 }) }),
  fc.record({ op: fc.constant("merge" as const) }),
);

function make(id: number, b: { outlet: string; paragraphs: string[] }): Article {
  // Ids with "/" and "-" check the corpus order of nested files.
  const name = ["a", "a-b", "a/b", "b", "a/a", "c", "a.b", "z", "m/n", "m"][id] as string;
  return article({ id: name, file: `${name}.md`, outlet: b.outlet, paragraphs: b.paragraphs });
}

/** The question as read (term ids are the index's own business) and the answer. */
function answers(index: SearchIndex): unknown[] {
  return QUESTIONS.flatMap((q) => {
    const { groups, kind, totalWeight } = index.parse(q);
    const read = groups.map((g) => ({
      ...g,
      alternatives: g.alternatives.map(({ term, factor }) => ({ term, factor })),
    }));
    // By outlet too: its postings are read with their articles.
    return [
      { read, kind, totalWeight },
      index.search(q, { limit: 10 }),
      index.search(q, { limit: 10, outlet: "Reuters" }),
    ];
  });
}

describe("incremental index", () => {
  it("ranks exactly as a fresh build after any sequence of adds, replacements, removals and merges", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), body), { maxLength: 6 }),
        fc.array(edit, { minLength: 1, maxLength: 12 }),
        fc.constantFrom(20_000, 3, 1),
        // A change's view made at once, or a step at a time with a pause at every chance.
        fc.boolean(),
        (initial, edits, maxPostings, paused) => {
          const changed = (added: Segment | null, removed: string[]) =>
            paused
              ? complete(index.changing(added, removed, () => true))
              : index.withChanges(added, removed);
          const live = new Map<string, Article>();
          for (const [id, b] of initial) live.set(make(id, b).id, make(id, b));
          let index = SearchIndex.build([...live.values()]);
          for (const e of edits) {
            if (e.op === "put") {
              const a = make(e.id, e.body);
              live.set(a.id, a);
              index = changed(Segment.build([a], defaultSearchIndexOptions), []);
            } else if (e.op === "remove") {
              const a = make(e.id, { outlet: "", paragraphs: [] });
              live.delete(a.id);
              index = changed(null, [a.id]);
            } else {
              const small = index.segments.slice(1).map((s) => s.segment);
              const merged = Segment.build(
                index.articles.filter((a) => small.some((s) => s.articles.includes(a))),
                defaultSearchIndexOptions,
              );
              if (small.length > 0) index = index.withMerged(small, merged);
            }
          }
          const fresh = SearchIndex.build([...live.values()]);
          const rank = { ...defaultRankOptions, maxPostings };
          index.rank = rank;
          fresh.rank = rank;
          expect(index.articles).toEqual(inCorpusOrder([...live.values()]));
          expect(index.paragraphCount).toBe(fresh.paragraphCount);
          expect(answers(index)).toEqual(answers(fresh));
        },
      ),
      {
        numRuns: 150,
        // Found by a run: the no-match decision once read a replaced article's words ("resignation").
        examples: [
          [
            [[0, { outlet: "Reuters", paragraphs: ["resignation minister minister."] }]],
            [
              {
                op: "put",
                id: 0,
                body: {
                  outlet: "Reuters",
                  paragraphs: [
                    "president minister minister minister.",
                    "minister resigned minister.",
                    "president minister minister minister.",
                    "resigned minister minister minister.",
                  ],
                },
              },
              { op: "merge" },
            ],
            20_000,
            false,
          ],
        ],
      },
    );
  });

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

  it("never answers from a removed article and finds an added one", () => {
    const a = article({ id: "a", outlet: "BBC", paragraphs: ["The dam burst near the river."] });
    const b = article({ id: "b", outlet: "AP", paragraphs: ["Troops fled the capital."] });
    const index = SearchIndex.build([a]).withChanges(
      Segment.build([b], defaultSearchIndexOptions),
      ["a"],
    );
    expect(index.search("dam river").noMatch).toBe(true);
    expect(index.search("troops capital").results.map((r) => r.article)).toEqual(["b"]);
    expect(index.article("a")).toBeUndefined();
    expect(index.article("b")).toBe(b);
  });
});

describe("compareFiles", () => {
  it("orders paths as the loader lists them, directory by directory", () => {
    const files = ["a-b.md", "a/b.md", "a.md", "a/a/c.md", "b.md", "a!.md"];
    expect([...files].sort(compareFiles)).toEqual([
      "a/a/c.md",
      "a/b.md",
      "a!.md",
      "a-b.md",
      "a.md",
      "b.md",
    ]);
  });
});
