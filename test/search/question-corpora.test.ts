import { describe, expect, it } from "vitest";
import { defaultSearchIndexOptions } from "../../src/search/build.js";
import {
  type ContextMarks,
  queryCorpusOf,
  topicCorpusOf,
} from "../../src/search/question-corpora.js";
import { Segment } from "../../src/search/segment.js";
import { SegmentView } from "../../src/search/segment-view.js";
import { Speller } from "../../src/search/spell.js";
import { TermCache } from "../../src/text/terms.js";
import { article } from "./helpers.js";

const articles = [
  article({
    id: "a",
    outlet: "AP",
    title: "Dam burst",
    paragraphs: ["The dam burst near the river.", "Engineers said the dam held."],
  }),
  article({
    id: "b",
    outlet: "BBC",
    paragraphs: ["The river flooded the valley.", "The Dam Authority said 187 people left."],
  }),
];
const view = SegmentView.of(Segment.build(articles, defaultSearchIndexOptions));
const cache = new TermCache();
const id = (word: string) => view.id(cache.term(word));
const wordsOf = (term: string) => view.wordsOfTerm(term);
const topic = topicCorpusOf(view, wordsOf, new Map());
let generation = 0;
const marks = (docs: number): ContextMarks => ({
  bits: new Uint32Array(docs),
  stamp: new Uint32Array(docs),
  generation: ++generation,
});
const query = queryCorpusOf(view, new Speller(view), wordsOf, () => topic, marks);

describe("topicCorpusOf", () => {
  it("reads a term's paragraphs, and each paragraph's article, title and text", () => {
    expect([...topic.postings(id("dam"))].sort()).toEqual([0, 1, 3]);
    expect([topic.articleOf(2), topic.title(0), topic.paragraph(2)]).toEqual([
      1,
      "Dam burst ",
      "The river flooded the valley.",
    ]);
  });
});

describe("queryCorpusOf", () => {
  it("tells whether some paragraph holds every one of the terms", () => {
    expect(query.together?.([id("dam"), id("river")])).toBe(true);
    expect(query.together?.([id("valley"), id("river"), id("flooded")])).toBe(true);
    expect(query.together?.([id("engineers"), id("river")])).toBe(false);
    expect(query.together?.([id("dam")])).toBe(true);
  });

  it("counts the paragraphs holding a term and each of the context words", () => {
    const beside = query.beside?.([id("dam"), id("river")]);

    expect(beside?.(id("said"))).toEqual([2, 0]);
    expect(beside?.(id("burst"))).toEqual([1, 1]);
    expect(query.beside?.([id("river")])(id("dam"))).toEqual([1]);
  });
});
