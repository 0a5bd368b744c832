import { describe, expect, it } from "vitest";
import { defaultSearchIndexOptions } from "../../src/search/build.js";
import { candidates } from "../../src/search/candidates.js";
import { FirstPass } from "../../src/search/first-pass.js";
import { SearchIndex } from "../../src/search/index.js";
import { PostingList } from "../../src/search/posting-list.js";
import { defaultRankOptions } from "../../src/search/rank-options.js";
import { Segment } from "../../src/search/segment.js";
import { SegmentView } from "../../src/search/segment-view.js";
import { article } from "./helpers.js";

const articles = [
  article({
    id: "a",
    outlet: "AP",
    paragraphs: [
      "The dam burst near the river.",
      "Engineers said the dam held.",
      "Photo: the dam.",
    ],
  }),
  article({
    id: "b",
    outlet: "BBC",
    paragraphs: ["The river flooded the valley.", "The Dam Authority said 187 people left."],
  }),
];
const view = SegmentView.of(Segment.build(articles, defaultSearchIndexOptions));
const parsed = SearchIndex.build(articles).parse("dam river");

describe("candidates", () => {
  it("gives the paragraphs holding the question's words, best first, leaving page chrome out", () => {
    const found = candidates(
      view,
      new FirstPass(8),
      new PostingList(),
      defaultRankOptions,
      parsed,
      null,
    );

    // Paragraph 2 ("Photo: the dam.") is a caption's chrome.
    expect(view.locate(2).chrome).toBe(1);
    expect(found).toEqual([0, 3, 1, 4]);
  });

  it("keeps the paragraphs of the outlets allowed only", () => {
    const bbc = new Set(["BBC"]);

    expect(
      candidates(view, new FirstPass(8), new PostingList(), defaultRankOptions, parsed, bbc),
    ).toEqual([3, 4]);
  });

  it("reads the same paragraphs from a view with parts as from the stored lists", () => {
    const [first, second] = articles as [(typeof articles)[0], (typeof articles)[0]];
    const parted = SegmentView.of(Segment.build([first], defaultSearchIndexOptions)).withChanges(
      Segment.build([second], defaultSearchIndexOptions),
      [],
    );

    expect(
      candidates(parted, new FirstPass(8), new PostingList(), defaultRankOptions, parsed, null),
    ).toEqual([0, 3, 1, 4]);
  });
});
