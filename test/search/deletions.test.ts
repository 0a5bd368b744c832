import { describe, expect, it } from "vitest";
import { defaultSearchIndexOptions } from "../../src/search/build.js";
import { countLive, nextLive, partOf } from "../../src/search/deletions.js";
import { Segment } from "../../src/search/segment.js";
import { article } from "./helpers.js";

const segment = Segment.build(
  [
    article({ id: "a", outlet: "AP", paragraphs: ["Engineers resigning over the dam."] }),
    article({
      id: "b",
      outlet: "AP",
      paragraphs: ["The dam burst, engineers said.", "Water resigned."],
    }),
    article({ id: "c", outlet: "AP", paragraphs: ["Dam water."] }),
  ],
  defaultSearchIndexOptions,
);

describe("partOf", () => {
  it("takes a removed article's paragraphs, length, terms and words out of the segment's statistics", () => {
    const { deleted } = partOf(segment, [1]);

    expect([...deleted.articles]).toEqual([0, 1, 0]);
    expect([deleted.count, deleted.docs, deleted.length]).toEqual([1, 2, 7]);
    expect([...deleted.terms].map(([t, n]) => [segment.vocabulary.term(t), n])).toEqual([
      ["dam", 1],
      ["burst", 1],
      ["engin", 1],
      ["sai", 1],
      ["water", 1],
      ["resign", 1],
    ]);
    expect([...deleted.words].map(([w, n]) => [segment.surface.term(w), n])).toEqual([
      ["dam", 1],
      ["burst", 1],
      ["engineers", 1],
      ["said", 1],
      ["water", 1],
      ["resigned", 1],
    ]);
  });

  it("adds up what several removed articles take out, counting each article once", () => {
    const part = partOf(segment, [1, 2]);

    expect([part.deleted.count, part.deleted.docs]).toEqual([2, 3]);
    expect(partOf(segment, [1, 2, 1]).deleted.count).toBe(2);
    expect(part.deleted.terms.get(segment.vocabulary.id("dam"))).toBe(2);
    expect(countLive(part)).toBe(1);
    expect([nextLive(part, 0), nextLive(part, 1)]).toEqual([0, -1]);
  });
});
