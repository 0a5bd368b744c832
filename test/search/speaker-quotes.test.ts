import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/corpus/types.js";
import { SpeakerQuotes, type Written } from "../../src/search/speaker-quotes.js";
import { complete } from "../../src/text/steps.js";
import { article } from "./helpers.js";

const said = (text: string, speaker: string | null): Quote => ({
  text,
  speaker,
  role: null,
  paragraph: 0,
});
const later = article({
  id: "b",
  outlet: "X",
  paragraphs: ["p"],
  quotes: [said("one", "Saudabaev"), said("two", "Roza Otunbayeva"), said("three", "Saudabaev")],
});
const earlier = article({
  id: "a/x",
  outlet: "X",
  paragraphs: ["p"],
  quotes: [said("four", "Roza Otunbayeva"), said("five", null)],
});

/** Each string in the order a walk through the corpus meets it, with where and how often (articles by id). */
function walk(quotes: SpeakerQuotes): unknown[] {
  return complete(quotes.inOrder()).map(([raw, w]: [string, Written]) => [
    raw,
    w.first.id,
    w.at,
    w.count,
    [...w.articles].map(([a, n]) => [a.id, n]).sort(),
  ]);
}

describe("SpeakerQuotes", () => {
  it("files each speaker string's quotes by article, in the order a walk through the corpus meets them", () => {
    expect(walk(SpeakerQuotes.of([later, earlier]))).toEqual([
      [
        "Roza Otunbayeva",
        "a/x",
        0,
        2,
        [
          ["a/x", 1],
          ["b", 1],
        ],
      ],
      ["Saudabaev", "b", 0, 2, [["b", 2]]],
    ]);
  });

  it("after a change, tells once what strings it touched, and moves a string's first article on", () => {
    const before = SpeakerQuotes.of([later, earlier]);
    const after = before.withChanges([], [earlier]);

    expect(after.changedSince(before)).toEqual(["Roza Otunbayeva"]);
    expect(after.changedSince(before)).toBeNull();
    expect(walk(after)).toEqual([
      ["Saudabaev", "b", 0, 2, [["b", 2]]],
      ["Roza Otunbayeva", "b", 1, 1, [["b", 1]]],
    ]);
    expect(walk(before.withChanges([], [earlier, later]))).toEqual([]);
  });

  it("orders the strings first met in one article as that article quotes them", () => {
    const first = article({
      id: "a",
      outlet: "X",
      paragraphs: ["p"],
      quotes: [said("six", "Roza Otunbayeva"), said("seven", "Saudabaev")],
    });

    expect(walk(SpeakerQuotes.of([later, first])).map((w) => (w as unknown[])[0])).toEqual([
      "Roza Otunbayeva",
      "Saudabaev",
    ]);
  });
});
