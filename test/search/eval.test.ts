import { describe, expect, it } from "vitest";
import {
  type EvalItem,
  foldOf,
  normalizeText,
  parseEvalFile,
  scoreItem,
  summarize,
} from "../../src/search/eval.js";
import type { SearchAnswer, SearchResult } from "../../src/search/types.js";

function result(outlet: string, paragraph: string, quote = paragraph): SearchResult {
  return {
    outlet,
    title: null,
    url: null,
    published: null,
    article: outlet,
    paragraphIndex: 0,
    paragraph,
    quote,
    speaker: null,
    score: 1,
    highlights: [],
    alsoReportedBy: [],
  };
}

const answer = (results: SearchResult[], noMatch = false): SearchAnswer => ({
  query: "q",
  noMatch,
  results,
  figures: [],
});

const item: EvalItem = { id: "x", q: "q", gold: { A: ["killed 84"], B: ["more than 80 people"] } };

describe("scoreItem", () => {
  it("when the second result is the first that answers, the rank is 2 and the quote hit is false", () => {
    const o = scoreItem(
      item,
      answer([result("A", "nothing here"), result("A", "protests that killed 84 people")]),
    );
    expect([o.rank, o.quoteHit, o.outletsFound, o.goldOutlets]).toEqual([2, false, 1, 2]);
  });

  it("when the fragment is only in the paragraph, it answers but is not a quote hit", () => {
    const o = scoreItem(item, answer([result("A", "protests that killed 84 people", "protests")]));
    expect([o.rank, o.quoteHit]).toEqual([1, false]);
  });

  it("when the right text comes from the wrong outlet, it does not answer", () => {
    expect(scoreItem(item, answer([result("B", "killed 84")])).rank).toBeNull();
  });

  it("when text differs only in quotes, dashes, spaces and case, it still answers", () => {
    const gold: EvalItem = { id: "y", q: "q", gold: { A: ['the "joint efforts" - of'] } };
    expect(
      scoreItem(gold, answer([result("A", "THE \u201cjoint  efforts\u201d \u2014 of")])).rank,
    ).toBe(1);
  });

  it("when a result is page chrome, it is counted", () => {
    expect(scoreItem(item, answer([result("A", "Sign up to our free newsletters")])).chrome).toBe(
      1,
    );
  });

  it("when a near-copy from a gold outlet is grouped under a result, that outlet counts as found", () => {
    const r = result("A", "killed 84");
    r.alsoReportedBy.push({
      outlet: "B",
      article: "b",
      paragraph: "more than 80 people died",
      quote: "",
    });
    expect(scoreItem(item, answer([r])).outletsFound).toBe(2);
  });
});

describe("summarize", () => {
  it("when given answered and off-topic questions, it computes each metric over the right set", () => {
    const offTopic: EvalItem = { id: "n", q: "q", gold: {} };
    const m = summarize([
      scoreItem(item, answer([result("A", "killed 84"), result("B", "more than 80 people")])),
      scoreItem(
        item,
        answer([result("A", "no"), result("A", "no"), result("B", "more than 80 people")]),
      ),
      scoreItem(offTopic, answer([], true)),
      scoreItem(offTopic, answer([result("A", "no")])),
      scoreItem(item, answer([], true)),
    ]);
    expect(m).toEqual({
      questions: 3,
      hit1: 1 / 3,
      hit3: 2 / 3,
      mrr5: (1 + 1 / 3) / 3,
      outletRecall5: (1 + 0.5) / 3,
      quoteHit1: 1 / 3,
      chromeTop5: 0,
      offTopic: 2,
      noMatchShare: 0.5,
      falseNoMatchShare: 1 / 3,
    });
  });
});

describe("foldOf", () => {
  it("when ids are split in two folds, the split is fixed by the id alone", () => {
    expect(["rq-002", "rq-007", "ru-003", "ru-005"].map((id) => foldOf(id, 2))).toEqual([
      1, 0, 0, 0,
    ]);
  });
});

describe("normalizeText and parseEvalFile", () => {
  it("when text has curly quotes and dashes, they become straight and hyphens", () => {
    expect(normalizeText("\u2018A\u2019 \u2013 \u201cB\u201d")).toBe("'a' - \"b\"");
  });

  it("when a line is not JSON, the error names the file and line", () => {
    expect(() => parseEvalFile('{"q":"a","gold":{}}\nnot json', "dev.jsonl")).toThrow(
      "dev.jsonl:2",
    );
  });

  it("when a line has no id, one is made from its line number", () => {
    expect(parseEvalFile('{"q":"a","gold":{}}', "f")).toEqual([{ id: "line-1", q: "a", gold: {} }]);
  });
});
