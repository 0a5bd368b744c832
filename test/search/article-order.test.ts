import { describe, expect, it } from "vitest";
import { orderOf } from "../../src/search/article-order.js";
import { defaultSearchIndexOptions } from "../../src/search/build.js";
import { partOf } from "../../src/search/deletions.js";
import { Segment } from "../../src/search/segment.js";
import { complete, never } from "../../src/text/steps.js";
import { article } from "./helpers.js";

const older = Segment.build(
  [
    article({ id: "a", outlet: "AP", paragraphs: ["One."] }),
    article({ id: "c1", file: "c.md", outlet: "AP", paragraphs: ["Two.", "Three."] }),
  ],
  defaultSearchIndexOptions,
);
const newer = Segment.build(
  [
    article({ id: "b", outlet: "AP", paragraphs: ["Four."] }),
    article({ id: "c2", file: "c.md", outlet: "AP", paragraphs: ["Five."] }),
  ],
  defaultSearchIndexOptions,
);

describe("orderOf", () => {
  it("merges the parts' articles in corpus order, a file's tie going to the older part", () => {
    const order = complete(orderOf([partOf(older), partOf(newer)], never));

    expect(order.articles.map((a) => a.id)).toEqual(["a", "b", "c1", "c2"]);
    expect([...order.partOfRank]).toEqual([0, 1, 0, 1]);
    expect([...order.localOfRank]).toEqual([0, 0, 1, 1]);
    expect([...order.docStart]).toEqual([0, 1, 2, 4, 5]);
    expect(order.rankOf.map((r) => [...r])).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });

  it("leaves removed articles out, their rank -1", () => {
    const order = complete(orderOf([partOf(older, [0]), partOf(newer, [1])], never));

    expect(order.articles.map((a) => a.id)).toEqual(["b", "c1"]);
    expect([...order.docStart]).toEqual([0, 1, 3]);
    expect(order.rankOf.map((r) => [...r])).toEqual([
      [-1, 1],
      [0, -1],
    ]);
  });

  it("skips an article removed between live ones of a part", () => {
    const three = Segment.build(
      ["x1", "x2", "x3"].map((id) => article({ id, outlet: "AP", paragraphs: ["One.", "Two."] })),
      defaultSearchIndexOptions,
    );
    const order = complete(orderOf([partOf(three, [1])], never));

    expect(order.articles.map((a) => a.id)).toEqual(["x1", "x3"]);
    expect([...order.docStart]).toEqual([0, 2, 4]);
    expect(order.rankOf.map((r) => [...r])).toEqual([[0, -1, 1]]);
  });
});
